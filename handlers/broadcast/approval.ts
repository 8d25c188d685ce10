/** An admin's Approve / Reject press on a held broadcast. */
import { decideApproval } from "../../src/broadcast/approval.ts";
import type { BotContext } from "../../src/telegram/context.ts";

/** An admin's decision; a second admin (or a second tap) finds it decided and changes nothing. */
export async function decide(ctx: BotContext, id: string, approve: boolean): Promise<void> {
  const done = await decideApproval(ctx.deps, ctx.from!.id, id, approve, ctx.from?.first_name ?? "");
  if (!done.ok) {
    await ctx.answerCallbackQuery({ text: ctx.tText("bc-decided-already") });
    return;
  }
  await ctx.answerCallbackQuery();
  const key = approve ? "bc-approval-approved" : "bc-approval-rejected";
  await ctx.editMessageText(ctx.t(key, { label: done.label }), { parse_mode: "HTML" }).catch(() => {});
}
