/** Words that stop the alerts (退订, stop) alone, and requests to stop said in a sentence. */
// With the traditional forms a Hong Kong or Taiwan keyboard types (退訂, 取消訂閱).
const STOP_WORDS = new Set(["退订", "退訂", "取消订阅", "取消訂閱", "停止", "stop", "unsubscribe"]);
// Trailing punctuation people add: 。！!.~ and the like, in half or full width.
const TRAILING = /[\s\p{P}\p{S}]+$/u;

/**
 * True when a message is only a stop word (退订, 取消订阅, 停止, stop, unsubscribe), ignoring case,
 * surrounding spaces and trailing punctuation. "stop the loan" is not a stop word.
 */
export function isStopWord(text: string): boolean {
  const t = text.normalize("NFKC").trim().replace(TRAILING, "").replace(/^\/+/, "").toLowerCase();
  return STOP_WORDS.has(t);
}

// "我要退订", "请帮我取消订阅", "不要再给我发了", "我不想收到提醒了", "unsubscribe me please", "please stop",
// "stop sending me messages", "I want to unsubscribe": a request to stop, in a sentence. « TD » (the
// SMS convention 回复TD退订) and the typo 退定 are asked too. Questions (怎么退订?) and other uses of
// 停止 / stop (停止家暴, stop hitting me) are not matched.
const ASKS_ZH = [
  /^(?:我|请|请你|麻烦|麻烦你|帮我|给我|我想|我要|想|要|能)*(?:退[订訂]|取消[订訂][阅閱]|取消提醒|关闭提醒)(?:吧|了|一下|全部|所有|招聘会|提醒|消息|通知|谢谢)*$/u,
  /^(?:请|你)?(?:不要|别|不用)再?(?:给我)?(?:发|推送|提醒)(?:了|消息|通知|提醒|给我)*$/u,
  /^我?(?:不想|不要|不用|不需要)再?(?:收到?|接收|看到?)?(?:这些|这种|你们的?|任何)?(?:招聘会)?(?:提醒|消息|通知|推送)(?:了|啦|谢谢)*$/u,
  /^(?:回复)?(?:td|退定)$/u,
];
const EN_ASK = [
  "unsubscribe(?: me)?(?: from (?:this|these|the|all|your) ?(?:alerts|notifications|messages|bot|list)?)?",
  "stop(?: sending| messaging| texting)?(?: me)?(?: all| the| these| your| any)?(?: job fair)?(?: alerts| notifications| messages| notices| reminders)?",
  "cancel(?: my| the| all)? (?:subscriptions?|alerts|notifications)",
  "turn off(?: the| all| my)? (?:alerts|notifications)",
  "opt out",
  "no more (?:messages|alerts|notifications)",
  "(?:do not|don't|dont) (?:send|message|text) me(?: any ?more| anything| messages| alerts)*",
].join("|");
const ASKS_EN = new RegExp(
  `^(?:(?:hi|hello|hey),? )?(?:please |pls |can you |could you |i (?:want|wish|would like) to |i'd like to )?(?:${EN_ASK})(?: please| thanks| thank you| now| any ?more)*$`,
);

/** True when a short message asks to stop the alerts in a sentence rather than with the word alone. */
export function asksToStop(text: string): boolean {
  // Phones type ’ for ' ("don’t", "I’d like to").
  const t = text.normalize("NFKC").trim().replace(TRAILING, "").replace(/[’‘]/g, "'").toLowerCase();
  if (t.length > 60 || isStopWord(t)) return false;
  const zh = t.replace(/\s+/g, "");
  return (zh.length <= 30 && ASKS_ZH.some((re) => re.test(zh))) || ASKS_EN.test(t.replace(/[\s,]+/g, " "));
}
