import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Api, GrammyError, HttpError, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEV_BOT, type Emulator, startEmulator } from "../../dev/emulator/index.ts";

const token = "7000000001:AAtest-emulator";
const secret = "hook-secret_1";
const chat = 500001;
const user = { id: chat, first_name: "Mei", language_code: "zh-hans" };
const keyboard = { inline_keyboard: [[{ text: "Yes", callback_data: "yes" }]] };
// A valid 1×1 PNG.
const png = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

let emu: Emulator;
let api: Api;
let hook: Server;
let hookUrl: string;
const received: Array<{ headers: IncomingHttpHeaders; update: Update }> = [];
// What the fake bot behind the webhook does with each update.
let onUpdate: (update: Update) => Promise<unknown> = async () => undefined;

beforeAll(async () => {
  emu = await startEmulator({ token, botInfo: DEFAULT_DEV_BOT });
  api = new Api(token, { apiRoot: emu.url });
  hook = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", async () => {
      const update = JSON.parse(body) as Update;
      received.push({ headers: req.headers, update });
      const reply = await onUpdate(update);
      res.writeHead(req.headers["x-telegram-bot-api-secret-token"] === secret ? 200 : 401, {
        "content-type": "application/json",
      });
      res.end(JSON.stringify(reply ?? {}));
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/webhook`;
});

afterAll(async () => {
  await emu?.close();
  await new Promise((resolve) => hook?.close(resolve));
});

afterEach(() => {
  emu.reset(); // keeps the webhook, which describes where the bot runs
  emu.setWebhook(null);
  received.length = 0;
  onUpdate = async () => undefined;
});

async function control(path: string, body?: unknown, method = body === undefined ? "GET" : "POST") {
  const res = await fetch(`${emu.url}/__emu${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function apiError(promise: Promise<unknown>): Promise<GrammyError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GrammyError);
  return err as GrammyError;
}

describe("Bot API", () => {
  it("getMe answers the configured bot with every getMe field", async () => {
    const me = await api.getMe();
    expect(me).toMatchObject({
      id: 7000000001,
      is_bot: true,
      username: "jinguo_dev_bot",
      has_topics_enabled: false,
    });
  });

  it("sendMessage parses HTML into entities and numbers messages per chat", async () => {
    const first = await api.sendMessage(chat, "<b>Hi</b> &lt;Mei&gt; &amp; <i>co</i>", {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
    expect(first).toMatchObject({
      message_id: 1,
      from: { id: 7000000001, is_bot: true, first_name: "Jinguo Dev", username: "jinguo_dev_bot" },
      chat: { id: chat, type: "private" },
      text: "Hi <Mei> & co",
      entities: [
        { type: "bold", offset: 0, length: 2 },
        { type: "italic", offset: 11, length: 2 },
      ],
      reply_markup: keyboard,
    });
    expect(typeof first.date).toBe("number");
    expect((await api.sendMessage(chat, "plain")).message_id).toBe(2);
    expect((await api.sendMessage(chat + 1, "other chat")).message_id).toBe(1);
  });

  it("rejects bad HTML, empty and overlong text with Telegram's wording", async () => {
    const cases: Array<[string, string]> = [
      ["<b>x", `Can't find end tag corresponding to start tag "b"`],
      ["1 < 2", `Unsupported start tag "" at byte offset 2`],
      ["<b>x</i>", `Unmatched end tag at byte offset 4, expected "</b>", found "</i>"`],
      ["<script>x</script>", `Unsupported start tag "script" at byte offset 0`],
      ["Tom & Jerry", `Character "&" at byte offset 4 must be escaped`],
    ];
    for (const [html, why] of cases) {
      const err = await apiError(api.sendMessage(chat, html, { parse_mode: "HTML" }));
      expect(err.error_code).toBe(400);
      expect(err.description).toContain(`Bad Request: can't parse entities: ${why}`);
    }
    expect((await apiError(api.sendMessage(chat, "  "))).description).toBe(
      "Bad Request: message text is empty",
    );
    expect((await apiError(api.sendMessage(chat, "x".repeat(4097)))).description).toBe(
      "Bad Request: message is too long",
    );
    const bad = { inline_keyboard: [[{ text: "x", callback_data: "y".repeat(65) }]] };
    expect((await apiError(api.sendMessage(chat, "x", { reply_markup: bad }))).description).toBe(
      "Bad Request: BUTTON_DATA_INVALID",
    );
  });

  it("edits in place, refuses no-op edits, deletes", async () => {
    const sent = await api.sendMessage(chat, "v1", { reply_markup: keyboard });
    const edited = await api.editMessageText(chat, sent.message_id, "<b>v2</b>", {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
    expect(edited).toMatchObject({ message_id: sent.message_id, text: "v2", reply_markup: keyboard });
    expect(typeof (edited as { edit_date?: number }).edit_date).toBe("number");
    const same = api.editMessageText(chat, sent.message_id, "<b>v2</b>", {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
    expect((await apiError(same)).description).toMatch(
      /^Bad Request: message is not modified: specified new message/,
    );
    await api.editMessageReplyMarkup(chat, sent.message_id, { reply_markup: { inline_keyboard: [] } });
    const again = api.editMessageReplyMarkup(chat, sent.message_id);
    expect((await apiError(again)).description).toMatch(/message is not modified/);
    const missing = api.editMessageText(chat, 999, "x");
    expect((await apiError(missing)).description).toBe("Bad Request: message to edit not found");
    expect(await api.deleteMessage(chat, sent.message_id)).toBe(true);
    const twice = api.deleteMessage(chat, sent.message_id);
    expect((await apiError(twice)).description).toBe("Bad Request: message to delete not found");
    const log = (await control(`/chats/${chat}/messages`)).json.messages;
    expect(log).toEqual([
      expect.objectContaining({
        deleted: true,
        outgoing: true,
        message: expect.objectContaining({ text: "v2" }),
      }),
    ]);
  });

  it("uploads documents (multipart) and photos, serves them back, copies them", async () => {
    const doc = await api.sendDocument(chat, new InputFile(new TextEncoder().encode("a,b"), "x.csv"), {
      caption: "<i>csv</i>",
      parse_mode: "HTML",
    });
    expect(doc.document).toMatchObject({ file_name: "x.csv", mime_type: "text/csv", file_size: 3 });
    expect(doc).toMatchObject({
      caption: "csv",
      caption_entities: [{ type: "italic", offset: 0, length: 3 }],
    });
    const call = emu.calls({ method: "sendDocument" })[0];
    expect(Object.values(call?.params ?? {})).toContainEqual({
      filename: "x.csv",
      size: 3,
      mime: "application/octet-stream",
    });
    const file = await api.getFile(doc.document.file_id);
    const download = await fetch(`${emu.url}/file/bot${token}/${file.file_path}`);
    expect(await download.text()).toBe("a,b");

    const photo = await api.sendPhoto(chat, new InputFile(png, "p.png"), { caption: "pic" });
    expect(photo.photo).toEqual([
      expect.objectContaining({ width: 1, height: 1, file_id: expect.any(String) }),
    ]);
    const notImage = api.sendPhoto(chat, new InputFile(new TextEncoder().encode("nope"), "p.png"));
    expect((await apiError(notImage)).description).toBe("Bad Request: IMAGE_PROCESS_FAILED");

    const copy = await api.copyMessage(chat + 7, chat, photo.message_id, { caption: "copied" });
    expect(Object.keys(copy)).toEqual(["message_id"]);
    const [copied] = emu.messages(chat + 7);
    expect(copied?.message).toMatchObject({ caption: "copied", photo: photo.photo });
    const gone = api.copyMessage(chat + 7, chat, 999);
    expect((await apiError(gone)).description).toBe("Bad Request: message to copy not found");
  });

  it("stores commands and the webhook", async () => {
    const commands = [{ command: "start", description: "Start" }];
    expect(await api.setMyCommands(commands)).toBe(true);
    expect(await api.getMyCommands()).toEqual(commands);
    const invalid = api.setMyCommands([{ command: "Bad-Name", description: "x" }]);
    expect((await apiError(invalid)).description).toBe("Bad Request: BOT_COMMAND_INVALID");
    expect(await api.setWebhook(hookUrl, { secret_token: secret })).toBe(true);
    expect(await api.getWebhookInfo()).toMatchObject({ url: hookUrl, pending_update_count: 0 });
    await api.deleteWebhook();
    expect((await api.getWebhookInfo()).url).toBe("");
  });

  it("answers unknown methods, wrong tokens and bad JSON in Telegram's shape", async () => {
    const unknown = await fetch(`${emu.url}/bot${token}/sendTelepathy`, { method: "POST" });
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      { ok: false, error_code: 404, description: "Not Found: method not found" },
    ]);
    const wrong = await new Api("1:wrong", { apiRoot: emu.url }).getMe().catch((e: GrammyError) => e);
    expect(wrong).toMatchObject({ error_code: 401, description: "Unauthorized" });
    const badJson = await fetch(`${emu.url}/bot${token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{nope",
    });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ ok: false, error_code: 400 });
    const form = await fetch(`${emu.url}/bot${token}/sendMessage?chat_id=${chat}`, {
      method: "POST",
      body: new URLSearchParams({ text: "from a form" }),
    });
    expect(await form.json()).toMatchObject({ ok: true, result: { text: "from a form" } });
  });
});

describe("fault injection", () => {
  it("429 with retry_after, then normal service", async () => {
    await control("/faults", { kind: "429", count: 1, retry_after: 7, method: "sendMessage" });
    await api.getMe(); // other methods are unaffected
    const err = await apiError(api.sendMessage(chat, "x"));
    expect(err).toMatchObject({
      error_code: 429,
      description: "Too Many Requests: retry after 7",
      parameters: { retry_after: 7 },
    });
    await expect(api.sendMessage(chat, "x")).resolves.toMatchObject({ text: "x" });
  });

  it("5xx as JSON or as an nginx page", async () => {
    emu.injectFault({ kind: "5xx", status: 502 });
    expect(await apiError(api.sendMessage(chat, "x"))).toMatchObject({ error_code: 502 });
    emu.injectFault({ kind: "5xx", status: 502, html: true });
    await expect(api.sendMessage(chat, "x")).rejects.toBeInstanceOf(HttpError);
    await control("/faults", { kind: "5xx" });
    expect(await apiError(api.getMe())).toMatchObject({
      error_code: 500,
      description: "Internal Server Error",
    });
  });

  it("blocked chats answer 403; the rate limit answers 429 retry after 1", async () => {
    await control("/block", { chat_id: chat, blocked: true });
    const err = await apiError(api.sendMessage(chat, "x"));
    expect(err).toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await control("/block", { chat_id: chat, blocked: false });
    await control("/rate-limit", { perSecond: 2 });
    await api.sendMessage(chat, "1");
    await api.sendMessage(chat, "2");
    expect(await apiError(api.sendMessage(chat, "3"))).toMatchObject({
      error_code: 429,
      parameters: { retry_after: 1 },
    });
    expect(emu.calls({ method: "sendMessage" }).map((c) => c.response.error_code ?? 200)).toEqual([
      403, 200, 200, 429,
    ]);
  });
});

describe("simulated users", () => {
  it("delivers a /start message with its bot_command entity and the secret header", async () => {
    await control("/webhook", { url: hookUrl, secret });
    onUpdate = async (update) => api.sendMessage(update.message?.chat.id ?? 0, "Welcome!");
    const { status, json } = await control("/send", { from: user, text: "/start x" });
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: true, status: 200, delivered: true });
    const [{ headers, update } = { headers: {}, update: {} as Update }] = received;
    expect(headers["x-telegram-bot-api-secret-token"]).toBe(secret);
    expect(update).toMatchObject({
      update_id: expect.any(Number),
      message: {
        message_id: 1,
        from: { id: chat, is_bot: false, first_name: "Mei", language_code: "zh-hans" },
        chat: { id: chat, type: "private", first_name: "Mei" },
        date: expect.any(Number),
        text: "/start x",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
    const log = emu.messages(chat).map((e) => [e.outgoing, e.message.text]);
    expect(log).toEqual([
      [false, "/start x"],
      [true, "Welcome!"],
    ]);
  });

  it("presses an inline button (by its text) and returns the bot's callback answer", async () => {
    emu.setWebhook(hookUrl, secret);
    const sent = await api.sendMessage(chat, "Sure?", { reply_markup: keyboard });
    onUpdate = async (update) => api.answerCallbackQuery(update.callback_query?.id ?? "", { text: "Noted" });
    const { json } = await control("/callback", { from: user, message_id: sent.message_id, button: "Yes" });
    expect(json).toMatchObject({ status: 200, answer: { text: "Noted" } });
    const query = (json.update as Update).callback_query;
    expect(query).toMatchObject({
      data: "yes",
      chat_instance: expect.any(String),
      message: { text: "Sure?" },
    });
    const stale = api.answerCallbackQuery(query?.id ?? "");
    expect((await apiError(stale)).description).toMatch(/query is too old/);
    const noButton = await control("/callback", { from: user, message_id: sent.message_id, data: "no" });
    expect(noButton.status).toBe(400);
  });

  it("lets staff send a document that the bot can copy on", async () => {
    const doc = { file_name: "report.pdf", content: "%PDF-1.4" };
    const { json } = await control("/send", {
      from: user,
      document: doc,
      caption: "for you",
      deliver: false,
    });
    const message = (json.update as Update).message;
    expect(message).toMatchObject({
      document: { file_name: "report.pdf", mime_type: "application/pdf", file_size: 8 },
    });
    await api.copyMessage(chat + 1, chat, message?.message_id ?? 0);
    expect(emu.messages(chat + 1)[0]?.message).toMatchObject({
      caption: "for you",
      document: message?.document,
    });
  });

  it("queues updates for getUpdates without a webhook and streams events", async () => {
    const events = await fetch(`${emu.url}/__emu/events`);
    const reader = events.body?.getReader();
    await control("/send", { from: user, text: "hello" });
    const updates = await api.getUpdates({ timeout: 1 });
    expect(updates.map((u) => u.message?.text)).toEqual(["hello"]);
    let text = "";
    while (!text.includes('"type":"message"'))
      text += new TextDecoder().decode((await reader?.read())?.value);
    await reader?.cancel();
  });
});
