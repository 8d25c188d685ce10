const STOP_WORDS = new Set(["退订", "取消订阅", "停止", "stop", "unsubscribe"]);
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
