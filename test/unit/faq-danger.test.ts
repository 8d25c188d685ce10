// The safety rule (src/faq/danger.ts) as a table: what it must catch, what it must let pass.
import { describe, expect, it } from "vitest";
import { describesDanger } from "../../src/faq/danger.ts";
import { bundledFaq, getFaqIndex } from "../../src/faq/kb.ts";
import { MUST_CATCH, MUST_NOT } from "../faq/danger-table.ts";

describe("danger rule", () => {
  it.each(MUST_CATCH)("catches [%s] %s", (_locale, text) => {
    expect(describesDanger(text)).toBe(true);
  });

  it.each(MUST_NOT)("lets pass [%s] %s", (_locale, text) => {
    expect(describesDanger(text)).toBe(false);
  });

  it("answers every description of danger with the domestic-violence entry, never an offer or no answer", () => {
    for (const [locale, text] of MUST_CATCH) {
      const r = getFaqIndex(locale).query(text);
      expect(r, text).toMatchObject({ confidence: "high", best: { id: "domestic-violence" } });
    }
  });

  it("answers no trap with the domestic-violence entry, nor offers it first", () => {
    for (const [locale, text] of MUST_NOT) {
      expect(getFaqIndex(locale).query(text).best?.id, text).not.toBe("domestic-violence");
    }
  });
});

describe("the domestic-violence answer", () => {
  it.each([
    ["zh-CN", ["110", "12338", "人身安全保护令"], "2016年3月1日"],
    ["en", ["110", "12338", "protection order"], "1 March 2016"],
  ] as const)(
    "[%s] puts 110 first, then 12338 and the protection order, under the 2016 law",
    (locale, order, since) => {
      const entry = bundledFaq(locale).find((e) => e.id === "domestic-violence")!;
      const at = order.map((word) => entry.answer.indexOf(word));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(entry.answer).toContain(since);
      expect(entry.source).toMatchObject({ kind: "policy", year: 2016 });
    },
  );
});
