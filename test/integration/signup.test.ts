import { describe, expect, it } from "vitest";
import { chatLog, textsFor } from "../support/emulator.ts";
import {
  enUser,
  lastButtons,
  lastText,
  startForm,
  storedApplication,
  storedDraft,
  zhUser,
} from "../support/signup.ts";
import { driver, type Person, press, redis, say } from "../support/worker.ts";

const d = driver();

describe("the applicant's happy path", () => {
  it("in Chinese: consent first, seven steps with buttons and typing, review, reference number", async () => {
    const p = zhUser();
    await say(p, "/signup");
    const consent = await lastText(p);
    expect(consent).toContain("谁能看到");
    expect(consent).toContain("/mydata");
    expect(consent).toContain("/delete");
    expect(consent).toContain("180 天");
    expect(await storedDraft(p)).toBeUndefined(); // nothing before she agrees

    await press(p, "su:ok:signup");
    expect(await lastText(p)).toContain("第 1/7 步");
    expect(await lastText(p)).toContain("例如：王丽");
    const draft = await storedDraft(p);
    expect(draft?.consentV).toBe("2026-1");
    expect(Number(draft?.consentAt)).toBeGreaterThan(Date.now() - 60_000);

    await say(p, "王丽");
    expect(await lastText(p)).toContain("第 2/7 步");
    const phonePrompt = (await chatLog(p.id)).filter((m) => m.outgoing).at(-1);
    expect(JSON.stringify(phonePrompt)).toContain("request_contact");

    await say(p, "+86 138-1234-5678");
    const texts = await textsFor(p.id);
    expect(texts.at(-2)).toContain("138****5678");
    expect(texts.at(-1)).toContain("第 3/7 步");
    expect(await lastButtons(p)).toContain("sur:c:370700");

    await press(p, "sur:c:370700");
    expect(await lastText(p)).toContain("潍坊市");
    await press(p, "sur:d:370781");
    expect(await lastText(p)).toContain("第 4/7 步");
    await press(p, "su:c:stage:young");
    await say(p, "电商");
    expect(await lastText(p)).toContain("第 6/7 步");
    await press(p, "su:t:finance");
    await press(p, "su:t:legal");
    expect(await lastButtons(p)).toContain("✅ 1. 融资贷款");
    await press(p, "su:nd");
    await say(p, "我在寿光种大棚蔬菜，想开网店。");

    const review = await lastText(p);
    for (const part of [
      "王丽",
      "13812345678",
      "潍坊市 · 青州市",
      "经营不到一年",
      "电子商务",
      "融资贷款、法律咨询",
      "大棚蔬菜",
    ])
      expect(review).toContain(part);
    expect(await lastButtons(p)).toContain("su:e:phone");

    await press(p, "su:sub");
    const done = await lastText(p);
    expect(done).toContain("报名成功");
    expect(done).toContain("接下来");
    const ref = /JG-\d{4}-\d{6}/.exec(done)?.[0];
    expect(ref).toBeDefined();
    const app = await storedApplication(ref!);
    expect(app).toMatchObject({
      name: "王丽",
      phone: "13812345678",
      region: "370781",
      stage: "young",
      industry: "ecommerce",
      status: "received",
      locale: "zh-CN",
      consent_v: "2026-1",
    });
    expect(JSON.parse(app!.needs!)).toEqual(["finance", "legal"]);
    expect(await redis.hget(`jg:user:${p.id}`, "signup_open")).toBe(ref);
    expect(await storedDraft(p)).toBeUndefined();
    expect(await redis.zscore("jg:signups:received:370781", ref!)).not.toBeNull();
  });

  it("in English, every answer typed: names, numbers, +86 and a shared contact", async () => {
    const p = enUser();
    await say(p, "/start signup");
    expect(await lastText(p)).toContain("Who sees it");
    await press(p, "su:ok:signup");
    await say(p, "Mary Wang");
    // Her own contact through the request_contact button.
    await say(p, "", { contact: { phone_number: "8613912345678" } });
    expect((await textsFor(p.id)).at(-2)).toContain("139****5678");
    await say(p, "Dongying");
    expect(await lastText(p)).toContain("Dongying");
    await say(p, "Guangrao");
    expect(await lastText(p)).toContain("Step 4/7");
    await say(p, "3");
    await say(p, "homemaking");
    await say(p, "marketing, skills");
    await say(p, "I run a small cleaning company.");
    const review = await lastText(p);
    expect(review).toContain("Please check");
    for (const part of [
      "Mary Wang",
      "13912345678",
      "Guangrao County",
      "Running a year or more",
      "Homemaking services",
      "Marketing and sales, Skills training",
    ])
      expect(review).toContain(part);
    await say(p, "submit");
    expect(await lastText(p)).toContain("Application received!");
    expect(await lastText(p)).toContain("What happens next");
    const ref = /JG-\d{4}-\d{6}/.exec(await lastText(p))![0];
    expect(await storedApplication(ref)).toMatchObject({ locale: "en", region: "370523", source: "signup" });
  });
});

// Each person stays under the per-user rate limit (20 updates in 10 s), as a real person does.
describe("validation", () => {
  const expectError = async (p: Person, text: string, message: string, step: number) => {
    await say(p, text);
    const texts = await textsFor(p.id);
    expect(texts.at(-2)).toContain(message);
    expect(texts.at(-1)).toContain(`第 ${step}/7 步`);
  };

  it("names and phone numbers: a specific message and the same question again", async () => {
    const p = zhUser();
    await startForm(d, p, 0);
    await expectError(p, "王".repeat(31), "姓名最多 30 个字（您输入了 31 个字）", 1);
    await expectError(p, "王丽13812345678", "姓名里不能有数字", 1);
    await say(p, "王丽");
    await expectError(p, "我没有手机", "手机号只能包含数字", 2);
    await expectError(p, "+1 415 555 0100", "只支持中国大陆手机号", 2);
    await expectError(p, "1381234567", "手机号应为11位数字，例如 13812345678（您输入了 10 位）", 2);
    await expectError(p, "12812345678", "手机号应以 13–19 开头", 2);
    // A contact card of someone else is refused; her own is accepted.
    await say(p, "", { contact: { phone_number: "+8613900001111", user_id: p.id + 1 } });
    expect((await textsFor(p.id)).at(-2)).toContain("您自己");
    await say(p, "", { contact: { phone_number: "+14155550100" } });
    expect((await textsFor(p.id)).at(-2)).toContain("不是中国大陆手机号");
    await say(p, "138 1234 5678");
    expect(await lastText(p)).toContain("第 3/7 步");
    expect((await storedDraft(p))?.a).toEqual({ name: "王丽", phone: "13812345678" });
  });

  it("choices, region and description: a specific message, and nothing answered is lost", async () => {
    const p = zhUser();
    await startForm(d, p, 2);
    await expectError(p, "北京", "没有找到“北京”", 3);
    await say(p, "青州");
    await expectError(p, "9", "请点按钮，或输入 1–3 的编号", 4);
    await say(p, "刚起步");
    await expectError(p, "开飞机", "请点按钮，或输入 1–7 的编号", 5);
    await say(p, "7");
    await expectError(p, "1 9", "没看懂“9”", 6);
    await press(p, "su:nd");
    await say(p, "2");
    await expectError(p, "好".repeat(501), "简介最多 500 字，您写了 501 字", 7);
    await say(p, "", { photo: true });
    expect((await textsFor(p.id)).at(-2)).toContain("请直接打字回答");
    await say(p, "做手工。");
    // Nothing already answered was lost.
    const draft = await storedDraft(p);
    expect(draft?.a).toEqual({
      name: "王丽",
      phone: "13812345678",
      region: "370781",
      stage: "young",
      industry: "other",
      needs: ["marketing"],
      about: "做手工。",
    });
    expect(draft?.step).toBe("review");
  });

  it("takes a choice step's answer in her own words for a wrong answer, not a question; a question still gets the FAQ", async () => {
    const p = zhUser();
    await startForm(d, p, 2);
    await say(p, "青州");
    await say(p, "刚起步");
    // Her business told in a sentence that mentions her husband: before, the FAQ answered it (start-up
    // training) and the step came again with nothing said about her answer.
    await expectError(p, "我和老公一起在寿光种大棚蔬菜，他负责开车送货，我想学着在网上卖菜", "请点按钮", 5);
    await say(p, "贷款利息谁来出？");
    const texts = await textsFor(p.id);
    expect(texts.at(-2)).toContain("贴息");
    expect(texts.at(-1)).toContain("第 5/7 步");
    const en = enUser();
    await startForm(d, en, 2);
    await say(en, "Qingzhou");
    await say(en, "1");
    await say(en, "My husband and I run a small noodle shop; he cooks and I want to learn online marketing");
    const enTexts = await textsFor(en.id);
    expect(enTexts.at(-2)).toMatch(/Tap a button/i);
    expect(enTexts.at(-1)).toContain("Step 5/7");
  });

  it("says so in English for an English speaker", async () => {
    const p = enUser();
    await startForm(d, p, 0);
    await say(p, "Lan");
    await say(p, "138123");
    expect((await textsFor(p.id)).at(-2)).toContain(
      "A mobile number has 11 digits, for example 13812345678 (you typed 6)",
    );
  });
});
