// The two form engines the signup bench compares, each inside the real bot (createBot: dedupe,
// session + profile, locale, staff, rate limit), on the in-memory Upstash, with the Bot API
// answered locally so only the bot's own work is timed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Conversation,
  type ConversationFlavor,
  conversations,
  createConversation,
} from "@grammyjs/conversations";
import { type Bot, Composer, type Context } from "grammy";
import type { Update } from "grammy/types";
import { loadConfig } from "../../src/config.ts";
import { catalog, telegramFeatures } from "../../src/features.ts";
import { createI18n, type I18n } from "../../src/i18n.ts";
import { createApplication, isComplete } from "../../src/signup/applications.ts";
import { type Draft, newDraft } from "../../src/signup/draft.ts";
import { langFor } from "../../src/signup/lang.ts";
import { applyAnswer, interpretText } from "../../src/signup/machine.ts";
import { notifyStaffOfNew } from "../../src/signup/notify.ts";
import { promptView } from "../../src/signup/views.ts";
import { createBot } from "../../src/telegram/bot.ts";
import { telegramChannel } from "../../src/telegram/channel.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { TEST_BOT_INFO as botInfo } from "../../test/support/constants.ts";
import { type CountingRedis, memoryRedis } from "./memory-upstash.ts";

const root = join(import.meta.dirname, "../..");
export const i18n: I18n = createI18n({
  "zh-CN": readFileSync(join(root, "locales/zh-CN.ftl"), "utf8"),
  en: readFileSync(join(root, "locales/en.ftl"), "utf8"),
});
const config = loadConfig({
  TELEGRAM_BOT_TOKEN: "7000000001:AAbench-token-never-sent-anywhere",
  TELEGRAM_WEBHOOK_SECRET: "bench",
  UPSTASH_REDIS_REST_URL: "http://memory.invalid",
  UPSTASH_REDIS_REST_TOKEN: "bench",
  STAFF: "900000001:admin,900000002:staff:370700",
});

let messageId = 1;
function answer(method: string, payload: unknown) {
  const chat = { id: Number((payload as { chat_id?: number }).chat_id ?? 0), type: "private" };
  const result =
    method === "answerCallbackQuery" ? true : { message_id: messageId++, date: 0, chat, text: "" };
  return { ok: true, result };
}

/**
 * Answers every Bot API call locally, in Telegram's shape: the bot's own Api through a transformer,
 * and the Api objects the conversations plugin builds from its options through `fetch`.
 */
function offline(bot: Bot<BotContext>): void {
  bot.api.config.use(async (_prev, method, payload) => answer(method, payload) as never);
  (bot.api.options as { fetch?: unknown }).fetch = async (url: string, init: { body?: unknown }) => {
    const method = String(url).split("/").at(-1) ?? "";
    const payload = typeof init.body === "string" ? JSON.parse(init.body) : {};
    return new Response(JSON.stringify(answer(method, payload)));
  };
}

type BaselineContext = BotContext & ConversationFlavor<BotContext>;

/**
 * The baseline: the same seven questions as a grammY conversation (replay engine). Each update
 * re-runs the function from the start, replaying every earlier answer and API call from its log.
 */
const replayForm = (store: CountingRedis) =>
  async function form(conversation: Conversation<BaselineContext, Context>, ctx: Context) {
    const lang = langFor(i18n, "zh-CN");
    let draft: Draft = newDraft(0, "zh-CN");
    while (draft.step !== "review") {
      await ctx.reply(promptView(lang, draft).html, { parse_mode: "HTML" });
      const answer = await conversation.waitFor("message:text");
      const outcome = interpretText(i18n, draft, answer.message.text);
      if (outcome.kind === "value") draft = applyAnswer(draft, outcome.answers, 0);
      else if (outcome.kind === "city") draft = { ...draft, city: outcome.city };
    }
    await ctx.reply(promptView(lang, draft).html, { parse_mode: "HTML" });
    await conversation.waitFor("message:text");
    if (!isComplete(draft.a)) return;
    await conversation.external(async () => {
      const deps = { redis: store.redis, i18n, channel: telegramChannel(ctx.api), config, now: Date.now() };
      const app = await createApplication(store.redis, {
        userId: ctx.from!.id,
        locale: "zh-CN",
        answers: draft.a as Required<Draft["a"]>,
        consentV: draft.consentV,
        consentAt: draft.consentAt,
        now: Date.now(),
        timeZone: config.TIMEZONE,
      });
      if (app) await notifyStaffOfNew({ ...deps, catalog }, app);
    });
  };

/** A bot over a fresh in-memory store: Jinguo's engine, or the replay baseline on `/baseline`. */
export function buildBot(kind: "engine" | "replay"): { bot: Bot<BotContext>; store: CountingRedis } {
  const store = memoryRedis();
  const extra = new Composer<BaselineContext>();
  if (kind === "replay") {
    const redis = store.redis;
    extra.use(
      conversations({
        storage: {
          read: async (key: string) => (await redis.get(`jg:conv:${key}`)) ?? undefined,
          write: async (key: string, state: unknown) => void (await redis.set(`jg:conv:${key}`, state)),
          delete: async (key: string) => void (await redis.del(`jg:conv:${key}`)),
        } as never,
      }),
    );
    extra.use(createConversation(replayForm(store), "form"));
    extra.command("baseline", (ctx) => ctx.conversation.enter("form"));
  }
  const bot = createBot(
    config,
    { redis: store.redis, i18n, catalog },
    {
      botInfo,
      features: telegramFeatures,
      extraFeatures: [extra as unknown as Composer<BotContext>],
    },
  );
  offline(bot);
  return { bot, store };
}

let updateId = 1;
const person = (id: number) => ({ id, is_bot: false, first_name: "王丽", language_code: "zh-hans" });

/** A private text message (commands get their entity). */
export function text(user: number, body: string): Update {
  const command = /^\/\w+/.exec(body)?.[0];
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: user, type: "private", first_name: "王丽" },
      from: person(user),
      text: body,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] } : {}),
    },
  } as Update;
}

/** A press on an inline button. */
export function press(user: number, data: string): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: String(updateId),
      from: person(user),
      chat_instance: "1",
      data,
      message: { message_id: 1, date: 0, chat: { id: user, type: "private", first_name: "王丽" }, text: "x" },
    },
  } as Update;
}
