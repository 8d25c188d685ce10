// What the misses log keeps out: messages that are obviously not questions.
import { describe, expect, it } from "vitest";
import { notAQuestion } from "../../src/faq/noise.ts";

describe("not a question", () => {
  it.each([
    "孙丽",
    "王秀英",
    "欧阳娜娜",
    "我叫孙丽",
    "Mary Smith",
    "Li Na",
    "好的 同意",
    "好的，同意！",
    "同意",
    "完成",
    "yes",
    "Yes, I agree",
    "1",
    "2 3",
    "１",
    "13812345678",
    "370702199001011234",
    "12338",
    "一二三",
    "[phone]",
  ])("keeps out %s", (text) => {
    expect(notAQuestion(text)).toBe(true);
  });

  it.each([
    "两癌筛查在哪做",
    "孙丽想问贷款",
    "高利贷",
    "王村有妇女之家吗",
    "12338是什么",
    "how do I get a loan",
    "Breast Screening",
    "mary smith wants to know about loans",
    "同意书在哪签",
    "贷款",
  ])("keeps %s", (text) => {
    expect(notAQuestion(text)).toBe(false);
  });
});
