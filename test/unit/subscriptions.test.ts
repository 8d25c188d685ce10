import { describe, expect, it } from "vitest";
import { asksToStop, isStopWord } from "../../src/subscriptions/stop-words.ts";
import { topicsFromText } from "../../src/subscriptions/topics.ts";
import {
  cleanTyped,
  isAllTopics,
  isConfirm,
  meansWholeCity,
  resolveInNamedCity,
} from "../../src/subscriptions/typed.ts";

describe("stop requests", () => {
  it("knows a stop word alone from a request to stop in a sentence", () => {
    for (const t of ["退订", "STOP!", " 取消订阅。"])
      expect([isStopWord(t), asksToStop(t)], t).toEqual([true, false]);
    for (const t of [
      "我要退订",
      "请帮我取消订阅吧",
      "退订招聘会",
      "别再给我发了",
      "unsubscribe me please",
      "TD",
      "退定",
      "我不想收到提醒了",
      "不需要这些通知",
      "please stop",
      "Stop sending me messages!",
      "I want to unsubscribe",
      "cancel my subscription",
      "Hi, please stop sending me these notifications",
      "Don’t send me any more messages",
      "I’d like to unsubscribe",
    ]) {
      expect([isStopWord(t), asksToStop(t)], t).toEqual([false, true]);
    }
    for (const t of [
      "怎么退订？",
      "能退订吗",
      "停止家暴",
      "stop hitting me",
      "stop the loan please",
      "我不想退订",
      "我不想还贷款了",
      "how do I unsubscribe",
      "please stop my husband",
      "cancel my loan",
      "I want to stop working",
    ]) {
      expect([isStopWord(t), asksToStop(t)], t).toEqual([false, false]);
    }
  });
});

describe("typed answers in the subscription form", () => {
  it("reads button labels, « all » and the whole city", () => {
    expect(cleanTyped(" ✅ 完成。")).toBe("完成");
    expect(cleanTyped("７")).toBe("7");
    for (const t of ["完成", "确认订阅", "Subscribe", "done", "好的好的", "选好了，确认", "OK, I'm done"])
      expect(isConfirm(cleanTyped(t)), t).toBe(true);
    for (const t of ["不订阅", "no", "青州", "算了"]) expect(isConfirm(cleanTyped(t)), t).toBe(false);
    for (const t of ["全部", "都要", "All"]) expect(isAllTopics(t), t).toBe(true);
    for (const t of ["整个潍坊市", "潍坊全市", "All of Weifang", "全市", "潍坊"]) {
      expect(meansWholeCity(t, "370700"), t).toBe(true);
    }
    for (const t of ["青州", "潍城", "1", "济南"]) expect(meansWholeCity(t, "370700"), t).toBe(false);
  });
});

describe("typed topics", () => {
  it("reads numbers, Chinese numerals, names, the buttons' labels and « and »", () => {
    const cases: [string, string[]][] = [
      ["1 3", ["fairs", "training"]],
      ["13", ["fairs", "training"]],
      ["一 三", ["fairs", "training"]],
      ["第1和第3个", ["fairs", "training"]],
      ["招聘会和培训", ["fairs", "training"]],
      ["创业与贷款资讯", ["business"]],
      ["救助帮扶项目", ["aid"]],
      ["招聘会与创业与贷款资讯", ["fairs", "business"]],
      ["Entrepreneurship & loans news", ["business"]],
      ["Aid programmes", ["aid"]],
      ["job fairs and loans", ["fairs", "business"]],
      ["job fairs, aid programmes and training", ["fairs", "training", "aid"]],
    ];
    for (const [typed, topics] of cases) expect(topicsFromText(typed), typed).toEqual(topics);
    for (const typed of ["5", "1 5", "招聘会 xyz", "十"])
      expect(topicsFromText(typed), typed).toBeUndefined();
  });
});

describe("a city named before its districts", () => {
  it("reads the districts after it, and nothing else", () => {
    const codes = (t: string) => resolveInNamedCity(t)?.regions.map((r) => r.code) ?? null;
    expect(codes("潍坊 寿光 青州")).toEqual(["370783", "370781"]);
    expect(codes("潍坊市：寿光和青州")).toEqual(["370783", "370781"]);
    expect(codes("Weifang shouguang qingzhou")).toEqual(["370783", "370781"]);
    for (const t of ["潍坊", "潍坊 xyz", "东营区", "寿光 青州"]) expect(codes(t), t).toBeNull();
  });
});
