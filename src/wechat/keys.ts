/** The WeChat door's own keys: the claims that make WeChat's retries of a push do nothing. */

export const wechatKeys = {
  /** A push already taken (SET NX EX), by the SHA-1 of its MsgId, or of FromUserName + CreateTime + event. */
  dedupe: (hash: string) => `jg:wechat:dedupe:${hash}`,
} as const;

export const wechatTtl = {
  /** WeChat retries a push three times within about 15 seconds; a day covers any late redelivery. */
  dedupe: 60 * 60 * 24,
} as const;
