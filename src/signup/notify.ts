import { RecipientGoneError } from "../channel/errors.ts";
import type { Channel, OutgoingMessage } from "../channel/types.ts";
import type { Config } from "../config.ts";
import type { I18n, Locale } from "../i18n.ts";
import { logError } from "../log.ts";
import { inScope, type StaffMember } from "../staff/roles.ts";
import { keys } from "../store/keys.ts";
import { LOCALES, markStopped } from "../store/profile.ts";
import type { Redis } from "../store/redis.ts";
import { type Lang, langFor, type View } from "./lang.ts";
import type { Application } from "./record.ts";
import { staffNoticeView, staffWithdrawnView } from "./staff-views.ts";

/** What sending notices needs; the same in the webhook and in cron jobs. */
export interface Deps {
  redis: Redis;
  i18n: I18n;
  channel: Channel;
  config: Pick<Config, "STAFF">;
  now: number;
}

const asLocale = (value: unknown): Locale | undefined => LOCALES.find((l) => l === value);

/** Each person's stored language (one round trip), falling back to a default. */
export async function localesOf(redis: Redis, ids: readonly number[], fallback: Locale): Promise<Locale[]> {
  if (ids.length === 0) return [];
  const pipe = redis.pipeline();
  for (const id of ids) pipe.hget(keys.user(id), "locale");
  const found = await pipe.exec<unknown[]>();
  return found.map((value) => asLocale(value) ?? fallback);
}

/** Staff whose scope contains the region. */
export function staffFor(staff: readonly StaffMember[], region: string): StaffMember[] {
  return staff.filter((member) => inScope(member, region));
}

/** Sends one notice; a gone recipient is marked stopped, other failures logged (no personal data). */
export async function deliver(
  deps: Deps,
  chatId: number,
  message: OutgoingMessage,
  event: string,
): Promise<boolean> {
  try {
    await deps.channel.send(chatId, message);
    return true;
  } catch (error) {
    if (error instanceof RecipientGoneError) await markStopped(deps.redis, chatId, deps.now);
    else logError(event, error, { chat: chatId });
    return false;
  }
}

/** Sends a view to every staff member whose scope contains the application's region, each in her language. */
async function notifyStaff(deps: Deps, app: Application, render: (lang: Lang) => View): Promise<number> {
  const members = staffFor(deps.config.STAFF, app.region);
  const ids = members.map((m) => m.id);
  const locales = await localesOf(deps.redis, ids, "zh-CN");
  let sent = 0;
  for (const [i, id] of ids.entries()) {
    const view = render(langFor(deps.i18n, locales[i] ?? "zh-CN"));
    const message = { html: view.html, buttons: view.buttons ?? [] };
    if (await deliver(deps, id, message, "signup_staff_notice_failed")) sent++;
  }
  return sent;
}

/** Tells every staff member in scope about a new application: name escaped, phone masked. */
export function notifyStaffOfNew(deps: Deps, app: Application): Promise<number> {
  return notifyStaff(deps, app, (lang) => staffNoticeView(lang, app));
}

/** Tells the staff in scope that the applicant withdrew. */
export function notifyStaffOfWithdrawal(deps: Deps, app: Application): Promise<number> {
  return notifyStaff(deps, app, (lang) => staffWithdrawnView(lang, app));
}

/** Sends the applicant a notice in her current language (her profile's, else the application's). */
export async function notifyApplicant(
  deps: Deps,
  app: Application,
  render: (lang: ReturnType<typeof langFor>) => string,
): Promise<boolean> {
  const [locale] = await localesOf(deps.redis, [app.user], app.locale);
  const html = render(langFor(deps.i18n, locale ?? app.locale));
  return deliver(deps, app.user, { html }, "signup_applicant_notice_failed");
}
