/** The queue step that pages a broadcast's recipient set into page messages. */
import { CHANNELS, type ChannelName, channelOf } from "../people/id.ts";
import { toIds } from "./audience.ts";
import { finishIfComplete } from "./complete.ts";
import type { Invocation } from "./invocation.ts";
import { broadcastKeys } from "./keys.ts";
import { type EnumMessage, enqueue, type PageMessage } from "./messages.ts";
import { channelRate } from "./settings.ts";

/** SSCAN hint per step; each step's ids become pages. */
const ENUM_STEP = 1000;

/** Ids per page: about a second of sending (at least `pageSize`, at most 1,000), so a page's fixed cost stays small. */
export const pageSizeFor = (rate: number, min: number) => Math.max(min, Math.min(1000, Math.round(rate)));

/**
 * Pages the recipient set of a broadcast into queue messages, from the message's cursor on; each
 * page holds one channel's recipients (so each is paced, limited and waits by its channel's rules),
 * about a second of that channel's sending.
 * When the invocation's budget runs low it queues its own continuation; when the set is exhausted it
 * checks whether every recipient was already handled (a resume with nothing left ends the broadcast).
 */
export async function enumerateStep(inv: Invocation, msg: EnumMessage): Promise<void> {
  const { deps, tuning } = inv;
  const r = await inv.record(msg.bc);
  if (r?.status !== "sending" || r.epoch !== msg.epoch) return;
  const size = (channel: ChannelName) =>
    pageSizeFor(channelRate(deps.config, channel, r.paid), tuning.pageSize);
  let cursor = msg.cursor;
  do {
    if (inv.exhausted(20)) {
      inv.spend(1);
      await enqueue(deps.queue, [{ ...msg, cursor }]);
      return;
    }
    inv.spend(1);
    const [next, members] = await deps.redis.sscan(broadcastKeys.recipients(msg.bc), cursor, {
      count: ENUM_STEP,
    });
    cursor = String(next);
    const ids = toIds(members);
    const pages: PageMessage[] = [];
    for (const channel of CHANNELS) {
      const mine = ids.filter((id) => channelOf(id) === channel);
      const n = size(channel);
      for (let i = 0; i < mine.length; i += n) {
        pages.push({ t: "page", bc: msg.bc, epoch: msg.epoch, ids: mine.slice(i, i + n) });
      }
    }
    if (pages.length > 0) inv.spend(await enqueue(deps.queue, pages));
    inv.spend(1);
    await deps.redis.hset(broadcastKeys.record(msg.bc), { heartbeat: tuning.clock() });
  } while (cursor !== "0");
  await finishIfComplete(inv, msg.bc);
}
