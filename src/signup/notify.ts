/** Sign-up notices outside a reply: to the staff whose scope holds her region, and to the applicant, each in her language. */

import { sendTo } from "../delivery/send-one.ts";
import type { Deps } from "../deps.ts";
import { localesOf } from "../people/language.ts";
import { staffFor } from "../staff/scope.ts";
import { type Lang, langFor, type View } from "./lang.ts";
import type { Application } from "./record.ts";
import { staffNoticeView, staffWithdrawnView } from "./staff-views.ts";

/** Sends a view to every staff member whose scope contains the application's region, each in her language. */
async function notifyStaff(deps: Deps, app: Application, render: (lang: Lang) => View): Promise<number> {
  const ids = staffFor(deps.config.STAFF, app.region).map((m) => m.id);
  const locales = await localesOf(deps.redis, ids);
  let sent = 0;
  for (const [i, id] of ids.entries()) {
    const view = render(langFor(deps.i18n, locales[i] ?? "zh-CN"));
    const message = { html: view.html, buttons: view.buttons ?? [] };
    if (await sendTo(deps, id, message, "signup_staff_notice_failed")) sent++;
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

/** Sends the applicant a notice in her language now (by the rule; the application's language if she has no profile). */
export async function notifyApplicant(
  deps: Deps,
  app: Application,
  render: (lang: ReturnType<typeof langFor>) => string,
): Promise<boolean> {
  const [locale] = await localesOf(deps.redis, [app.user], app.locale);
  const html = render(langFor(deps.i18n, locale ?? app.locale));
  // On WeChat outside her window this goes as the template configured for "signup" (or "notice").
  return sendTo(deps, app.user, { html, notice: { kind: "signup" } }, "signup_applicant_notice_failed");
}
