/**
 * Issue 15 (phase B): the bot's /console hands staff the Mini App button and a one-time sign-in link,
 * staff's menu button opens the console, and everyone else keeps the commands menu and the usual
 * answer to an unknown command.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { formPost, ORIGIN, pageGet, sessionCookie } from "../support/console.ts";
import { CONSOLE_WEIFANG_ID } from "../support/constants.ts";
import { callsFor, chatLog, textsFor } from "../support/emulator.ts";
import { type Person, redis, say, uniqueId } from "../support/worker.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(`${ORIGIN}${path}`, init);
const staff: Person = { id: CONSOLE_WEIFANG_ID, first_name: "潍坊妇联", language_code: "en" };

interface Button {
  text: string;
  web_app?: { url: string };
}

async function lastMessage(p: Person) {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing);
  return log.at(-1)?.message as { text?: string; reply_markup?: { inline_keyboard?: Button[][] } };
}

describe("/console", () => {
  it("gives staff a Mini App button and a one-time link that signs her in once", async () => {
    await say(staff, "/console");
    const message = await lastMessage(staff);
    const button = message.reply_markup?.inline_keyboard?.flat()[0];
    expect(button).toEqual({ text: "Open console", web_app: { url: `${ORIGIN}/console/app` } });
    const send = (await callsFor(staff.id, "sendMessage")).at(-1)!;
    expect(send.params.link_preview_options).toMatchObject({ is_disabled: true });
    const href = /href="([^"]+)"/.exec(String(send.params.text))?.[1] ?? "";
    expect(href).toMatch(new RegExp(`^${ORIGIN}/console/auth/link/[A-Za-z0-9_-]{43}$`));
    const path = href.slice(ORIGIN.length);

    expect((await get(path, pageGet())).status).toBe(200);
    const signIn = await get(path, formPost({}));
    expect(signIn.status).toBe(303);
    expect(sessionCookie(signIn)).toBeDefined();
    // Used: a second press is refused.
    expect((await get(path, formPost({}))).status).toBe(401);
  });

  it("sets staff's menu button to the console once, and gives it back to someone no longer staff", async () => {
    const menuCalls = async (id: number) => callsFor(id, "setChatMenuButton");
    await say(staff, "/start");
    const set = (await menuCalls(staff.id)).map((c) => c.params.menu_button);
    expect(set.at(-1)).toEqual({
      type: "web_app",
      text: "Open console",
      web_app: { url: `${ORIGIN}/console/app` },
    });
    const count = set.length;
    await say(staff, "/start");
    expect((await menuCalls(staff.id)).length).toBe(count);

    // Someone whose button opened the console but whom STAFF no longer lists.
    const former: Person = { id: uniqueId(), first_name: "Former", language_code: "en" };
    await redis.hset(`jg:user:${former.id}`, { menu: "console", created: Date.now(), seen: Date.now() });
    await say(former, "/start");
    expect((await menuCalls(former.id)).map((c) => c.params.menu_button)).toEqual([{ type: "commands" }]);
    expect(await redis.hget(`jg:user:${former.id}`, "menu")).toBe("commands");
  });

  it("is an unknown command for everyone else, and leaves their menu button alone", async () => {
    const woman: Person = { id: uniqueId(), first_name: "小红", language_code: "zh-hans" };
    await say(woman, "/console");
    const answer = (await textsFor(woman.id)).at(-1) ?? "";
    await say(woman, "/nosuchcommand");
    expect((await textsFor(woman.id)).at(-1)).toBe(answer);
    expect(answer).not.toContain("/console/");
    expect(await callsFor(woman.id, "setChatMenuButton")).toEqual([]);
  });
});
