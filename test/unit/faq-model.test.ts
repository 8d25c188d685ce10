import { describe, expect, it } from "vitest";
import { dangerReadings, RATES, train } from "../../dev/faq-model.ts";
import { dangerClasses, entryClasses, entryInputs, modelInputsHash } from "../../dev/faq-model-inputs.ts";
import { readDanger, readDangerRule } from "../../src/faq/danger.ts";
import storedDanger from "../../src/faq/danger-model.json" with { type: "json" };
import { DEFAULT_TUNING } from "../../src/faq/decide.ts";
import { bundledFaq } from "../../src/faq/kb.ts";
import stored from "../../src/faq/model.json" with { type: "json" };
import { bundledModel, type FaqModel, type StoredModel } from "../../src/faq/model.ts";
import { rankWithModel } from "../../src/faq/rerank.ts";
import type { FaqMatch, FaqResult } from "../../src/faq/types.ts";

/** A ranker that believes what it is told: rankWithModel's rules are about the engine's result, not the model. */
const believes = (p: Record<string, number>, known = Object.keys(p)): FaqModel => ({
  scores: () => new Map(Object.entries(p)),
  knows: (id) => known.includes(id),
});
const matches = (...pairs: [string, number][]): FaqMatch[] => pairs.map(([id, score]) => ({ id, score }));
const result = (confidence: FaqResult["confidence"], ...pairs: [string, number][]): FaqResult => {
  const candidates = matches(...pairs);
  return { best: confidence === "none" ? null : candidates[0]!, candidates, confidence };
};
const every = () => true;
const LONG = true;

describe("the FAQ's learned rankers", () => {
  it("are what dev/faq-model.ts writes from today's knowledge base, lexicon, table and labelled sets", async () => {
    const hash = await modelInputsHash();
    for (const [model, classes, inputs, rate] of [
      [stored, entryClasses(), entryInputs(), RATES.entry],
      [storedDanger, dangerClasses(), dangerReadings(), RATES.danger],
    ] as const) {
      expect((model as StoredModel).inputs, "run: npm exec -- node dev/faq-model.ts").toBe(hash);
      const again = train(inputs, classes, rate);
      expect(again.bias).toEqual((model as StoredModel).bias);
      expect(again.weights).toEqual((model as StoredModel).weights);
    }
  }, 60_000);

  it("know every bundled entry of both locales, and 'none of them'", () => {
    const model = bundledModel();
    for (const locale of ["zh-CN", "en"] as const)
      for (const e of bundledFaq(locale)) expect(model.knows(e.id), e.id).toBe(true);
    expect(model.knows("null")).toBe(true);
    expect(model.knows("cancer-screening")).toBe(false);
    const sum = [...model.scores("我都四十五了还能贷款吗").values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
  });

  it("read stories told in words the entries' phrasings do not use", () => {
    // Phrasings written for this test, in no set the rankers were trained on.
    const model = bundledModel();
    const best = (q: string) => [...model.scores(q)].sort((a, b) => b[1] - a[1])[0]![0];
    expect(best("俺闺女今年上初二了 家里实在供不起 有没有帮女娃念书的")).toBe("spring-bud");
    expect(best("how many years do I get before the whole loan has to be paid back")).toBe("loan-amount");
  });
});

describe("rankWithModel", () => {
  const tune = DEFAULT_TUNING;

  it("lets the ranker lead a long story's candidates and the engine a short question's", () => {
    const model = believes({ "loan-apply": 0.8, "loan-interest": 0.1, "loan-amount": 0.1 });
    const engine = result("high", ["loan-interest", 0.52], ["loan-amount", 0.47], ["loan-apply", 0.3]);
    const story = rankWithModel(engine, "q", LONG, model, tune, every);
    expect(story.candidates.map((c) => c.id)).toEqual(["loan-apply", "loan-interest", "loan-amount"]);
    // A new lead is answered directly only when the ranker is sure of it.
    expect(story.confidence).toBe("high");
    const unsure = believes({ "loan-apply": 0.5, "loan-interest": 0.3, "loan-amount": 0.2 });
    expect(rankWithModel(engine, "q", LONG, unsure, tune, every)).toMatchObject({
      best: { id: "loan-apply" },
      confidence: "low",
    });
    // A short question: the engine's lead of 0.22 outweighs the ranker's 0.7 there.
    const short = rankWithModel(engine, "q", !LONG, model, tune, every);
    expect(short.best?.id).toBe("loan-interest");
    expect(short.confidence).toBe("high");
  });

  it("answers a long story the engine could not place only when the ranker is sure", () => {
    const none = result("none", ["loan-apply", 0.2]);
    const sure = believes({ "loan-eligibility": 0.7, "loan-apply": 0.1, null: 0.2 });
    expect(rankWithModel(none, "q", LONG, sure, tune, every)).toMatchObject({
      best: { id: "loan-eligibility" },
      confidence: "high",
    });
    // Among the engine's own candidates, less belief is enough; to offer, not to answer.
    const near = believes({ "loan-apply": 0.4, "loan-eligibility": 0.2, null: 0.3 });
    expect(rankWithModel(none, "q", LONG, near, tune, every)).toMatchObject({
      best: { id: "loan-apply" },
      confidence: "low",
    });
    const unsure = believes({ "loan-eligibility": 0.5, null: 0.4 });
    expect(rankWithModel(none, "q", LONG, unsure, tune, every).confidence).toBe("none");
    // "None of them" more likely than any entry: no answer.
    const off = believes({ "loan-eligibility": 0.3, null: 0.6 });
    expect(rankWithModel(none, "q", LONG, off, tune, every).confidence).toBe("none");
    // A short question the engine could not place stays unanswered.
    expect(rankWithModel(none, "q", !LONG, sure, tune, every).confidence).toBe("none");
  });

  it("leaves the domestic-violence entry to the safety rule and staff-written entries to the engine", () => {
    const model = believes({ "domestic-violence": 0.05, "hotline-12338": 0.9, "loan-apply": 0.05 });
    const danger = result("high", ["domestic-violence", 1]);
    expect(rankWithModel(danger, "q", LONG, model, tune, every)).toBe(danger);
    // Offered by the engine, it keeps its place; the ranker never adds it.
    const offered = result("low", ["hotline-12338", 0.5], ["domestic-violence", 0.45], ["loan-apply", 0.4]);
    expect(rankWithModel(offered, "q", LONG, model, tune, every).candidates[1]!.id).toBe("domestic-violence");
    const toDanger = believes({ "domestic-violence": 0.9, "hotline-12338": 0.1 });
    const plain = result("low", ["hotline-12338", 0.5]);
    expect(rankWithModel(plain, "q", LONG, toDanger, tune, every).candidates.map((c) => c.id)).not.toContain(
      "domestic-violence",
    );
    const staff = result("high", ["cancer-screening", 0.5], ["hotline-12338", 0.45]);
    expect(rankWithModel(staff, "q", LONG, believes({ "hotline-12338": 0.9 }), tune, every)).toBe(staff);
    // An entry staff hid is never brought back.
    const hidden = rankWithModel(
      plain,
      "q",
      LONG,
      believes({ "loan-apply": 0.9 }),
      tune,
      (id) => id !== "loan-apply",
    );
    expect(hidden.candidates.map((c) => c.id)).not.toContain("loan-apply");
  });
});

describe("the safety rule's learned reader", () => {
  // Written for this test, in no training set: danger in words the rule's patterns do not list.
  it("catches a long description with a family word the patterns miss", () => {
    const story =
      "我男人这几年脾气越来越怪 前天晚上喝完酒回来把我按在炕上拿鞋底子抽 抽得我半边脸都肿了 现在都不敢出门";
    expect(readDanger(story).danger).toBe(true);
  });

  it("does not read short sentences, nor long ones without a partner or family named", () => {
    for (const text of ["my husband is beating cancer", "老公拿起剪刀帮我剪头发"]) {
      expect(readDangerRule(text).danger).toBe(false);
      expect(readDanger(text).danger, text).toBe(false);
    }
    const stranger = "昨天下班路上有个喝醉的人冲过来推了我一把 我摔在地上膝盖都破了 这种情况能找谁";
    expect(readDanger(stranger).danger).toBe(false);
  });
});
