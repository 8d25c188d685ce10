import { describe, expect, it } from "vitest";
import { createFaqIndex } from "../../src/faq/index.ts";
import { bundledFaq, getFaqIndex } from "../../src/faq/kb.ts";
import { mergeOverrides } from "../../src/faq/overrides.ts";
import type { FaqEntry, FaqLocale } from "../../src/faq/types.ts";

const best = (locale: FaqLocale, q: string) => getFaqIndex(locale).query(q).best?.id ?? null;
const inTop3 = (locale: FaqLocale, q: string) =>
  getFaqIndex(locale)
    .query(q)
    .candidates.map((c) => c.id);

describe("matching", () => {
  it("reads Chinese without spaces, including words the word segmenter would split", () => {
    expect(best("zh-CN", "小额担保贴息贷款怎么申请")).toBe("loan-apply");
    expect(best("zh-CN", "贴息贷款最多贷多少")).toBe("loan-amount");
    expect(best("zh-CN", "人身安全保护令去哪办")).toBe("domestic-violence");
    expect(best("zh-CN", "巾帼星火创业培训基地在哪")).toBe("startup-training");
  });

  it("maps colloquial words and synonyms onto the topic", () => {
    expect(best("zh-CN", "想借钱搞养殖")).toBe("loan-guaranteed");
    expect(best("zh-CN", "女娃上学没钱咋办")).toBe("spring-bud");
    expect(best("zh-CN", "他又打我了")).toBe("domestic-violence");
    expect(best("zh-CN", "老公动手怎么办")).toBe("domestic-violence");
    expect(best("zh-CN", "想找个活干")).toBe("job-fairs");
    expect(best("en", "my husband beats me")).toBe("domestic-violence");
  });

  it("forgives common typos and homophones", () => {
    expect(best("zh-CN", "春雷计划怎么申请")).toBe("spring-bud");
    expect(best("zh-CN", "贴细是什么意思")).toBe("loan-interest");
    expect(best("zh-CN", "担宝贷款是什么")).toBe("loan-guaranteed");
    expect(best("zh-CN", "家爆怎么办")).toBe("domestic-violence");
    expect(best("en", "domestic violance help")).toBe("domestic-violence");
    expect(best("en", "what are the requirments for the loan")).toBe("loan-eligibility");
  });

  it("stems English so inflected forms match", () => {
    expect(best("en", "volunteering opportunities")).toBe("volunteer");
    expect(best("en", "I was dismissed for being pregnant")).toBe("maternity-rights");
    expect(best("en", "mentoring for businesswomen starting out")).toBe("mentor-corps");
  });

  it("understands mixed-language questions in either index", () => {
    expect(best("en", "my 老公 打我")).toBe("domestic-violence");
    expect(best("en", "how to apply for 春蕾计划")).toBe("spring-bud");
    expect(best("zh-CN", "12338 是什么")).toBe("hotline-12338");
    expect(best("zh-CN", "chunlei 计划怎么捐款")).toBe("spring-bud");
  });

  it("answers off-topic questions with confidence none and no best match", () => {
    for (const q of ["今天天气怎么样", "红烧肉怎么做", "哪只股票会涨", "帮我做数学作业", "今晚足球谁赢"]) {
      expect(getFaqIndex("zh-CN").query(q), q).toMatchObject({ best: null, confidence: "none" });
    }
    for (const q of ["weather tomorrow in Jinan", "best stocks to buy", "who is the most famous singer"]) {
      expect(getFaqIndex("en").query(q), q).toMatchObject({ best: null, confidence: "none" });
    }
  });

  it("is confident on a clear question and offers at most three candidates", () => {
    const r = getFaqIndex("zh-CN").query("老公喝了酒就打我怎么办");
    expect(r.confidence).toBe("high");
    expect(r.candidates.length).toBeLessThanOrEqual(3);
    expect(r.candidates[0]).toEqual(r.best);
    expect(inTop3("zh-CN", "贷款")).toContain("loan-guaranteed");
  });

  it("handles empty, emoji-only and very long messages", () => {
    expect(getFaqIndex("zh-CN").query("")).toEqual({ best: null, candidates: [], confidence: "none" });
    expect(getFaqIndex("zh-CN").query("😀😀👍")).toEqual({ best: null, candidates: [], confidence: "none" });
    const long = `老公打我怎么办${"。".repeat(3000)}${"股票".repeat(2000)}`;
    expect(getFaqIndex("zh-CN").query(long).best?.id).toBe("domestic-violence");
  });
});

describe("overrides", () => {
  const entries = bundledFaq("zh-CN");
  const miss = "娘家人帮我要回彩礼";

  it("adds staff phrasings so a logged miss starts matching", () => {
    const merged = mergeOverrides(entries, [{ id: "hotline-12338", addQuestions: [miss, miss] }]);
    expect(createFaqIndex(merged, "zh-CN").query(miss).best?.id).toBe("hotline-12338");
    expect(merged.find((e) => e.id === "hotline-12338")?.questions.filter((q) => q === miss)).toHaveLength(1);
  });

  it("replaces answers, adds and hides entries without touching the bundled ones", () => {
    const before = JSON.stringify(entries);
    const extra: FaqEntry = {
      id: "cancer-screening",
      questions: ["两癌筛查怎么报名"],
      answer: "请问当地妇联。",
      followups: [],
      source: { kind: "policy", title: "staff", year: 2026 },
      reviewed: "2026-11-22",
    };
    const merged = mergeOverrides(entries, [
      { id: "loan-amount", answer: "新答案" },
      { id: "cancer-screening", entry: extra },
      { id: "family-awards", disabled: true },
      { id: "no-such-id", answer: "ignored" },
    ]);
    expect(merged.find((e) => e.id === "loan-amount")?.answer).toBe("新答案");
    expect(merged.map((e) => e.id)).toContain("cancer-screening");
    expect(merged.map((e) => e.id)).not.toContain("family-awards");
    expect(merged.map((e) => e.id)).not.toContain("no-such-id");
    expect(createFaqIndex(merged, "zh-CN").query("两癌筛查在哪报名").best?.id).toBe("cancer-screening");
    expect(JSON.stringify(entries)).toBe(before);
  });
});
