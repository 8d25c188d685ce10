/** A person's trace in broadcasts, for /mydata and /delete: the announcements she was sent in the last month. */
import type { PersonId } from "../people/id.ts";
import type { DataItem, PersonalDataSource } from "../privacy/registry.ts";
import type { Redis } from "../store/redis.ts";
import { broadcastKeys } from "./keys.ts";

/** Broadcasts of the last month (their outcome sets live that long), newest first. */
async function recentBroadcasts(redis: Redis): Promise<{ id: string; at: number }[]> {
  const rows = await redis.zrange<(string | number)[]>(broadcastKeys.index(), 0, -1, {
    rev: true,
    withScores: true,
  });
  const out: { id: string; at: number }[] = [];
  for (let i = 0; i + 1 < rows.length; i += 2) out.push({ id: String(rows[i]), at: Number(rows[i + 1]) });
  return out;
}

/**
 * A person's trace in broadcasts: her id in the recipient and outcome sets of the broadcasts of the
 * last month. /mydata lists the announcements she was sent; /delete takes her id out of every set.
 */
export const broadcastSource: PersonalDataSource = {
  section: "bc-mydata-section",
  async collect(redis, userId) {
    const list = await recentBroadcasts(redis);
    if (list.length === 0) return [];
    const pipe = redis.pipeline();
    for (const b of list) pipe.sismember(broadcastKeys.done(b.id), userId);
    const hits = await pipe.exec<number[]>();
    return list
      .filter((_, i) => hits[i] === 1)
      .map((b): DataItem => ({ label: "bc-mydata-received", value: b.at, kind: "time" }));
  },
  async erase(redis, userId) {
    const list = await recentBroadcasts(redis);
    if (list.length === 0) return;
    const pipe = redis.pipeline();
    for (const { id } of list) forgetRecipient(pipe, id, userId);
    await pipe.exec();
  },
};

// Takes her out of the recipient set and, if she was in it (once: a second erasure finds nothing),
// counts her as erased on the record while it exists, so the broadcast still adds up to its total.
// WeChat's recipients are also counted apart (`wx_erased`), so each channel still adds up.
const FORGET = `
if redis.call('SREM', KEYS[1], ARGV[1]) == 1 and redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('HINCRBY', KEYS[2], 'erased', 1)
  if redis.call('SREM', KEYS[3], ARGV[1]) == 1 then redis.call('HINCRBY', KEYS[2], 'wx_erased', 1) end
end
return 1`;

/**
 * Adds to a pipeline what takes a person out of one broadcast's recipient and outcome sets (for
 * features that keep a broadcast's records longer than the month the index reaches, e.g. job fairs),
 * counting her as erased on the broadcast (Counts.erased) if she was one of its recipients.
 */
export function forgetRecipient(pipe: ReturnType<Redis["pipeline"]>, id: string, userId: PersonId): void {
  pipe.eval(
    FORGET,
    [broadcastKeys.recipients(id), broadcastKeys.record(id), broadcastKeys.wechat(id, "rcpt")],
    [String(userId)],
  );
  for (const key of [
    broadcastKeys.done(id),
    broadcastKeys.gone(id),
    broadcastKeys.skipped(id),
    ...(["done", "tpl", "gone", "failed", "skip"] as const).map((set) => broadcastKeys.wechat(id, set)),
  ]) {
    pipe.srem(key, userId);
  }
  pipe.hdel(broadcastKeys.failed(id), String(userId));
}
