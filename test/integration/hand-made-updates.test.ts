/**
 * Updates posted to the webhook by hand or by another Bot API: Telegram always marks a leading
 * /command with a bot_command entity, but a hand-written update may not.
 */
import { describe, expect, it } from "vitest";
import { textsFor } from "../support/emulator.ts";
import { messageUpdate, type Person, postWebhook, redis, say, uniqueId } from "../support/worker.ts";

const person = (language_code: string): Person => ({ id: uniqueId(), first_name: "Lin", language_code });
/** A message update as a hand-written tool would post it: no entities at all. */
const bare = (p: Person, text: string) => messageUpdate(p, text, { entities: undefined });

describe("commands addressed to another bot name in a private chat", () => {
  it("are the bot's own: /start@jinguo_bot sub_370781 subscribes, /help@JinguoBot helps", async () => {
    const p = person("zh-hans");
    await say(p, "/start@jinguo_bot sub_370781");
    expect((await textsFor(p.id)).at(-1)).toContain("潍坊市 · 青州市");
    expect(await redis.sismember("jg:sub:fairs:370781", p.id)).toBe(1);
    await postWebhook(bare(p, "/help@JinguoBot"));
    expect((await textsFor(p.id)).at(-1)).toContain("可用命令");
  });
});

describe("commands typed with capitals", () => {
  it("/start SUB_370781 typed from a poster subscribes like its link; FAIR_ and SIGNUP work too", async () => {
    const p = person("zh-hans");
    await say(p, "/start SUB_370781");
    expect((await textsFor(p.id)).at(-1)).toContain("青州市");
    expect(await redis.sismember("jg:sub:fairs:370781", p.id)).toBe(1);
    await say(p, "/start FAIR_99999999");
    expect((await textsFor(p.id)).at(-1)).toContain("99999999");
    await say(p, "/Start Signup");
    expect((await textsFor(p.id)).at(-1)).toContain("同意");
  });

  it("/Start welcomes, /SUBSCRIBE opens the form, /Language EN switches", async () => {
    const p = person("zh-hans");
    await say(p, "/Start");
    expect((await textsFor(p.id)).at(-1)).toContain("巾帼助手");
    await say(p, "/SUBSCRIBE");
    expect((await textsFor(p.id)).at(-1)).toContain("请选择城市");
    await say(p, "/Language EN");
    expect((await textsFor(p.id)).at(-1)).toContain("Language set to English");
  });
});

describe("commands without their bot_command entity", () => {
  it("still run: /start welcomes, /start sub_370700 subscribes, /language en switches", async () => {
    const p = person("zh-hans");
    expect((await postWebhook(bare(p, "/start"))).status).toBe(200);
    expect((await textsFor(p.id)).at(-1)).toContain("巾帼助手");

    expect((await postWebhook(bare(p, "/start@jinguo_dev_bot sub_370700"))).status).toBe(200);
    expect((await textsFor(p.id)).at(-1)).toContain("潍坊市");
    expect(await redis.sismember("jg:sub:fairs:370700", p.id)).toBe(1);

    await postWebhook(bare(p, "/language en"));
    expect((await textsFor(p.id)).at(-1)).toContain("Language set to English");
  });

  it("leave a slash that is not a command to the fallback", async () => {
    const p = person("en");
    await postWebhook(bare(p, "/ hello"));
    expect((await textsFor(p.id)).at(-1)).toContain("did not understand");
  });
});
