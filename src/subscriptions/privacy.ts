/** A person's subscription data for /mydata and /delete: regions, topics, consent, and the sets she is in. */
import type { DataItem, PersonalDataSource } from "../privacy/registry.ts";
import { childrenOf, cities, getRegion, province } from "../regions/index.ts";
import { keys } from "../store/keys.ts";
import { subscriptionKeys } from "./keys.ts";
import { readSubscription } from "./store.ts";
import { TOPICS } from "./topics.ts";

const allCodes = () => [
  province.code,
  ...cities().flatMap((c) => [c.code, ...childrenOf(c.code).map((d) => d.code)]),
];

/** `jg:user:{id}` subscription fields and her membership of the `jg:sub:{topic}:{region}` sets. */
export const subscriptionSource: PersonalDataSource = {
  section: "mydata-section-subscriptions",
  async collect(redis, userId) {
    const raw = await redis.hgetall(keys.user(userId));
    if (!raw) return [];
    const sub = readSubscription(raw);
    const items: DataItem[] = [];
    for (const code of sub.regions) {
      const r = getRegion(code);
      items.push({
        label: "mydata-field-region",
        value: r ? `${r.name} ${r.en} (${code})` : code,
        kind: "text",
      });
    }
    for (const topic of sub.topics)
      items.push({ label: "mydata-field-topic", value: `sub-topic-${topic}`, kind: "key" });
    if (raw.consent_v !== undefined) {
      items.push({ label: "mydata-field-consent", value: `v${String(raw.consent_v)}`, kind: "text" });
    }
    const consentAt = Number(raw.consent_at);
    if (consentAt) items.push({ label: "mydata-field-consent-at", value: consentAt, kind: "time" });
    if (typeof raw.source === "string" && raw.source) {
      items.push({ label: "mydata-field-source", value: raw.source, kind: "text" });
    }
    // Why alerts stopped (her /stop or a block) is kept with the status, so it is shown too.
    if (raw.stopped_by === "user" || raw.stopped_by === "blocked") {
      items.push({
        label: "mydata-field-stopped-by",
        value: `mydata-stopped-by-${raw.stopped_by}`,
        kind: "key",
      });
    }
    return items;
  },
  // Every topic × region set, not only those the hash names: erasure must not trust a stale hash.
  async erase(redis, userId) {
    const pipe = redis.pipeline();
    for (const t of TOPICS) for (const r of allCodes()) pipe.srem(subscriptionKeys.sub(t, r), userId);
    pipe.hdel(keys.user(userId), "regions", "topics", "consent_v", "consent_at", "source");
    await pipe.exec();
  },
};
