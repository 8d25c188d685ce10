/** Alert subscriptions' keys: who is subscribed to a topic in a region. */

export const subscriptionKeys = {
  /** Set of user ids subscribed to a topic in a region (a city's set also covers its districts). */
  sub: (topic: string, regionCode: string) => `jg:sub:${topic}:${regionCode}`,
} as const;
