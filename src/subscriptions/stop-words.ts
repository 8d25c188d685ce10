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

// "我要退订", "请帮我取消订阅", "不要再给我发了", "unsubscribe me please": a request to stop, in a
// sentence. Questions (怎么退订?) and other uses of 停止 / stop (停止家暴) are not matched.
const ASKS_ZH = [
  /^(?:我|请|请你|麻烦|麻烦你|帮我|给我|我想|我要|想|要|能)*(?:退[订訂]|取消[订訂][阅閱]|取消提醒|关闭提醒)(?:吧|了|一下|全部|所有|招聘会|提醒|消息|通知|谢谢)*$/u,
  /^(?:请|你)?(?:不要|别|不用)再?(?:给我)?(?:发|推送|提醒)(?:了|消息|通知|提醒|给我)*$/u,
];
const ASKS_EN =
  /^(?:please\s+)?(?:unsubscribe(?:\s+me)?|stop\s+(?:sending(?:\s+me)?|messaging\s+me|the\s+alerts|alerts|notifications|messages))(?:\s+please)?$/;

/** True when a short message asks to stop the alerts in a sentence rather than with the word alone. */
export function asksToStop(text: string): boolean {
  const t = text.normalize("NFKC").trim().replace(TRAILING, "").toLowerCase();
  if (t.length > 30 || isStopWord(t)) return false;
  return ASKS_ZH.some((re) => re.test(t.replace(/\s+/g, ""))) || ASKS_EN.test(t.replace(/\s+/g, " "));
}
