/** Which questions are about live data (upcoming fairs, upcoming trainings, her own sign-up), and which stay with the knowledge base. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asksAboutFairs } from "../../src/fairs/asked.ts";
import { asksAboutMyApplication } from "../../src/signup/asked.ts";
import { asksAboutTraining } from "../../src/subscriptions/asked.ts";

const live = (q: string) => asksAboutFairs(q) || asksAboutTraining(q) || asksAboutMyApplication(q);

describe("questions answered from live data", () => {
  it("reads upcoming fairs, asked about time or whether there are any", () => {
    for (const q of [
      "有没有招聘会",
      "最近有招聘会吗？",
      "下周有什么招聘会",
      "春风送岗啥时候办",
      "这个月有没有招工的会",
      "招聘会在哪里",
      "any job fairs?",
      "When is the next job fair?",
      "are there any recruitment events this month",
      "what is the next job fair",
    ])
      expect(asksAboutFairs(q), q).toBe(true);
    for (const q of ["春风送岗是什么", "怎么订阅招聘会提醒", "What is the Spring Breeze job fair?", "招聘"])
      expect(asksAboutFairs(q), q).toBe(false);
  });

  it("reads upcoming trainings only when asked about time", () => {
    for (const q of [
      "最近有什么培训吗",
      "下个月有培训班吗",
      "近期有培训吗",
      "any trainings coming up?",
      "when is the next course",
    ])
      expect(asksAboutTraining(q), q).toBe(true);
    for (const q of [
      "有没有免费的技术培训",
      "创业培训班怎么报名",
      "Are there free skills classes for women?",
    ])
      expect(asksAboutTraining(q), q).toBe(false);
  });

  it("reads a question about her own sign-up, not how to sign up", () => {
    for (const q of [
      "我的报名怎么样了",
      "报名有结果了吗？",
      "我报名了导师，什么时候有人联系我？",
      "怎么还没人联系我",
      "有人联系我了吗？",
      "为什么还没有人给我回电话",
      "What's the status of my application?",
      "Did my sign-up go through?",
      "When will a mentor contact me?",
    ])
      expect(asksAboutMyApplication(q), q).toBe(true);
    for (const q of ["怎么报名", "创业导师怎么报名", "How do I sign up for a mentor?", "报名要带什么"])
      expect(asksAboutMyApplication(q), q).toBe(false);
  });

  it("takes no phrasing of any knowledge-base entry but the job fairs' away from it", () => {
    for (const locale of ["zh-CN", "en"]) {
      const path = join(import.meta.dirname, `../../locales/faq.${locale}.json`);
      const entries = JSON.parse(readFileSync(path, "utf8")) as { id: string; questions: string[] }[];
      for (const e of entries)
        if (e.id !== "job-fairs") for (const q of e.questions) expect(live(q), `${e.id}: ${q}`).toBe(false);
    }
  });
});
