import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../src/faq/index.ts";
import { bundledFaq } from "../../src/faq/kb.ts";
import { questionHash } from "../../src/faq/misses.ts";
import { normalizeQuestion } from "../../src/faq/normalize.ts";
import { mergeOverrides } from "../../src/faq/overrides.ts";
import { entrySchema } from "../../src/faq/schema.ts";
import {
  answerProblem,
  isoDate,
  newEntryId,
  newEntryOverride,
  parseSource,
  withAnswer,
  withPhrasing,
} from "../../src/faq/staff-entry.ts";

describe("entries written by staff", () => {
  it("reads a typed source: the last year is the year; newsletters and yearbooks are seeds", () => {
    expect(parseSource("《济宁年鉴》济宁市妇联条目 2011")).toEqual({
      kind: "seed",
      title: "《济宁年鉴》济宁市妇联条目",
      year: 2011,
    });
    expect(parseSource("财金〔2023〕75号 2023")).toEqual({
      kind: "policy",
      title: "财金〔2023〕75号",
      year: 2023,
    });
    expect(parseSource("Anti-Domestic Violence Law (2016)")).toMatchObject({
      title: "Anti-Domestic Violence Law",
      year: 2016,
    });
    expect(parseSource("县妇联通知，2024年")).toMatchObject({ title: "县妇联通知", year: 2024 });
    for (const bad of ["no year here", "2023", "  ", "1234 notice"]) expect(parseSource(bad), bad).toBeNull();
  });

  it("checks answer length in characters, not bytes", () => {
    expect(answerProblem("  ")).toEqual({ kind: "empty" });
    expect(answerProblem("贷".repeat(600))).toBeNull();
    expect(answerProblem("贷".repeat(601))).toEqual({ kind: "long", length: 601 });
  });

  it("builds a valid new entry that matches its question at once", () => {
    const now = Date.UTC(2026, 11, 1, 20, 0);
    const id = newEntryId(now);
    const written = {
      question: "两癌筛查怎么报名",
      answer: "请问当地妇联 <b>和</b> 卫生院。",
      source: { kind: "policy" as const, title: "县妇联通知", year: 2026 },
      followups: ["call12338" as const],
      reviewed: isoDate(now, "Asia/Shanghai"),
    };
    expect(written.reviewed).toBe("2026-12-02");
    const override = newEntryOverride(id, written);
    expect(entrySchema.safeParse(override.entry).success).toBe(true);
    const merged = mergeOverrides(bundledFaq("zh-CN"), [override]);
    expect(createFaqIndex(merged, "zh-CN").query("两癌筛查在哪报名").best?.id).toBe(id);
  });

  it("adds phrasings without repeats, into the entry itself for staff entries", () => {
    const first = withPhrasing(null, "loan-amount", "能借几个钱");
    expect(withPhrasing(first, "loan-amount", "能借几个钱")).toEqual({
      id: "loan-amount",
      addQuestions: ["能借几个钱"],
    });
    const staffEntry = newEntryOverride("s-1", {
      question: "a",
      answer: "b",
      source: { kind: "policy", title: "t", year: 2026 },
      followups: [],
      reviewed: "2026-12-01",
    });
    expect(withPhrasing(staffEntry, "s-1", "c").entry?.questions).toEqual(["a", "c"]);
    const edited = withAnswer(first, "loan-amount", {
      answer: " new ",
      source: { kind: "policy", title: "t", year: 2026 },
      followups: ["signup"],
      reviewed: "2026-12-01",
    });
    expect(edited).toMatchObject({ answer: "new", addQuestions: ["能借几个钱"], followups: ["signup"] });
  });
});

describe("miss log helpers", () => {
  it("masks landlines and e-mail addresses too", () => {
    expect(normalizeQuestion("打0537-2345678或者(010) 87654321")).toBe("打[phone]或者[phone]");
    expect(normalizeQuestion("mail me at li.hua+1@example.com.cn please")).toBe("mail me at [email] please");
  });

  it("hashes questions stably and short enough for callback data", () => {
    expect(questionHash("贷款的事")).toBe(questionHash("贷款的事"));
    expect(questionHash("贷款的事")).not.toBe(questionHash("贷款的是"));
    expect(questionHash("x".repeat(300)).length).toBeLessThanOrEqual(11);
  });
});
