/**
 * Issue 14 (13): after an http:// link, /newfair said « 没有的话点“跳过” » under a message with only
 * ✖ 放弃. The rule: every retry of every form keeps the buttons of its step, so what the error says
 * to tap is there. Each form's steps with buttons are tried with answers they cannot take.
 */
import { describe, expect, it } from "vitest";
import { subscriptionKeys } from "../../src/subscriptions/keys.ts";
import { seedPeople } from "../support/broadcast.ts";
import { STAFF_TOOLS_ADMIN_IDS } from "../support/constants.ts";
import { chatLog } from "../support/emulator.ts";
import { lastText, staffPerson } from "../support/fairs.ts";
import { startForm, zhUser } from "../support/signup.ts";
import { type Person, press, redis, say } from "../support/worker.ts";

const admin = staffPerson(STAFF_TOOLS_ADMIN_IDS[2], "zh-hans");

/** The callback data of the buttons under the bot's latest message. */
async function buttons(p: Person): Promise<string[]> {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing && !m.deleted);
  const markup = log.at(-1)?.message.reply_markup as
    | { inline_keyboard?: { callback_data?: string }[][] }
    | undefined;
  return (markup?.inline_keyboard ?? []).flat().flatMap((b) => (b.callback_data ? [b.callback_data] : []));
}

/** Sends each wrong answer and checks that the reply still has every button of the step's question. */
async function keepsButtons(p: Person, wrong: readonly string[], says?: RegExp): Promise<string[]> {
  const step = await buttons(p);
  expect(step.length).toBeGreaterThan(0);
  for (const answer of wrong) {
    await say(p, answer);
    if (says) expect(await lastText(p)).toMatch(says);
    expect(await buttons(p)).toEqual(expect.arrayContaining(step));
  }
  return step;
}

const toLink = [
  "春风送岗",
  "明天上午9点",
  "会展中心",
  "日照",
  "五莲",
  "5",
  "50",
  "全部",
  "介绍",
  "0633-1234567",
];

describe("every retry keeps the buttons of its step", () => {
  it("the fair form: link, targets, time, counts and region", async () => {
    await say(admin, "/newfair");
    await keepsButtons(admin, ["   ", "标".repeat(120)]);
    await say(admin, "春风送岗");
    await keepsButtons(admin, ["下个月吧", "昨天上午9点", "6月9日"]);
    await say(admin, "明天上午9点");
    await say(admin, "会展中心");
    await keepsButtons(admin, ["火星"]); // the city picker
    await say(admin, "日照");
    await keepsButtons(admin, ["火星"]); // the district picker
    await say(admin, "五莲");
    await keepsButtons(admin, ["很多", "-3"]);
    await say(admin, "5");
    await say(admin, "50");
    const targets = await keepsButtons(admin, ["老年人", "9"]);
    expect(targets).toEqual(expect.arrayContaining(["fair:tg:students", "fair:tg:ok", "fair:quit"]));
    await press(admin, "fair:tg:ok"); // nothing chosen yet
    expect(await buttons(admin)).toEqual(expect.arrayContaining(targets));
    await say(admin, "全部");
    await say(admin, "介绍");
    await say(admin, "0633-1234567");
    const link = await keepsButtons(admin, ["ftp://example.com/a", "报名网址", "http://"], /跳过/);
    expect(link).toEqual(expect.arrayContaining(["fair:skip", "fair:quit"]));
    await press(admin, "fair:quit");
  });

  it("the fair form's link: http:// or no scheme is offered as https://, one tap away", async () => {
    for (const [typed, taken] of [
      ["http://rzfl.gov.cn/baoming?id=3", "https://rzfl.gov.cn/baoming?id=3"],
      ["HTTP://Example.com/Sign-Up", "https://example.com/Sign-Up"],
      ["www.rzfl.gov.cn/baoming", "https://www.rzfl.gov.cn/baoming"],
    ] as const) {
      await say(admin, "/newfair");
      for (const answer of toLink) await say(admin, answer);
      await say(admin, typed);
      const offer = await lastText(admin);
      expect(offer).toContain(taken);
      expect(await buttons(admin)).toEqual(expect.arrayContaining(["fair:https", "fair:skip", "fair:quit"]));
      await press(admin, "fair:https");
      const session = await redis.get<{ fair?: { step: string; draft: { link?: string } } }>(
        `jg:session:${admin.id}`,
      );
      expect(session?.fair?.step).toBe("preview");
      expect(session?.fair?.draft.link).toBe(taken);
      await press(admin, "fair:quit");
    }
  });

  it("the broadcast form: the time step keeps its suggested times", async () => {
    await seedPeople(1, { sets: [subscriptionKeys.sub("fairs", "370303")] });
    await say(admin, "/broadcast");
    await say(admin, "下周的培训");
    await keepsButtons(admin, ["https://example.com 报名"]); // link buttons: skip and cancel
    await press(admin, "bc:skip");
    await press(admin, "bc:count");
    await press(admin, "bc:later");
    const times = await keepsButtons(admin, ["昨天上午9点", "随便什么时候", "2099-01-01 9:00"]);
    expect(times.filter((d) => d.startsWith("bc:at:"))).toHaveLength(2);
    await say(admin, "昨天上午9点");
    expect(await lastText(admin)).toContain("已经过去");
    await press(admin, "bc:quit");
  });

  it("the FAQ entry form: a refused answer or source keeps the cancel button", async () => {
    await say(admin, "/faqnew");
    await say(admin, "怎么申请创业担保贷款？");
    await keepsButtons(admin, ["好".repeat(2100)]);
    await say(admin, "到人社局申请。");
    await keepsButtons(admin, ["没有出处"]);
    await say(admin, "/cancel");
  });

  it("the subscription and sign-up forms keep theirs", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await keepsButtons(p, ["火星"]);
    await say(p, "潍坊");
    await keepsButtons(p, ["火星"]);
    await say(p, "/cancel");
    const q = zhUser();
    await startForm({ say, press }, q, 3);
    await keepsButtons(q, ["9"]);
    await say(q, "/cancel");
  });
});
