import { env, exports } from "cloudflare:workers";
import { createRedis } from "../../src/store/redis.ts";
import callbackFixture from "../fixtures/callback-query.json";
import startFixture from "../fixtures/message-start.json";
import { messageWithButton, userAction } from "./emulator.ts";

type Json = Record<string, unknown>;
const bindings = env as unknown as Record<string, string>;

/** The Redis the Worker under test uses, for assertions on stored state. */
export const redis = createRedis({
  url: bindings.UPSTASH_REDIS_REST_URL!,
  token: bindings.UPSTASH_REDIS_REST_TOKEN!,
});

let counter = Math.floor(Math.random() * 1e6) * 1000;
/** A fresh id per call, so test files sharing the emulator and Redis never collide. */
export function uniqueId(): number {
  counter += 1;
  return 6_000_000_000 + counter;
}

/** Posts a body to the Worker's webhook as Telegram would (secret header unless told otherwise). */
export function postWebhook(body: unknown, secret: string | null = bindings.TELEGRAM_WEBHOOK_SECRET!) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== null) headers["X-Telegram-Bot-Api-Secret-Token"] = secret;
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  return exports.default.fetch("http://jinguo.test/telegram/webhook", {
    method: "POST",
    headers,
    body: payload,
  });
}

export interface Person {
  id: number;
  first_name: string;
  language_code?: string;
}

/** A real message update (from the fixture) sent by `person` with `text`; commands get their entity. */
export function messageUpdate(person: Person, text: string, extra: Json = {}): Json {
  const base = structuredClone(startFixture) as Json & { message: Json };
  const command = /^\/\w+/.exec(text)?.[0];
  const from = {
    id: person.id,
    is_bot: false,
    first_name: person.first_name,
    language_code: person.language_code,
  };
  return {
    update_id: uniqueId(),
    message: {
      ...base.message,
      message_id: uniqueId() % 1e6,
      from,
      chat: { id: person.id, first_name: person.first_name, type: "private" },
      date: Math.floor(Date.now() / 1000),
      text,
      entities: command ? [{ offset: 0, length: command.length, type: "bot_command" }] : undefined,
      ...extra,
    },
  };
}

/** A real callback_query update: `person` pressed a button carrying `data` under bot message `messageId`. */
export function callbackUpdate(person: Person, data: string, messageId = 1): Json {
  const base = structuredClone(callbackFixture) as Json & { callback_query: Json & { message: Json } };
  const from = {
    id: person.id,
    is_bot: false,
    first_name: person.first_name,
    language_code: person.language_code,
  };
  return {
    update_id: uniqueId(),
    callback_query: {
      ...base.callback_query,
      id: String(uniqueId()),
      from,
      message: {
        ...base.callback_query.message,
        message_id: messageId,
        chat: { id: person.id, type: "private" },
      },
      data,
    },
  };
}

/** How an update reaches a Worker: the default is the test Worker's own webhook. */
export type Post = (update: unknown) => Promise<Response>;

/** `say` and `press` bound to one way of posting updates (another Worker instance, a controlled clock). */
export function driver(post: Post = (update) => postWebhook(update)) {
  return {
    /** Sends text as `person` through the emulator (so its chat log is real) and posts the update. */
    async say(person: Person, text: string, extra: Json = {}): Promise<Response> {
      const { update } = await userAction("send", { from: person, text, ...extra });
      return post(update);
    },
    /**
     * Presses the inline button carrying `data` on the bot's latest message that has it, as Telegram
     * would. `force` presses it on the latest bot message even if no button there carries it (a forged press).
     */
    async press(
      person: Person,
      data: string,
      opts: { force?: boolean; messageId?: number } = {},
    ): Promise<{ res: Response; callbackId: string }> {
      const messageId = opts.messageId ?? (await messageWithButton(person.id, opts.force ? undefined : data));
      const { update } = await userAction("callback", {
        from: person,
        message_id: messageId,
        data,
        force: opts.force ?? false,
      });
      const callbackId = String((update.callback_query as Json).id);
      return { res: await post(update), callbackId };
    },
  };
}

const defaultDriver = driver();
/** Sends text as `person` through the emulator and posts the update to the test Worker. */
export const say = defaultDriver.say;
/** Presses an inline button as `person` (see {@link driver}). */
export const press = defaultDriver.press;
