// What the answers say: national rules as the answer; the newsletters' local figures (Jining
// 2011, Weifang and Guangrao 2009, Jinan's Tianqiao district) only as dated examples, never as
// the way things are where she lives; in English, Jining (济宁) and Jinan (济南) kept apart.
import { describe, expect, it } from "vitest";
import { bundledFaq } from "../../src/faq/kb.ts";
import type { FaqLocale } from "../../src/faq/types.ts";

const PLACES: Record<FaqLocale, RegExp> = {
  "zh-CN": /济宁|济南|潍坊|广饶|天桥|康桥|鸢都/,
  en: /Jining|Jinan|Weifang|Guangrao|Tianqiao|Kangqiao|Yuandu/,
};
const SENTENCE: Record<FaqLocale, RegExp> = { "zh-CN": /[。；]/, en: /(?<=[.;])\s+/ };
const YEAR = /(?:19|20)\d\d/;
const answer = (locale: FaqLocale, id: string) => bundledFaq(locale).find((e) => e.id === id)!.answer;

describe("local figures in the answers", () => {
  it.each(["zh-CN", "en"] as const)("[%s] name a place only in a dated example", (locale) => {
    for (const entry of bundledFaq(locale)) {
      for (const sentence of entry.answer.split(SENTENCE[locale])) {
        if (PLACES[locale].test(sentence)) expect(sentence, entry.id).toMatch(YEAR);
      }
    }
  });

  it("[en] write Jining and Jinan with their characters, so the two cities never blur", () => {
    for (const entry of bundledFaq("en")) {
      if (/Jining/.test(entry.answer)) expect(entry.answer, entry.id).toContain("Jining (济宁");
      if (/Jinan/.test(entry.answer)) expect(entry.answer, entry.id).toContain("Jinan (济南");
    }
  });

  it("answer 12338 and Spring Bud with what holds everywhere, before any example", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      for (const id of ["hotline-12338", "spring-bud", "job-fairs", "student-aid"]) {
        const first = answer(locale, id).split(SENTENCE[locale])[0]!;
        expect(first, `${locale} ${id}`).not.toMatch(PLACES[locale]);
      }
    }
    expect(answer("en", "hotline-12338")).not.toMatch(/In Jining, women lawyers/);
    expect(answer("zh-CN", "hotline-12338")).not.toMatch(/^[^。]*在济宁/);
  });
});
