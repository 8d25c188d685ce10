/**
 * What a person sees when something goes wrong after she pressed a button, and that a harmless
 * double tap is not something going wrong.
 */
import { env } from "cloudflare:workers";
import { Composer } from "grammy";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createRuntime } from "../../src/runtime.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { injectFault, messageWithButton, textsFor, userAction } from "../support/emulator.ts";
import { enUser, zhUser } from "../support/signup.ts";
import { type Person, postWebhook, redis, say } from "../support/worker.ts";

/** Presses `data` on message `messageId` (a double tap: the same button again, even if it changed). */
async function tap(
  post: (u: unknown) => Promise<Response> | Response,
  p: Person,
  messageId: number,
  data: string,
) {
  const { update } = await userAction("callback", { from: p, message_id: messageId, data, force: true });
  return post(update);
}

describe("a press whose handler fails", () => {
  it("still gets the apology when the handler had already answered the press", async () => {
    const boom = new Composer<BotContext>();
    boom.callbackQuery("boom", async (ctx) => {
      await ctx.answerCallbackQuery();
      throw new Error("failed after answering");
    });
    const runtime = await createRuntime(env as never, { extraFeatures: [boom] });
    const app = createApp(async () => runtime);
    const post = (update: unknown) =>
      app.fetch(
        new Request("http://jinguo.test/telegram/webhook", {
          method: "POST",
          headers: { "X-Telegram-Bot-Api-Secret-Token": runtime.config.TELEGRAM_WEBHOOK_SECRET },
          body: JSON.stringify(update),
        }),
        env,
      );
    const p = enUser();
    await say(p, "/start");
    const res = await tap(post, p, await messageWithButton(p.id), "boom");
    expect(res.status).toBe(200);
    expect((await textsFor(p.id)).at(-1)).toContain("Sorry, something went wrong");
  });
});

describe("an update whose handler fails", () => {
  it("leaves her conversation where it was, so « try again » repeats the step", async () => {
    const boom = new Composer<BotContext>();
    boom.command("boom", async (ctx) => {
      ctx.session.bc = { step: "buttons", nonce: "abcdefgh" };
      throw new Error("the prompt for the next step was never sent");
    });
    const runtime = await createRuntime(env as never, { extraFeatures: [boom] });
    const app = createApp(async () => runtime);
    const p = enUser();
    await say(p, "/start");
    const before = await redis.get(`jg:session:${p.id}`);
    const { update } = await userAction("send", { from: p, text: "/boom" });
    const res = await app.fetch(
      new Request("http://jinguo.test/telegram/webhook", {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": runtime.config.TELEGRAM_WEBHOOK_SECRET },
        body: JSON.stringify(update),
      }),
      env,
    );
    expect(res.status).toBe(200);
    expect((await textsFor(p.id)).at(-1)).toContain("Sorry, something went wrong");
    expect(await redis.get(`jg:session:${p.id}`)).toEqual(before);
  });
});

describe("a double tap", () => {
  it("on a city, on « cancel » and on « agree » edits once and never apologises", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    const picker = await messageWithButton(p.id, "sub:c:370700");
    await tap(postWebhook, p, picker, "sub:c:370700");
    await tap(postWebhook, p, picker, "sub:c:370700");
    expect((await textsFor(p.id)).at(-1)).toContain("请选择潍坊市的区县");

    await say(p, "/signup");
    const consent = await messageWithButton(p.id, "su:ok:signup");
    await tap(postWebhook, p, consent, "su:ok:signup");
    await tap(postWebhook, p, consent, "su:ok:signup");
    await tap(postWebhook, p, consent, "su:x");
    await tap(postWebhook, p, consent, "su:x");
    const texts = await textsFor(p.id);
    expect(texts.at(-1)).toContain("确定要取消报名吗");
    expect(texts.join("\n")).not.toContain("出了点问题");
  });
});

describe("a press answered too late", () => {
  it("still counts (the undo happens) and brings no apology", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    const message = await messageWithButton(p.id, "sub:undo:370700");
    const { update } = await userAction("callback", {
      from: p,
      message_id: message,
      data: "sub:undo:370700",
    });
    // Telegram no longer knows the query (it waited while the Worker was down): answering it fails.
    (update.callback_query as { id: string }).id = "1";
    expect((await postWebhook(update)).status).toBe(200);
    expect(await redis.sismember("jg:sub:fairs:370700", p.id)).toBe(0);
    const texts = await textsFor(p.id);
    expect(texts.at(-1)).toContain("已撤销");
    expect(texts.join("\n")).not.toContain("出了点问题");
  });

  it("still counts when Telegram answers the press with a 5xx", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    const message = await messageWithButton(p.id, "sub:undo:370700");
    const { update } = await userAction("callback", {
      from: p,
      message_id: message,
      data: "sub:undo:370700",
    });
    await injectFault({ kind: "5xx", count: 1, status: 502, method: "answerCallbackQuery" });
    expect((await postWebhook(update)).status).toBe(200);
    expect(await redis.sismember("jg:sub:fairs:370700", p.id)).toBe(0);
    const texts = await textsFor(p.id);
    expect(texts.at(-1)).toContain("已撤销");
    expect(texts.join("\n")).not.toContain("出了点问题");
  });
});
