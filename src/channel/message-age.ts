/** How long a message's buttons stay current: an undo works for a short while, and a change made from an older message is confirmed anew. */

/**
 * A short while: an undo under a confirmation works this long after it was sent, and a message
 * older than this is no longer where she is looking (alerts and answers have come since).
 */
export const SHORT_WHILE_MS = 10 * 60_000;

/** Whether a message sent at `sentAt` (epoch ms; 0 when the channel no longer knows) is older than a short while. */
export function isOldMessage(sentAt: number, now: number): boolean {
  return sentAt <= 0 || now - sentAt > SHORT_WHILE_MS;
}
