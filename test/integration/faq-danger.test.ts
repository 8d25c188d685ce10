/**
 * Safety first, mid-form too: whatever form is open, a message describing violence from her
 * partner or family gets the domestic-violence answer, and the form stays where it was.
 */
import { describe, expect, it } from "vitest";
import { keys } from "../../src/store/keys.ts";
import { DANGER_WRITER_ID } from "../support/constants.ts";
import { textsFor } from "../support/emulator.ts";
import { enUser, lastText, startForm, storedDraft, zhUser } from "../support/signup.ts";
import { driver, type Person, redis, say } from "../support/worker.ts";

const d = driver();
const session = async (p: Person) => (await redis.get<Record<string, unknown>>(keys.session(p.id))) ?? {};

/** 110 first, then 12338, then the protection order. */
function expectDangerAnswer(text: string, order: string[]) {
  const at = order.map((word) => text.indexOf(word));
  expect(
    at.every((i) => i >= 0),
    text,
  ).toBe(true);
  expect(
    [...at].sort((a, b) => a - b),
    text,
  ).toEqual(at);
}
const ZH_ORDER = ["110", "12338", "人身安全保护令"];
const EN_ORDER = ["110", "12338", "protection order"];

describe("a description of danger", () => {
  it("mid sign-up gets the domestic-violence answer, and the question she was at is still open", async () => {
    const p = zhUser();
    await startForm(d, p);
    expect(await lastText(p)).toContain("第 1/7 步");
    await say(p, "俺家那口子喝了酒就打俺，孩子吓得直哭");
    expectDangerAnswer(await lastText(p), ZH_ORDER);
    expect((await storedDraft(p))?.a).toEqual({});
    await say(p, "王丽");
    expect((await storedDraft(p))?.a).toEqual({ name: "王丽" });
    expect(await lastText(p)).toContain("第 2/7 步");
  });

  it("mid subscription gets the answer, and the city question still takes her city", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "婆婆拿扫帚打我，老公也不管");
    expectDangerAnswer(await lastText(p), ZH_ORDER);
    expect((await session(p)).sub).toBeDefined();
    await say(p, "潍坊");
    expect(await lastText(p)).toContain("请选择潍坊市的区县");
  });

  it("is answered in English when written in English, mid-form too", async () => {
    const p = enUser();
    await startForm(d, p);
    await say(p, "my husband locked me and the kids in the bedroom");
    expectDangerAnswer(await lastText(p), EN_ORDER);
    expect((await storedDraft(p))?.a).toEqual({});
  });

  it("outside any form is answered the same way, never with « did you mean »", async () => {
    const p = zhUser();
    await say(p, "我跟你说 他昨天又动手了 把我推倒在地上");
    expectDangerAnswer(await lastText(p), ZH_ORDER);
  });

  it("a quoted threat and waylaying after separation are answered mid-form, in both languages", async () => {
    const zh = zhUser();
    await say(zh, "/subscribe");
    await say(zh, "前夫离婚半年了，天天堵在我上班的地方，说我敢找别人就弄死我");
    expectDangerAnswer(await lastText(zh), ZH_ORDER);
    expect((await session(zh)).sub).toBeDefined();
    const en = enUser();
    await startForm(d, en);
    await say(en, "my ex keeps waiting outside my work");
    expectDangerAnswer(await lastText(en), EN_ORDER);
    await say(en, "if you leave I'll kill you");
    expectDangerAnswer(await lastText(en), EN_ORDER);
    expect((await storedDraft(en))?.a).toEqual({});
  });

  it("a boss's threat and a friend waiting for her at work keep the form", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "老板说我再迟到他就杀了我");
    expect(await lastText(p)).not.toContain("人身安全保护令");
    await say(p, "朋友天天在我上班的地方等我一起吃午饭");
    expect(await lastText(p)).not.toContain("人身安全保护令");
    expect((await session(p)).sub).toBeDefined();
  });

  it("does not take words that only look like violence: the form keeps them", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "给妇联打电话没人接");
    expect(await lastText(p)).not.toContain("人身安全保护令");
    expect((await session(p)).sub).toBeDefined();
  });

  it("written by staff as content (an FAQ entry's question) stays content", async () => {
    const writer: Person = { id: DANGER_WRITER_ID, first_name: "Writer", language_code: "zh-hans" };
    await say(writer, "/faqnew");
    await say(writer, "老公喝了酒就打我怎么办");
    expect((await textsFor(writer.id)).at(-1)).toContain("老公喝了酒就打我怎么办");
    expect((await session(writer)).faqw).toBeDefined();
    await say(writer, "/cancel");
  });
});
