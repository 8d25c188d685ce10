/** The one dependencies object handed to domain functions: built once per update, job run or queue batch. */
import type * as z from "zod";
import type { Channel, OutgoingMessage } from "./channel/types.ts";
import type { Config } from "./config.ts";
import type { I18n, Locale } from "./i18n.ts";
import type { PersonalDataSource } from "./privacy/registry.ts";
import type { Redis } from "./store/redis.ts";
import type { AnySlice } from "./store/session.ts";

/** JSON params of a broadcast template, as stored in the broadcast record and carried by the queue. */
export type TemplateParams = Record<string, z.core.util.JSONType>;

/** Renders one broadcast template for one recipient language (by name, long after the broadcast started). */
export type TemplateRenderer = (
  params: TemplateParams,
  locale: Locale,
  deps: Deps,
) => OutgoingMessage | Promise<OutgoingMessage>;

/**
 * What the features contribute at run time, assembled once from src/features.ts: the broadcast
 * templates a queued broadcast names, the personal-data sources behind /mydata and /delete, and
 * the session slices.
 */
export interface Catalog {
  readonly templates: Readonly<Record<string, TemplateRenderer>>;
  readonly privacy: readonly PersonalDataSource[];
  readonly slices: readonly AnySlice[];
}

/** The Worker's static files (public/), fetched by path: e.g. the poster's glyphs, never bundled. */
export interface Assets {
  fetch(input: string): Promise<Response>;
}

/** Storage, configuration, translations, the outbound channel, the queue, the clock and the catalog. */
export interface Deps {
  redis: Redis;
  config: Config;
  i18n: I18n;
  /** Every message to a person goes through it. */
  channel: Channel;
  queue?: Queue<unknown> | undefined;
  /** The Worker's static files, where the runtime has them (the ASSETS binding). */
  assets?: Assets | undefined;
  /** The time of this update, job run or batch (epoch ms): one clock reading for all it does. */
  now: number;
  catalog: Catalog;
}
