import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n.ts";
import { applicationsCsv, csvCell } from "../../src/signup/csv.ts";
import { newDraft } from "../../src/signup/draft.ts";
import { scopeKeys } from "../../src/signup/listing.ts";
import { applyAnswer, choiceOptions, goBack, interpretText, startEdit } from "../../src/signup/machine.ts";
import { suggestMentors } from "../../src/signup/mentor-suggest.ts";
import type { Mentor } from "../../src/signup/mentors.ts";
import type { Application } from "../../src/signup/record.ts";
import { formatRef } from "../../src/signup/record.ts";
import { namedEdit } from "../../src/signup/review-edit.ts";
import { asksOutright, maskPhone, mayBeQuestion, parseName, parsePhone } from "../../src/signup/validate.ts";
import { matchChoice, matchMany } from "../../src/text/choices.ts";

const read = (f: string) => readFileSync(join(import.meta.dirname, "../../locales", f), "utf8");
const i18n = createI18n({ "zh-CN": read("zh-CN.ftl"), en: read("en.ftl") });

describe("phone numbers", () => {
  it("accepts mainland mobiles with spaces, dashes, brackets, +86, 0086 and full-width digits", () => {
    for (const text of [
      "13812345678",
      "138 1234 5678",
      "138-1234-5678",
      "+86 138 1234 5678",
      "0086 13812345678",
      "8613812345678",
      "(+86)138-1234-5678",
      "１３８１２３４５６７８",
      "13812345678。",
      "138.1234.5678",
      "手机：138 1234 5678",
      "我的手机号是13812345678",
    ])
      expect(parsePhone(text)).toEqual({ ok: true, value: "13812345678" });
  });

  it("names the problem: characters, country, length, prefix", () => {
    expect(parsePhone("abc")).toMatchObject({ ok: false, error: "signup-error-phone-chars" });
    expect(parsePhone("+1 415 555 0100")).toMatchObject({ ok: false, error: "signup-error-phone-country" });
    expect(parsePhone("1381234567")).toMatchObject({
      error: "signup-error-phone-length",
      args: { length: 10 },
    });
    expect(parsePhone("12812345678")).toMatchObject({ error: "signup-error-phone-prefix" });
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
});

describe("names and questions", () => {
  it("takes 1–30 characters without digits, counting a rare Han character as one", () => {
    expect(parseName("  王  丽 ")).toEqual({ ok: true, value: "王 丽" });
    expect(parseName("𠀋".repeat(30))).toMatchObject({ ok: true });
    expect(parseName("王".repeat(31))).toMatchObject({ error: "signup-error-name-long" });
    expect(parseName("王丽138")).toMatchObject({ error: "signup-error-name-digits" });
    for (const text of ["👍", "。。。", "-", "好的", "OK.", "嗯嗯"])
      expect(parseName(text), text).toMatchObject({ error: "signup-error-name-letters" });
    for (const text of ["王丽🌸", "Li Na", "阿芳"]) expect(parseName(text), text).toMatchObject({ ok: true });
  });

  it("never takes a number for a question", () => {
    expect(mayBeQuestion("138123")).toBe(false);
    expect(mayBeQuestion("春蕾计划")).toBe(true);
    expect(mayBeQuestion("贷款能贷20万吗？")).toBe(true);
  });

  it("tells a question asked outright from a description that mentions one", () => {
    for (const q of [
      "创业担保贷款怎么申请？",
      "能贷多少吗",
      "请问春蕾计划找谁",
      "How do I apply",
      "is there a loan?",
    ])
      expect(asksOutright(q), q).toBe(true);
    for (const s of ["想学怎么做直播带货。", "不知道怎么申请贷款", "I want to learn how to sell online"])
      expect(asksOutright(s), s).toBe(false);
  });
});

describe("typed choices", () => {
  const industries = choiceOptions(i18n, "industry");
  it("match by number, label in either language, or a word people use", () => {
    expect(matchChoice("3", industries)).toEqual({ kind: "one", id: "ecommerce" });
    expect(matchChoice("第3个", industries)).toEqual({ kind: "one", id: "ecommerce" });
    expect(matchChoice("E-commerce", industries)).toEqual({ kind: "one", id: "ecommerce" });
    expect(matchChoice("我开网店", industries)).toEqual({ kind: "one", id: "ecommerce" });
    expect(matchChoice("9", industries)).toEqual({ kind: "none" });
    expect(matchMany("融资、法律", choiceOptions(i18n, "needs"))).toEqual({
      ok: true,
      ids: ["finance", "legal"],
    });
    expect(matchMany("marketing and skills", choiceOptions(i18n, "needs"))).toEqual({
      ok: true,
      ids: ["marketing", "skills"],
    });
  });
});

describe("choices typed as people say them (qa-live)", () => {
  const stages = choiceOptions(i18n, "stage");
  const industries = choiceOptions(i18n, "industry");
  const needs = choiceOptions(i18n, "needs");
  it("read ordinals in English and Chinese around the number", () => {
    for (const t of ["the second one", "2nd", "second", "option 2", "选第二个", "第两个", "two"])
      expect(matchChoice(t, stages), t).toEqual({ kind: "one", id: "young" });
    expect(matchChoice("the third", stages)).toEqual({ kind: "one", id: "established" });
    expect(matchChoice("none", stages)).toEqual({ kind: "none" });
  });

  it("take « all of them » on a multi-select and selling online as e-commerce", () => {
    for (const t of ["all of them", "都要", "全部"])
      expect(matchMany(t, needs), t).toEqual({ ok: true, ids: needs.map((o) => o.id) });
    expect(matchChoice("I sell clothes online", industries)).toEqual({ kind: "one", id: "ecommerce" });
    expect(matchChoice("在网上卖衣服", industries)).toEqual({ kind: "one", id: "ecommerce" });
  });
});

describe("an answer named on the review (qa-live)", () => {
  it("reads the Edit buttons' words and everyday names of an answer", () => {
    expect(namedEdit(i18n, "修改手机号")).toBe("phone");
    expect(namedEdit(i18n, "✏️ 修改城市和区县")).toBe("region");
    expect(namedEdit(i18n, "电话写错了")).toBe("phone");
    expect(namedEdit(i18n, "改一下名字")).toBe("name");
    expect(namedEdit(i18n, "Edit Mobile number")).toBe("phone");
    expect(namedEdit(i18n, "change my city")).toBe("region");
    expect(namedEdit(i18n, "行业")).toBe("industry");
  });

  it("leaves questions and other words alone", () => {
    for (const t of ["好的", "贷款业务怎么办理", "I want a loan", "修改", ""])
      expect(namedEdit(i18n, t), t).toBeNull();
  });
});

describe("the state machine", () => {
  const draft = {
    ...newDraft(0, "zh-CN"),
    step: "region" as const,
    a: { name: "王丽", phone: "13812345678" },
  };
  it("resolves a typed city, then a district of it, or a district of anywhere", () => {
    expect(interpretText(i18n, draft, "潍坊")).toEqual({ kind: "city", city: "370700" });
    expect(interpretText(i18n, { ...draft, city: "370700" }, "7")).toEqual({
      kind: "value",
      answers: { region: "370781" },
    });
    expect(interpretText(i18n, draft, "广饶县")).toEqual({ kind: "value", answers: { region: "370523" } });
    expect(interpretText(i18n, draft, "北京")).toMatchObject({ kind: "error", error: "signup-error-region" });
  });

  it("moves on to the first open question, returns to the review after an edit, and steps back", () => {
    const next = applyAnswer(draft, { region: "370781" }, 1);
    expect(next.step).toBe("stage");
    expect(next.city).toBeUndefined();
    const full = {
      ...draft,
      step: "review" as const,
      a: {
        ...draft.a,
        region: "370781",
        stage: "idea" as const,
        industry: "retail" as const,
        needs: ["legal" as const],
        about: "x",
      },
    };
    const editing = startEdit(full, "phone", 2);
    expect(applyAnswer(editing, { phone: "13900001111" }, 3).step).toBe("review");
    expect(goBack(editing, 4)?.step).toBe("review");
    expect(goBack({ ...full, step: "stage" }, 4)?.step).toBe("region");
    expect(goBack({ ...full, step: "name" }, 4)).toBeNull();
  });
});

describe("staff helpers", () => {
  it("reads a city's county zsets for city staff and the global ones for admins", () => {
    expect(scopeKeys({ role: "admin", region: null }, ["received"])).toEqual(["jg:signups:received"]);
    const city = scopeKeys({ role: "staff", region: "370700" }, ["received"]);
    expect(city).toContain("jg:signups:received:370781");
    expect(city.every((k) => k.startsWith("jg:signups:received:3707"))).toBe(true);
  });

  const mentor = (id: string, region: string, industries: Mentor["industries"], active = true): Mentor => ({
    id,
    name: id,
    region,
    industries,
    contact: "x",
    active,
    created: 0,
    updated: 0,
  });
  it("suggests active mentors of her city: matching industry, same district, specialists first", () => {
    const list = suggestMentors(
      [
        mentor("other-city", "370523", ["ecommerce"]),
        mentor("no-match", "370781", ["farming"]),
        mentor("generalist", "370783", ["ecommerce", "retail", "farming"]),
        mentor("specialist", "370783", ["ecommerce"]),
        mentor("same-district", "370781", ["ecommerce", "retail"]),
        mentor("inactive", "370781", ["ecommerce"], false),
      ],
      { region: "370781", industry: "ecommerce" },
    );
    expect(list.map((s) => s.mentor.id)).toEqual(["same-district", "specialist", "generalist", "no-match"]);
  });

  it("writes CSV with a BOM, Chinese headers, masked phones and defused formulas", () => {
    const app: Application = {
      ref: formatRef(2026, 123),
      user: 1,
      locale: "en",
      name: '=HYPERLINK("x")',
      phone: "13812345678",
      region: "370781",
      stage: "idea",
      industry: "retail",
      needs: ["finance", "legal"],
      about: "line one\nline, two",
      status: "received",
      created: 0,
      updated: 0,
      consent_v: "2026-1",
      consent_at: 0,
    };
    const csv = applicationsCsv(i18n, [app], { fullPhones: false, timeZone: "Asia/Shanghai" });
    expect(csv.startsWith("\uFEFF报名编号,状态,提交时间,姓名,手机号")).toBe(true);
    expect(csv).toContain("JG-2026-000123,已收到");
    expect(csv).toContain("138****5678");
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"line one\nline, two"');
    expect(csvCell("-1")).toBe("'-1");
  });
});
