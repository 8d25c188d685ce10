import { describe, expect, it } from "vitest";
import { classifyText } from "../../src/faq/classify.ts";
import { bundledFaq } from "../../src/faq/kb.ts";
import lexicon from "../../src/faq/lexicon.json" with { type: "json" };
import { lexiconStems } from "../../src/faq/lexicon-compile.ts";
import stems from "../../src/faq/lexicon-stems.json" with { type: "json" };
import { normalizeForMatch, normalizeQuestion } from "../../src/faq/normalize.ts";
import { stem } from "../../src/faq/stem.ts";
import terms from "../../src/faq/terms.json" with { type: "json" };
import { bundledTerms, entryTerms } from "../../src/faq/terms.ts";
import type { FaqLocale } from "../../src/faq/types.ts";
import { entryProblems } from "../../src/faq/validate.ts";

const REQUIRED = [
  "loan-guaranteed",
  "loan-eligibility",
  "loan-apply",
  "loan-documents",
  "loan-amount",
  "loan-interest",
  "credit-boost",
  "spring-bud",
  "student-aid",
  "hotline-12338",
  "domestic-violence",
  "homemaking",
  "startup-training",
  "mentor-corps",
  "job-fairs",
  "graduate-base",
  "womens-home",
  "rights-station",
];
const LOCALES: FaqLocale[] = ["zh-CN", "en"];

const answer = (locale: FaqLocale, id: string) => bundledFaq(locale).find((e) => e.id === id)?.answer ?? "";

describe("knowledge base", () => {
  it("has the same ids in the same order in both locales, including every required topic", () => {
    const ids = bundledFaq("zh-CN").map((e) => e.id);
    expect(bundledFaq("en").map((e) => e.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
  });

  it.each(LOCALES)(
    "%s entries are valid: 6-15 phrasings, short safe answers, sources, review dates",
    (locale) => {
      for (const entry of bundledFaq(locale)) {
        expect(entryProblems(entry, { minQuestions: 6 }), entry.id).toEqual([]);
        expect(entry.questions.length, entry.id).toBeLessThanOrEqual(15);
        expect(entry.answer, entry.id).not.toMatch(/[<>]/);
        // Reviewed by a person: the knowledge base on 2026-12-01, entries rewritten since on their day.
        expect(["2026-12-01", "2026-12-07"], entry.id).toContain(entry.reviewed);
      }
    },
  );

  it("states the facts the issue names, in both locales", () => {
    expect(answer("zh-CN", "loan-amount")).toMatch(/最高30万元[\s\S]*最长3年/);
    expect(answer("zh-CN", "loan-amount")).toContain("财金〔2023〕75号");
    expect(answer("en", "loan-amount")).toMatch(/300,000 yuan[\s\S]*3 years/);
    for (const locale of LOCALES) {
      expect(answer(locale, "loan-amount")).toMatch(/各地|differ by place/);
      for (const id of ["loan-guaranteed", "loan-interest"]) expect(answer(locale, id)).toMatch(/贴息/);
      expect(answer(locale, "loan-documents")).toMatch(/身份证[\s\S]*户口本[\s\S]*营业执照/);
      expect(answer(locale, "loan-interest")).toMatch(/征信|credit record/);
      expect(answer(locale, "spring-bud")).toMatch(/捐|donate/);
      expect(answer(locale, "job-fairs")).toMatch(/\/subscribe[\s\S]*\/fairs/);
      expect(answer(locale, "startup-training")).toMatch(/电商|e-commerce/);
    }
    for (const fact of ["初审", "项目规模", "经营情况", "发展前景", "信誉", "担保机构", "银行"]) {
      expect(answer("zh-CN", "loan-apply")).toContain(fact);
    }
    expect(answer("en", "loan-apply")).toMatch(/scale[\s\S]*runs[\s\S]*prospects[\s\S]*credit/);
    expect(answer("zh-CN", "hotline-12338")).toMatch(/女律师[\s\S]*心理咨询师轮流/);
    expect(answer("en", "hotline-12338")).toMatch(/women lawyers and women counsellors take turns/);
    for (const fact of ["110", "12338", "人身安全保护令", "反家庭暴力法", "维权服务站"]) {
      expect(answer("zh-CN", "domestic-violence")).toContain(fact);
    }
    // 110 first, then 12338 and the protection order (test/unit/faq-danger.test.ts checks the order).
    expect(answer("en", "domestic-violence")).toMatch(
      /110[\s\S]*12338[\s\S]*rights station[\s\S]*protection order/,
    );
    expect(answer("zh-CN", "homemaking")).toContain("培训—派遣—上岗—跟踪服务");
    expect(answer("zh-CN", "job-fairs")).toMatch(/\/subscribe[\s\S]*\/fairs/);
    expect(answer("en", "mentor-corps")).toContain("/signup");
    expect(answer("zh-CN", "credit-boost")).toMatch(/银行[\s\S]*518\.3万元[\s\S]*7660\.9万元/);
    expect(answer("zh-CN", "spring-bud")).toMatch(/37\.05万元[\s\S]*1254名/);
    expect(answer("en", "student-aid")).toMatch(/250,000 yuan[\s\S]*125/);
    for (const locale of LOCALES) expect(answer(locale, "loan-eligibility")).toMatch(/信用|credit/);
  });

  it("ships the stems of the current lexicon (else run: npm exec -- node dev/faq-lexicon.ts)", () => {
    expect(lexiconStems(lexicon)).toEqual(stems);
  });

  it("ships the terms of the bundled entries under the current lexicon (else run: npm exec -- node dev/faq-lexicon.ts)", () => {
    expect(bundledTerms()).toEqual(terms);
  });

  it("reads an entry's stored terms only while it is the bundled entry itself", () => {
    const bundled = bundledFaq("zh-CN")[0]!;
    expect(entryTerms(bundled, "zh-CN").questions.length).toBe(bundled.questions.length);
    // A staff edit is analysed: its new phrasing has terms of its own, not a stored line's.
    const edited = { ...bundled, questions: ["两癌筛查在哪报名"] };
    expect(entryTerms(edited, "zh-CN").questions).toEqual([expect.arrayContaining(["z:两癌", "z:筛查"])]);
  });

  it("keeps lexicon forms pre-normalised, as the dictionary build assumes", () => {
    const forms = [...Object.values(lexicon.concepts).flat(), ...lexicon.stop.zh, ...lexicon.stop.en];
    for (const f of forms) expect(f).toMatch(/^(?:\p{Script=Han}+|[a-z0-9]+(?: [a-z0-9]+)*)$/u);
  });
});

describe("normalisation and message classes", () => {
  it("folds full width, lowercases, drops punctuation and emoji, cuts to 1,000 characters", () => {
    expect(normalizeForMatch("ＨＥＬＬＯ，１２３３８！😀　春蕾👍🏽")).toBe("hello 12338 春蕾");
    expect(normalizeForMatch("贷".repeat(5000))).toHaveLength(1000);
  });

  it("masks mobile and ID numbers in logged questions", () => {
    expect(normalizeQuestion("我电话13812345678，帮我查贷款")).toBe("我电话[phone] 帮我查贷款");
    expect(normalizeQuestion("call +86 138-1234-5678 pls")).toBe("call [phone] pls");
    expect(normalizeQuestion("手机 138 1234 5678")).toBe("手机 [phone]");
    expect(normalizeQuestion("身份证37030219900101123X怎么办")).toBe("身份证[id]怎么办");
    expect(normalizeQuestion("卡号6222021234567890123")).toBe("卡号[number]");
    expect(normalizeQuestion("12338 能打吗？贷款20万")).toBe("12338 能打吗 贷款20万");
  });

  it("tells greetings, thanks and 'who are you' from questions, in either language", () => {
    for (const g of [
      "你好",
      "您好！",
      "在吗？",
      "早上好",
      "hi",
      "Hello there",
      "good morning 😊",
      "你好，小助手",
    ])
      expect(classifyText(g), g).toBe("greeting");
    for (const t of ["谢谢", "谢谢您！", "thanks a lot", "Thank you so much"])
      expect(classifyText(t), t).toBe("thanks");
    for (const a of ["你是谁", "你能做什么？", "what can you do", "菜单"])
      expect(classifyText(a), a).toBe("about");
    for (const e of ["🙂", "👍👍", "？？？", "  ", "……"]) expect(classifyText(e), e).toBe("empty");
    for (const q of [
      "你好，我想问贷款",
      "hi, how do I apply for a loan",
      "this",
      "谢谢，贷款怎么还",
      "help me get a loan",
    ])
      expect(classifyText(q), q).toBe("question");
    expect(classifyText(`你好${"我想问一下创业担保贷款".repeat(5)}`)).toBe("question");
  });
});

describe("stemmer", () => {
  it("reduces inflections the way Porter does", () => {
    const cases: [string, string][] = [
      ["caresses", "caress"],
      ["ponies", "poni"],
      ["loans", "loan"],
      ["agreed", "agre"],
      ["hopping", "hop"],
      ["filing", "file"],
      ["relational", "relat"],
      ["training", "train"],
      ["subsidised", "subsidis"],
      ["eligibility", "elig"],
    ];
    for (const [word, expected] of cases) expect(stem(word), word).toBe(expected);
    expect(stem("abused")).toBe(stem("abuse"));
  });
});
