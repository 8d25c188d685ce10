/** The per-chat session and its typed slices: each feature declares its slice once, with its schema. */
import type * as z from "zod";
import type { TArgs } from "../i18n.ts";

/** The session as stored (`jg:session:{chat}`): one entry per slice; only slices read and write it. */
export type Session = Record<string, unknown>;

/** How /mydata says what a slice holds: a locale key and its arguments (user text is escaped). */
export interface SliceWords {
  key: string;
  args?: TArgs;
}

/** One feature's part of the session: read, written and cleared only through this object. */
export interface SessionSlice<T> {
  /** The slice's name in storage (kept stable: sessions outlive deploys). */
  readonly name: string;
  /** The slice's value, or null when there is none or it no longer reads (a corrupt slice is none). */
  get(session: Session): T | null;
  set(session: Session, value: T): void;
  clear(session: Session): void;
  /** What the slice holds, in plain words, for /mydata. */
  describe(value: T): SliceWords;
}

/** A slice of any type, as the catalog lists them. */
// biome-ignore lint/suspicious/noExplicitAny: the catalog holds slices of every feature's own type.
export type AnySlice = SessionSlice<any>;

/** Declares a slice: its storage name, its zod schema, and its plain-words rendering for /mydata. */
export function defineSlice<S extends z.ZodType>(
  name: string,
  schema: S,
  describe: (value: z.output<S>) => SliceWords,
): SessionSlice<z.output<S>> {
  return {
    name,
    get(session) {
      const parsed = schema.safeParse(session[name]);
      return parsed.success ? parsed.data : null;
    },
    set(session, value) {
      session[name] = value;
    },
    clear(session) {
      delete session[name];
    },
    describe,
  };
}
