/** A question about upcoming job fairs (« 有没有招聘会 », « any job fairs? »), answered with the live list, not the knowledge base. */
import { asksWhatsOn } from "../text/whats-on.ts";

const FAIRS = {
  zh: /招聘会|招聘|春风送岗|招工|用工会|专场/,
  en: /\b(?:job|jobs|career|recruitment|recruiting|hiring)[\s-]?(?:fairs?|events?|days?)\b|\bspring breeze\b|\bzhaopinhui\b/i,
};

/**
 * Whether she asks what job fairs are coming up or whether there are any (« 最近有招聘会吗 »,
 * « 下周有什么招聘会 », « When is the next job fair? », « are there any recruitment events »): the
 * fair list for her regions answers that, with dates that hold today.
 */
export function asksAboutFairs(text: string): boolean {
  return asksWhatsOn(text, FAIRS);
}
