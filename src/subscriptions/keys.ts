/** Alert subscriptions' keys: who is subscribed to a topic in a region, and weekly counts of starts and stops. */

export const subscriptionKeys = {
  /** Set of user ids subscribed to a topic in a region (a city's set also covers its districts). */
  sub: (topic: string, regionCode: string) => `jg:sub:${topic}:${regionCode}`,
  /** New and stopped subscribers of one week (its Monday, YYYY-MM-DD): counts only, no ids. */
  weekly: (monday: string) => `jg:subs:week:${monday}`,
} as const;
