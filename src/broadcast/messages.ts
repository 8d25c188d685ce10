import { z } from "zod";

/** Queue message: send to these recipients of broadcast `bc` (dropped if `epoch` is outdated). */
const pageMessage = z.object({
  t: z.literal("page"),
  bc: z.string().min(1).max(40),
  epoch: z.number().int(),
  ids: z.array(z.number().int().positive()).min(1).max(1000),
});

/** Queue message: page the recipient set of `bc` into page messages, from `cursor` (SSCAN). */
const enumMessage = z.object({
  t: z.literal("enum"),
  bc: z.string().min(1).max(40),
  epoch: z.number().int(),
  cursor: z.string(),
});

export const queueMessage = z.discriminatedUnion("t", [pageMessage, enumMessage]);
export type QueueMessage = z.output<typeof queueMessage>;
export type PageMessage = z.output<typeof pageMessage>;
export type EnumMessage = z.output<typeof enumMessage>;

/** Sends messages in chunks the Queue accepts (100 per call); `delaySeconds` postpones them. */
export async function enqueue(
  queue: Queue<unknown> | undefined,
  messages: QueueMessage[],
  delaySeconds = 0,
): Promise<number> {
  if (!queue) throw new Error("BROADCAST_QUEUE is not bound");
  let calls = 0;
  for (let i = 0; i < messages.length; i += 100) {
    const chunk = messages.slice(i, i + 100).map((body) => ({ body, delaySeconds }));
    calls++;
    if (chunk.length === 1) await queue.send(chunk[0]!.body, { delaySeconds });
    else await queue.sendBatch(chunk);
  }
  return calls;
}
