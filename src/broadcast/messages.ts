/** What the broadcast queue carries (page, enumerate, prepare messages), and sending them in chunks. */
import * as z from "zod";
import { personIdSchema } from "../people/id.ts";

const bc = z.string().min(1).max(40);

/** Queue message: send to these recipients of broadcast `bc` (dropped if `epoch` is outdated). */
const pageMessage = z.object({
  t: z.literal("page"),
  bc,
  epoch: z.number().int(),
  ids: z.array(personIdSchema).min(1).max(1000),
});

/** Queue message: page the recipient set of `bc` into page messages, from `cursor` (SSCAN). */
const enumMessage = z.object({ t: z.literal("enum"), bc, epoch: z.number().int(), cursor: z.string() });

/**
 * Queue message: build the recipient set of `bc` from its audience, from `cursor` on; cursor "0"
 * with `fresh` starts over (SUNIONSTORE of the sources), so a redelivered first step is harmless.
 */
const prepMessage = z.object({
  t: z.literal("prep"),
  bc,
  epoch: z.number().int(),
  cursor: z.string(),
  fresh: z.boolean(),
});

/** Everything the broadcast queue carries: plain JSON, so it survives serialization. */
export const queueMessage = z.discriminatedUnion("t", [pageMessage, enumMessage, prepMessage]);
export type QueueMessage = z.output<typeof queueMessage>;
export type PageMessage = z.output<typeof pageMessage>;
export type EnumMessage = z.output<typeof enumMessage>;
export type PrepMessage = z.output<typeof prepMessage>;

/** Sends messages in chunks the Queue accepts (100 per call); `delaySeconds` postpones them. */
export async function enqueue(
  queue: Queue<unknown> | undefined,
  messages: QueueMessage[],
  delaySeconds = 0,
): Promise<number> {
  if (!queue) throw new Error("BROADCAST_QUEUE is not bound");
  let calls = 0;
  // Queue delays are whole seconds up to 24 hours.
  const delay = Math.min(86_400, Math.max(0, Math.ceil(delaySeconds)));
  for (let i = 0; i < messages.length; i += 100) {
    const chunk = messages.slice(i, i + 100);
    calls++;
    if (chunk.length === 1) await queue.send(chunk[0]!, { delaySeconds: delay });
    else await queue.sendBatch(chunk.map((body) => ({ body, delaySeconds: delay })));
  }
  return calls;
}
