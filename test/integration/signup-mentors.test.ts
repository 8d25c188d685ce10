import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ADMIN_ID } from "../support/constants.ts";
import { answersTo, textsFor } from "../support/emulator.ts";
import { enUser, lastText, storedApplication, submitApplication, zhUser } from "../support/signup.ts";
import { admin, buttonData, dongying, lastDocument, weifang } from "../support/signup-staff.ts";
import { driver, type Person, press, redis, say } from "../support/worker.ts";

const d = driver();

describe("mentors", () => {
  it("keeps a roster (add, edit, deactivate) and suggests her city's mentors, matching industry first", async () => {
    // Names have no digits: a tag of Heavenly Stems keeps this run's mentors apart from others.
    const tag = [...String(Date.now()).slice(-5)].map((c) => "甲乙丙丁戊己庚辛壬癸"[Number(c)]).join("");
    const add = async (staff: Person, name: string, industries: string, region: string) => {
      await say(staff, "/mentors");
      await press(staff, "mt:add");
      await say(staff, name);
      await say(staff, industries);
      await say(staff, region);
      await say(staff, "13900001111");
      expect(await lastText(staff)).toContain(`导师 ${name}`);
    };
    await add(weifang, `李红梅${tag}`, "3 6", "青州");
    await add(weifang, `张芳${tag}`, "种植", "青州");
    await add(weifang, `赵敏${tag}`, "电商", "寿光");
    await add(weifang, `钱丽${tag}`, "3", "青州");
    await press(weifang, await buttonData(weifang, "停用")); // 钱丽 is the last added: deactivate her
    expect(await lastText(weifang)).toContain("已停用");
    await add(dongying, `孙英${tag}`, "3", "广饶");
    // Out of scope: Weifang's staff cannot place a mentor in Dongying.
    await say(weifang, "/mentors");
    await press(weifang, "mt:add");
    await say(weifang, "周红");
    await say(weifang, "3");
    await say(weifang, "广饶");
    expect((await textsFor(weifang.id)).at(-2)).toContain("没有找到“广饶”");
    await say(weifang, "/cancel");
    // Edit a field.
    await say(weifang, "/mentors");
    await press(weifang, await buttonData(weifang, `张芳${tag}`));
    await press(weifang, await buttonData(weifang, "联系方式"));
    await say(weifang, "微信 zhangfang");
    expect(await lastText(weifang)).toContain("微信 zhangfang");

    const p = zhUser();
    const ref = await submitApplication(d, p, { industry: "ecommerce" });
    await press(weifang, `ss:o:${ref}`);
    await press(weifang, `ss:a:${ref}`);
    const suggestions = await lastText(weifang);
    const order = [`李红梅${tag}`, `赵敏${tag}`, `张芳${tag}`].map((n) => suggestions.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(suggestions).not.toContain(`钱丽${tag}`);
    expect(suggestions).not.toContain(`孙英${tag}`);

    await press(weifang, await buttonData(weifang, `李红梅${tag}`));
    expect(await lastText(p)).toContain(`已为您匹配创业导师：<b>李红梅${tag}</b>`);
    expect(await lastText(p)).toContain("13900001111");
    expect(await storedApplication(ref)).toMatchObject({ status: "matched", mentor_name: `李红梅${tag}` });
  });
});

describe("CSV export", () => {
  it("sends UTF-8 with a BOM, Chinese columns, phones masked; the admin's full export is audited", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p);
    const far = enUser();
    const dongyingRef = await submitApplication(d, far, { city: "370500", district: "370523" });

    await say(weifang, "/signups");
    await press(weifang, "ss:x");
    const csv = await lastDocument(weifang);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      "报名编号",
      "状态",
      "提交时间",
      "姓名",
      "手机号",
      "城市",
      "区县",
      "创业阶段",
      "行业",
      "需求",
      "业务简介",
      "导师",
      "备注",
    ]);
    const mine = rows.find((r) => r.报名编号 === ref);
    expect(mine).toMatchObject({
      姓名: "王丽",
      手机号: "138****5678",
      城市: "潍坊市",
      区县: "青州市",
      状态: "已收到",
    });
    expect(rows.every((r) => r.城市 === "潍坊市")).toBe(true);
    expect(rows.some((r) => r.报名编号 === dongyingRef)).toBe(false);
    expect(csv).not.toContain("13812345678");
    // Staff cannot ask for the full export.
    const { callbackId } = await press(weifang, "ss:xf", { force: true });
    expect(JSON.stringify(await answersTo(callbackId))).toContain("已过期");

    await say(admin, "/signups");
    await press(admin, "ss:xf");
    const full = parse(await lastDocument(admin), { bom: true, columns: true }) as Record<string, string>[];
    expect(full.find((r) => r.报名编号 === ref)?.手机号).toBe("13812345678");
    expect(full.find((r) => r.报名编号 === dongyingRef)?.手机号).toBe("13812345678");
    const entries = Object.values(await redis.xrange<Record<string, unknown>>("jg:audit", "-", "+"));
    expect(entries.some((e) => e.type === "signup-export-full" && Number(e.by) === ADMIN_ID)).toBe(true);
  });
});
