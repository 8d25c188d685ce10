// Did-you-mean labels: each entry's short title; a text cut to fit ends at a word boundary with "…".
import { describe, expect, it } from "vitest";
import { bundledFaq, getFaqIndex } from "../../src/faq/kb.ts";
import { entryLabel, fitLabel, LABEL_CHARS } from "../../src/faq/label.ts";
import type { FaqEntry, FaqLocale } from "../../src/faq/types.ts";

const LOCALES: FaqLocale[] = ["zh-CN", "en"];

describe("did-you-mean labels", () => {
  it.each(LOCALES)("[%s] every entry has a short title, used whole as its label", (locale) => {
    const titles = new Set<string>();
    for (const entry of bundledFaq(locale)) {
      expect(entry.title, entry.id).toBeTruthy();
      expect([...entry.title!].length, entry.id).toBeLessThanOrEqual(locale === "en" ? 32 : 12);
      expect(entryLabel(entry)).toBe(entry.title);
      titles.add(entry.title!);
    }
    expect(titles.size).toBe(bundledFaq(locale).length);
  });

  it("offers short, whole titles for « How do I get a startup loan as a woman », the how-to-apply entry first", () => {
    const index = getFaqIndex("en");
    const r = index.query("How do I get a startup loan as a woman");
    expect(r.candidates[0]?.id).toBe("loan-apply");
    for (const c of r.candidates) {
      const label = entryLabel(index.entry(c.id)!);
      expect(label).not.toMatch(/…$/);
      expect([...label].length).toBeLessThanOrEqual(32);
    }
  });

  it("cuts a long English text at a word boundary and marks the cut", () => {
    const label = fitLabel(
      "Can I apply for the guaranteed start-up loan if my household register is elsewhere?",
    );
    expect([...label].length).toBeLessThanOrEqual(LABEL_CHARS);
    expect(label).toMatch(/…$/);
    const kept = label.slice(0, -1);
    expect("Can I apply for the guaranteed start-up loan if my household register is elsewhere?").toMatch(
      new RegExp(`^${kept.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s,]`),
    );
  });

  it("cuts a long Chinese text between words, never inside one, and marks the cut", () => {
    const text = "我想问一下创业担保贷款的贴息政策在我们县具体怎么执行以及需要准备哪些证明材料和担保人";
    const label = fitLabel(text, 16);
    expect(label).toMatch(/…$/);
    expect([...label].length).toBeLessThanOrEqual(16);
    const kept = label.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // The cut never splits a word: the next characters do not continue the last word kept.
    for (const word of ["担保", "贷款", "贴息", "政策", "执行", "准备", "证明", "材料"]) {
      const at = text.indexOf(word);
      expect(kept.length <= at || kept.length >= at + word.length, word).toBe(true);
    }
  });

  it("leaves a label that fits as it is, and a staff entry without a title falls back to its first phrasing", () => {
    expect(fitLabel("两癌筛查怎么报名")).toBe("两癌筛查怎么报名");
    const staff: FaqEntry = {
      id: "s-abc",
      questions: ["Where can women get free breast and cervical cancer screening in the county this year?"],
      answer: "Ask your county federation.",
      followups: [],
      source: { kind: "policy", title: "staff", year: 2026 },
      reviewed: "2026-12-07",
    };
    const label = entryLabel(staff);
    expect(label).toMatch(/…$/);
    expect(staff.questions[0]!.startsWith(label.slice(0, -1))).toBe(true);
    expect(staff.questions[0]![label.length - 1]).toMatch(/[\s,]/);
  });
});
