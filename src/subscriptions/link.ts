/** A poster's subscription link (`sub_370700`, a Telegram deep link or a WeChat QR scene): one step to that region's job-fair alerts. */
import { option, type Screen, screen } from "../channel/screen.ts";
import type { I18n, Locale } from "../i18n.ts";
import type { PersonId } from "../people/id.ts";
import { getRegion, regionLabel } from "../regions/index.ts";
import type { Redis } from "../store/redis.ts";
import { readSubscription, saveSubscription } from "./store.ts";
import { TOPICS } from "./topics.ts";

/** What a link did: an unknown region, a subscription she already had, or one just made. */
export type LinkOutcome =
  | { kind: "unknown"; given: string }
  | { kind: "already"; code: string }
  | { kind: "done"; code: string };

const LINK = /^sub_(\d{6})$/;

/** True for a payload this feature owns (`sub_…`, valid or not). */
export const isSubscriptionLink = (payload: string) => payload.startsWith("sub_");

/** The region code a link names, when it is one of ours. */
export function linkedRegion(payload: string): string | null {
  const code = LINK.exec(payload)?.[1] ?? "";
  return getRegion(code) ? code : null;
}

/**
 * Follows a subscription link for her: job-fair alerts for the link's region join what she had
 * (her other regions and topics stay), with consent recorded and the link as the source.
 */
export async function subscribeByLink(
  redis: Redis,
  userId: PersonId,
  profile: Record<string, unknown> | undefined | null,
  payload: string,
  now: number,
  timeZone: string,
): Promise<LinkOutcome> {
  const code = linkedRegion(payload);
  if (!code) return { kind: "unknown", given: payload.slice(4, 24) };
  const previous = readSubscription(profile);
  if (previous.status === "active" && previous.regions.includes(code) && previous.topics.includes("fairs")) {
    return { kind: "already", code };
  }
  const regions = previous.regions.includes(code) ? previous.regions : [...previous.regions, code];
  const topics = TOPICS.filter((t) => t === "fairs" || previous.topics.includes(t));
  await saveSubscription(redis, userId, previous, { regions, topics, source: payload, now, timeZone });
  return { kind: "done", code };
}

/** What she is told: the outcome, and the undo and change options. */
export function linkScreen(i18n: I18n, locale: Locale, outcome: LinkOutcome): Screen {
  const label = (key: string) => i18n.text(locale, key);
  if (outcome.kind === "unknown") {
    return screen(
      i18n.t(locale, "sub-link-unknown", { code: outcome.given }),
      option(label("sub-button-subscribe"), "sub:start"),
    );
  }
  const region = regionLabel(outcome.code, locale);
  if (outcome.kind === "already") {
    return screen(
      i18n.t(locale, "sub-link-already", { region }),
      option(label("sub-button-change"), "sub:start"),
    );
  }
  return screen(`${i18n.t(locale, "sub-link-done", { region })}\n\n${i18n.t(locale, "sub-consent")}`, [
    option(label("sub-button-undo"), `sub:undo:${outcome.code}`),
    option(label("sub-button-change"), "sub:start"),
  ]);
}
