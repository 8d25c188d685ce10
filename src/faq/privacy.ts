/** A person's FAQ data for /mydata and /delete: her votes and the questions she passed to staff. */
import type { DataItem, PersonalDataSource } from "../privacy/registry.ts";
import { faqKeys } from "./keys.ts";

/**
 * `jg:user:{id}:faq`: the answers she rated (counted, not listed) and the questions she asked
 * staff to answer, which also put her id in `jg:faq:waiting:{locale}:{hash}`. The miss log and
 * the per-entry counts hold no ids and stay.
 */
export const faqSource: PersonalDataSource = {
  section: "mydata-section-faq",
  async collect(redis, userId) {
    const raw = (await redis.hgetall<Record<string, unknown>>(faqKeys.userFaq(userId))) ?? {};
    const items: DataItem[] = [];
    let votes = 0;
    for (const [field, value] of Object.entries(raw)) {
      if (field.startsWith("v:")) votes++;
      else if (field.startsWith("w:"))
        items.push({ label: "mydata-field-faq-question", value: String(value), kind: "text" });
    }
    if (votes > 0) items.push({ label: "mydata-field-faq-votes", value: votes, kind: "text" });
    return items;
  },
  async erase(redis, userId) {
    const raw = (await redis.hgetall<Record<string, unknown>>(faqKeys.userFaq(userId))) ?? {};
    const pipe = redis.pipeline();
    for (const field of Object.keys(raw)) {
      const m = /^w:([^:]+):(.+)$/.exec(field);
      if (m) pipe.srem(faqKeys.waiting(m[1]!, m[2]!), userId);
    }
    pipe.del(faqKeys.userFaq(userId));
    await pipe.exec();
  },
};
