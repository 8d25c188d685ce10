/**
 * Answers typed the way people type them on a phone: full-width digits from a Chinese keyboard,
 * a button's own label, "all". Found by driving the running bot from outside.
 */
import { describe, expect, it } from "vitest";
import { textsFor } from "../support/emulator.ts";
import {
  enUser,
  fillForm,
  lastText,
  startForm,
  storedDraft,
  withdrawApplication,
  zhUser,
} from "../support/signup.ts";
import { driver, type Person, press, redis, say, uniqueId } from "../support/worker.ts";

const d = driver();

const subState = async (p: Person) =>
  (await redis.get<Record<string, unknown>>(`jg:session:${p.id}`))?.sub as
    | Record<string, unknown>
    | undefined;
const stored = async (p: Person) => {
  const raw = await redis.hgetall<Record<string, unknown>>(`jg:user:${p.id}`);
  return { regions: String(raw?.regions ?? ""), topics: String(raw?.topics ?? "") };
};

describe("typed numbers on the region picker", () => {
  it("reads full-width digits as the numbers on the buttons (subscription)", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "７");
    expect(await lastText(p)).toContain("请选择潍坊市的区县");
    await say(p, "１ ３");
    expect(await lastText(p)).toContain("潍坊市 · 潍城区、潍坊市 · 坊子区");
  });

  it("reads full-width digits at the sign-up's region question", async () => {
    const p = zhUser();
    await startForm(d, p, 2);
    await say(p, "７。");
    expect((await storedDraft(p))?.city).toBe("370700");
    await say(p, "１");
    expect((await storedDraft(p))?.a).toMatchObject({ region: "370702" });
  });

  it("takes several districts joined by 和 or « and »", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "潍坊");
    await say(p, "寿光和青州");
    expect(await lastText(p)).toContain("潍坊市 · 寿光市、潍坊市 · 青州市");
    const q = enUser();
    await say(q, "/subscribe");
    await say(q, "Weifang");
    await say(q, "Shouguang and Qingzhou");
    expect(await lastText(q)).toContain("Shouguang City, Weifang; Qingzhou City, Weifang");
  });

  it("does not take a number past the cities for a district nobody sees", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "17");
    expect(await lastText(p)).toContain("没有找到“17”");
    expect(await subState(p)).toMatchObject({ step: "city" });
    await say(p, "16");
    expect(await lastText(p)).toContain("菏泽市的区县");
  });
});

describe("a button's label typed in the subscription form", () => {
  it("« 完成 » ends the district choice with the ticked districts, or the whole city", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "潍坊");
    await press(p, "sub:d:370702");
    await press(p, "sub:d:370781");
    await say(p, "✅ 完成");
    expect(await lastText(p)).toContain("潍坊市 · 潍城区、潍坊市 · 青州市");
    await say(p, "✅ 确认订阅");
    expect(await stored(p)).toEqual({ regions: "370702,370781", topics: "fairs" });

    const q = enUser();
    await say(q, "/subscribe");
    await say(q, "Dongying");
    await say(q, "done");
    await say(q, "Subscribe");
    expect(await stored(q)).toEqual({ regions: "370500", topics: "fairs" });
  });

  it("« 整个潍坊市 » and « All of Weifang » mean the whole city; « 全部 » every topic", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "潍坊");
    await say(p, "整个潍坊市");
    expect(await lastText(p)).toContain("您想收到哪些消息");
    await say(p, "全部");
    expect(await stored(p)).toEqual({ regions: "370700", topics: "fairs,business,training,aid" });

    const q = enUser();
    await say(q, "/subscribe");
    await say(q, "7");
    await say(q, "All of Weifang");
    await say(q, "1");
    expect(await stored(q)).toEqual({ regions: "370700", topics: "fairs" });
  });
});

describe("a mobile number written as in a sentence", () => {
  it("takes « 13812345678。 », « 138.1234.5678 » and « 手机：138 1234 5678 »", async () => {
    for (const typed of ["13812345678。", "138.1234.5678", "手机：138 1234 5678"]) {
      const p = zhUser();
      await startForm(d, p, 1);
      await say(p, typed);
      expect(await lastText(p)).toContain("第 3/7 步");
      expect((await storedDraft(p))?.a).toMatchObject({ phone: "13812345678" });
    }
  });
});

describe("/language with the words people use", () => {
  it("understands 简体中文, English., zh_CN and full-width ＥＮ", async () => {
    const p = enUser();
    for (const [word, reply] of [
      ["简体中文", "已切换为中文"],
      ["English.", "Language set to English"],
      ["zh_CN", "已切换为中文"],
      ["ＥＮ", "Language set to English"],
    ] as const) {
      await say(p, `/language ${word}`);
      expect(await lastText(p)).toContain(reply);
    }
  });
});

describe("« all » at the sign-up's multi-select question", () => {
  it("« 全部 » and « all of them » tick every kind of help", async () => {
    for (const [p, typed] of [
      [zhUser(), "都需要"],
      [enUser(), "All of them"],
    ] as const) {
      await startForm(d, p, 2);
      for (const answer of ["寿光", "2", "3"]) await say(p, answer);
      await say(p, typed);
      expect((await storedDraft(p))?.a).toMatchObject({
        needs: ["finance", "marketing", "skills", "management", "legal"],
      });
    }
  });
});

describe("traditional characters from a Hong Kong or Taiwan keyboard", () => {
  it("finds 濰坊 and 壽光, and « 退訂 » stops", async () => {
    const p: Person = { id: uniqueId(), first_name: "陳", language_code: "zh-TW" };
    await say(p, "/subscribe");
    await say(p, "濰坊");
    expect(await lastText(p)).toContain("请选择潍坊市的区县");
    await say(p, "壽光");
    await say(p, "好");
    expect(await stored(p)).toEqual({ regions: "370783", topics: "fairs" });
    await say(p, "退訂");
    expect(await lastText(p)).toContain("已为您退订全部提醒");
  });
});

describe("a sign-up name that is no name", () => {
  it("asks again for « 👍 », « 。。。 » and « 好的 », then takes « 王丽🌸 »", async () => {
    const p = zhUser();
    await startForm(d, p);
    for (const typed of ["👍", "。。。", "好的"]) {
      await say(p, typed);
      expect((await textsFor(p.id)).at(-2)).toContain("请输入您的姓名或称呼");
      expect((await storedDraft(p))?.a).toEqual({});
    }
    await say(p, "王丽🌸");
    expect((await storedDraft(p))?.a).toEqual({ name: "王丽🌸" });
  });
});

describe("the review's own words typed", () => {
  it("« 确认无误 » and « ✅ 提交报名 » submit", async () => {
    for (const typed of ["确认无误", "✅ 提交报名"]) {
      const p = zhUser();
      await fillForm(d, p);
      await say(p, typed);
      expect(await lastText(p)).toMatch(/JG-\d{4}-\d{6}/);
      await withdrawApplication(d, p, /JG-\d{4}-\d{6}/.exec(await lastText(p))![0]);
    }
  });
});
