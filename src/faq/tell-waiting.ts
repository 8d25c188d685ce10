/** The people who asked staff to answer a question get the answer as soon as staff add it: in the question's language, through the channel. */

import { sendTo } from "../delivery/send-one.ts";
import type { Deps } from "../deps.ts";
import { answerButtons, answerText } from "./answer-view.ts";
import { takeWaiting } from "./misses.ts";
import type { FaqEntry, FaqLocale } from "./types.ts";

/** Sends `entry` to everyone waiting on `question` and forgets them; returns how many got it. */
export async function tellWaiting(
  deps: Deps,
  locale: FaqLocale,
  question: string,
  entry: FaqEntry,
): Promise<number> {
  const ids = await takeWaiting(deps.redis, locale, question);
  const head = deps.i18n.t(locale, "faq-answer-ready", { question });
  const message = {
    html: `${head}\n\n${answerText(deps.i18n, locale, entry)}`,
    buttons: answerButtons(deps.i18n, locale, entry),
  };
  let sent = 0;
  for (const id of ids) if (await sendTo(deps, id, message, "faq_notify_failed")) sent++;
  return sent;
}
