import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_DEV_BOT, type Emulator, startEmulator } from "../../dev/emulator/index.ts";

const token = "7000000001:AAtest-emulator-users";
let emu: Emulator;
let hook: Server;
const updates: Update[] = [];

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      updates.push(JSON.parse(body) as Update);
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
  // A small upload limit, so the oversized-upload check does not need megabytes.
  emu = await startEmulator({ token, botInfo: DEFAULT_DEV_BOT, maxBodyBytes: 256 * 1024 });
  emu.setWebhook(`http://127.0.0.1:${(hook.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await emu?.close();
  await new Promise((resolve) => hook?.close(resolve));
});

beforeEach(() => {
  updates.length = 0;
});

async function sim(path: string, json: unknown) {
  const res = await fetch(`${emu.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(json),
  });
  return { status: res.status, json: await res.json() };
}

describe("the emulator's user side, as the page uses it", () => {
  it("blocking the bot in her app sends my_chat_member and makes sends fail with 403", async () => {
    const from = { id: 700000002, first_name: "Emma", language_code: "en" };
    const res = await sim("/__emu/user-block", { from, blocked: true });
    expect(res.json).toMatchObject({ ok: true, delivered: true });
    expect(updates.at(-1)?.my_chat_member).toMatchObject({
      chat: { id: from.id, type: "private" },
      old_chat_member: { status: "member" },
      new_chat_member: { status: "kicked" },
    });
    const send = await fetch(`${emu.url}/bot${token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: from.id, text: "hello?" }),
    });
    expect(await send.json()).toEqual({
      ok: false,
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    await sim("/__emu/user-block", { from, blocked: false });
    expect(updates.at(-1)?.my_chat_member?.new_chat_member.status).toBe("member");
  });

  it("bounds what a persona can send: overlong text, fake images, oversized uploads", async () => {
    const from = { id: 700000001, first_name: "李梅" };
    const long = await sim("/__emu/send", { from, text: "字".repeat(4097) });
    expect(long.json).toEqual({
      ok: false,
      error_code: 400,
      description: "Bad Request: message is too long",
    });
    const fake = await sim("/__emu/send", {
      from,
      photo: { base64: Buffer.from("not an image at all").toString("base64") },
    });
    expect(fake.json).toMatchObject({ ok: false, error_code: 400 });
    const big = await sim("/__emu/send", {
      from,
      document: { file_name: "big.bin", base64: Buffer.alloc(300 * 1024).toString("base64") },
    });
    expect(big.json).toMatchObject({ ok: false, error_code: 413 });
    expect(updates).toEqual([]);
  });
});
