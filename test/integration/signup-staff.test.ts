import { env } from "cloudflare:workers";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { createApplication } from "../../src/signup/applications.ts";
import { ADMIN_ID, DONGYING_STAFF_ID, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { answersTo, chatLog, textsFor } from "../support/emulator.ts";
import { enUser, lastText, storedApplication, submitApplication, zhUser } from "../support/signup.ts";
import { workerAt } from "../support/timed.ts";
import { driver, type Person, press, redis, say, uniqueId } from "../support/worker.ts";

const d = driver();
const admin: Person = { id: ADMIN_ID, first_name: "管理员", language_code: "zh-hans" };
const weifang: Person = { id: WEIFANG_STAFF_ID, first_name: "潍坊妇联", language_code: "zh-hans" };
const dongying: Person = { id: DONGYING_STAFF_ID, first_name: "东营妇联", language_code: "zh-hans" };
const root = (env as unknown as Record<string, string>).EMULATOR_URL!;
const ANSWERS = {
  name: "",
  phone: "13812345678",
  region: "370784",
  stage: "idea",
  industry: "retail",
  needs: ["skills"],
  about: "开小卖部",
} as const;

/** The bot's messages to a chat that mention `needle`. */
const mentioning = async (p: Person, needle: string) =>
  (await textsFor(p.id)).filter((t) => t.includes(needle));

/** Audit entries about one application. */
async function auditFor(ref: string): Promise<Record<string, unknown>[]> {
  const entries = await redis.xrange<Record<string, unknown>>("jg:audit", "-", "+");
  return Object.values(entries).filter((e) => e.ref === ref);
}

/** The latest document the bot sent to a chat, downloaded from the emulator. */
async function lastDocument(p: Person): Promise<string> {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing) as {
    message: { document?: { file_id: string } };
  }[];
  const doc = log.reverse().find((m) => m.message.document)?.message.document;
  if (!doc) throw new Error("no document sent");
  const res = await fetch(`${root}/__emu/files/${encodeURIComponent(doc.file_id)}`);
  return new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(await res.arrayBuffer());
}

/** Callback data of the button labelled with `label` on the bot's latest message with such a button. */
async function buttonData(p: Person, label: string): Promise<string> {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing).reverse();
  for (const m of log) {
    for (const row of m.message.reply_markup?.inline_keyboard ?? []) {
      const hit = (row as { text?: string; callback_data?: string }[]).find((b) => b.text?.includes(label));
      if (hit?.callback_data) return hit.callback_data;
    }
  }
  throw new Error(`no button "${label}"`);
}

describe("new applications reach the staff of her region", () => {
  it("notifies Weifang's staff and the admin with the name escaped and the phone masked, not Dongying's", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p, { name: "王<丽>&" });
    const [notice] = await mentioning(weifang, ref);
    expect(notice).toContain("王&lt;丽&gt;&amp;");
    expect(notice).toContain("138****5678");
    expect(notice).not.toContain("13812345678");
    expect(await mentioning(admin, ref)).toHaveLength(1);
    expect(await mentioning(dongying, ref)).toHaveLength(0);
  });

  it("shows the full number only on « show contact », and logs that look to the audit stream", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p);
    expect(await auditFor(ref)).toEqual([]);
    await press(weifang, `ss:p:${ref}`);
    expect(await lastText(weifang)).toContain("13812345678");
    const [entry] = await auditFor(ref);
    expect(entry).toMatchObject({ type: "signup-show-contact", by: WEIFANG_STAFF_ID });
    expect(Number(entry?.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(entry)).not.toContain("13812345678");

    // Outside her scope: a forged press shows nothing and logs nothing.
    await say(dongying, "/signups");
    const { callbackId } = await press(dongying, `ss:p:${ref}`, { force: true });
    expect(JSON.stringify(await answersTo(callbackId))).toContain("已过期");
    expect(await auditFor(ref)).toHaveLength(1);
  });
});

describe("working the list", () => {
  it("marks contacted and closes with a note; each change tells the applicant in her language", async () => {
    const p = enUser();
    const ref = await submitApplication(d, p, { city: "370500", district: "370523" });
    expect(await mentioning(weifang, ref)).toHaveLength(0);
    await press(dongying, `ss:o:${ref}`);
    expect(await lastText(dongying)).toContain("已收到");
    await press(dongying, `ss:c:${ref}`);
    expect(await lastText(p)).toContain("A staff member is following up your application");
    expect(await storedApplication(ref)).toMatchObject({ status: "contacted" });

    // Weifang's staff cannot act on Dongying's application.
    const { callbackId } = await press(weifang, `ss:z:${ref}`, { force: true });
    expect(JSON.stringify(await answersTo(callbackId))).toContain("已过期");

    await press(dongying, `ss:z:${ref}`);
    expect(await lastText(dongying)).toContain("请输入给申请人的留言");
    await say(dongying, "已推荐参加<东营>创业培训班");
    expect(await lastText(p)).toContain("has been closed");
    expect(await lastText(p)).toContain("已推荐参加&lt;东营&gt;创业培训班");
    expect(await storedApplication(ref)).toMatchObject({ status: "closed", closed_by: "staff" });
    const types = (await auditFor(ref)).map((e) => e.type);
    expect(types).toEqual(["signup-contacted", "signup-closed"]);
    await say(p, "/myapplication");
    expect(await lastText(p)).toContain("Status: closed");
  });

  it("forgets a closing note asked for half an hour ago: a later message closes nothing", async () => {
    const p = zhUser();
    const ref = await submitApplication(d, p);
    await press(weifang, `ss:o:${ref}`);
    await press(weifang, `ss:z:${ref}`);
    const later = await workerAt(() => Date.now() + 31 * 60_000);
    await later.say(weifang, "明天再联系她");
    expect(await storedApplication(ref)).toMatchObject({ status: "received" });
    await press(weifang, `ss:o:${ref}`);
    await press(weifang, `ss:z:${ref}`);
    await press(weifang, `ss:o:${ref}`); // back to the card: the note is no longer asked for
    await say(weifang, "好的");
    expect(await storedApplication(ref)).toMatchObject({ status: "received" });
  });

  it("/signups lists applications in scope, newest first, paged and filtered by status", async () => {
    const first = zhUser();
    const older = await submitApplication(d, first);
    const second = zhUser();
    const newer = await submitApplication(d, second);
    const far = enUser();
    const dongyingRef = await submitApplication(d, far, { city: "370500", district: "370523" });
    await say(weifang, "/signups");
    const list = await lastText(weifang);
    expect(list).toContain(newer);
    expect(list.indexOf(newer)).toBeLessThan(list.indexOf(older));
    expect(list).not.toContain(dongyingRef);

    await press(weifang, `ss:o:${older}`);
    await press(weifang, `ss:c:${older}`);
    await say(weifang, "/signups contacted");
    expect(await lastText(weifang)).toContain(older);
    expect(await lastText(weifang)).not.toContain(newer);
    await say(weifang, "/signups nonsense");
    expect(await lastText(weifang)).toContain("可用的筛选");
  });

  it("pages: eight to a page, newest first, « next » shows the older ones", async () => {
    // Nine applications filed a day ahead, so they are the newest in Weifang whatever else runs.
    const refs: string[] = [];
    for (let i = 0; i < 9; i++) {
      const app = await createApplication(redis, {
        userId: uniqueId(),
        locale: "zh-CN",
        answers: { ...ANSWERS, needs: ["skills"], name: `分页${i}` },
        consentV: "2026-1",
        consentAt: Date.now(),
        now: Date.now() + 86_400_000 + i * 1000,
        timeZone: "Asia/Shanghai",
      });
      refs.push(app!.ref);
    }
    await say(weifang, "/signups");
    const first = await lastText(weifang);
    expect(first.indexOf(refs[8]!)).toBeGreaterThan(0);
    expect(first.indexOf(refs[8]!)).toBeLessThan(first.indexOf(refs[1]!));
    expect(first).not.toContain(refs[0]);
    await press(weifang, "ss:l:open:1");
    expect(await lastText(weifang)).toContain(refs[0]);
  });
});

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
