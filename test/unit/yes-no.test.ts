/** Yes and no in her own words: the one reader every typed confirmation uses (consent, "cancel?"). */
import { describe, expect, it } from "vitest";
import { readConsentReply } from "../../src/signup/consent-reply.ts";
import { confirmReply } from "../../src/signup/validate.ts";
import { readYesNo } from "../../src/text/yes-no.ts";

describe("yes or no in her own words", () => {
  it("reads agreement with filler words, particles, punctuation and emoji, in Chinese and English", () => {
    for (const text of [
      "好的，同意",
      "行 我同意",
      "可以",
      "嗯嗯同意",
      "ok I agree",
      "yes please",
      "sure",
      "好的好的！",
      "没问题",
      "OK，没问题。",
      "嗯",
      "Yes, I agree.",
      "Of course",
      "alright then",
      "👍",
      "✅ 同意",
      "Ｏｋ",
    ])
      expect(readYesNo(text), text).toBe("yes");
  });

  it("reads refusal: a no word, a negated yes, « I'm good »", () => {
    for (const text of [
      "不同意",
      "算了",
      "no thanks",
      "不了，谢谢",
      "不用了",
      "不要",
      "不行",
      "No, I don't agree.",
      "I do not agree",
      "nope",
      "not now",
      "I'm good, thanks",
      "nah, I'm fine",
      "👎",
      "不好意思，不同意",
    ])
      expect(readYesNo(text), text).toBe("no");
  });

  it("reads neither for a name, a number, a question, a hesitation, a greeting, or both yes and no", () => {
    for (const text of [
      "好的，不用了",
      "nah I'm good... ok",
      "不不不，我同意",
      "孙丽",
      "Mary Smith",
      "13812345678",
      "1",
      "可以吗？",
      "是不是要填手机号",
      "不确定",
      "再想想",
      "maybe later",
      "not sure",
      "你好",
      "hello",
      "what is this?",
      "好的，我叫孙丽",
      "",
      "。。。",
      "nothing",
      "okra",
    ])
      expect(readYesNo(text), text).toBeNull();
  });
});

describe("the consent notice typed", () => {
  it("takes the notice's own words: its button, « 我要报名 », « start », « 不填了 », « cancel »", () => {
    for (const text of [
      "✅ 同意，开始填写",
      "同意开始填写",
      "我要报名",
      "开始吧",
      "let's start",
      "I consent",
    ])
      expect(readConsentReply(text), text).toBe("agree");
    for (const text of ["不同意", "不填了", "取消", "cancel", "No thanks.", "算了吧", "nah I'm good"])
      expect(readConsentReply(text), text).toBe("decline");
    for (const text of ["孙丽", "13812345678", "贷款怎么申请？", "你好", "I'm ok with it, but what is it?"])
      expect(readConsentReply(text), text).toBeNull();
    expect(readConsentReply("I'm ok with that")).toBe("agree");
  });
});

describe("the « cancel your sign-up? » question typed", () => {
  it("takes yes to cancel and no to keep going, with the question's verb", () => {
    for (const text of ["是", "是的，取消吧", "确定取消", "yes, cancel", "ok", "嗯嗯"])
      expect(confirmReply(text), text).toBe("yes");
    for (const text of ["不", "不取消", "继续填写", "keep going", "no", "别取消了"])
      expect(confirmReply(text), text).toBe("no");
    for (const text of ["王丽", "13812345678"]) expect(confirmReply(text), text).toBeNull();
  });
});
