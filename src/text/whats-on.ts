/** Questions about what is coming up (« 有没有招聘会 », « any job fairs? », « 下周有培训吗 »), which features answer from live data. */

/** What a feature's live view is about, as people name it in each language. */
export interface Subject {
  zh: RegExp;
  en: RegExp;
}

// Asked about time: « 最近 », « 下周 », « 什么时候 », « next », « upcoming », « this month ».
const ZH_WHEN =
  /最近|近期|这几天|这两天|这周|本周|下周|这个月|本月|下个月|月底|今年|年底|明天|后天|周末|下一场|下一次|下次|下场|什么时候|啥时候|哪天|几号|几月|多会儿|开不开|办不办|还有没有/;
const EN_WHEN =
  /\b(?:upcoming|next|coming|soon|when|this (?:week|weekend|month|year)|next (?:week|month)|today|tomorrow|schedule|dates?)\b/i;
// Asked whether there are any, or where: « 有没有 », « 有…吗 », « 在哪 », « any », « are there ».
const ZH_ANY = /有没有|有无|有啥|有什么|有哪些|在哪|哪里有|哪儿有|有.{0,12}[吗么嘛]/;
const EN_ANY = /\b(?:any|are there|is there|where)\b/i;
// About the thing itself or its alerts, which the knowledge base explains: « 春风送岗是什么 », « 怎么订阅 ».
const ZH_ABOUT = /是什么|什么是|是啥|啥是|订阅|提醒|通知/;
const EN_ABOUT = /\bwhat(?:'s| is| are)\b|\bsubscri|\balerts?\b|\bnotif/i;

/** How a question may ask about what is on: about time only, or whether there are any at all too. */
export interface WhatsOnOptions {
  /** « 有没有培训 » counts too, not only « 最近有培训吗 » (default true). */
  existence?: boolean;
}

/**
 * Whether text asks what is coming up about `subject`: it names the subject and asks about time
 * (« 最近 », « next », « when ») or, unless `existence` is off, whether there are any (« 有没有 »,
 * « any », « where »). A question about what the subject is or how to get its alerts is not one
 * (« 春风送岗是什么 », « how can I get job fair alerts? ») unless it also asks about time
 * (« what is the next job fair? »).
 */
export function asksWhatsOn(text: string, subject: Subject, opts: WhatsOnOptions = {}): boolean {
  const t = text.normalize("NFKC").replace(/[’]/g, "'");
  const zh = subject.zh.test(t);
  const en = subject.en.test(t);
  if (!zh && !en) return false;
  const when = (zh && ZH_WHEN.test(t)) || (en && EN_WHEN.test(t));
  if (when) return true;
  if (opts.existence === false || (zh && ZH_ABOUT.test(t)) || (en && EN_ABOUT.test(t))) return false;
  return (zh && ZH_ANY.test(t)) || (en && EN_ANY.test(t));
}
