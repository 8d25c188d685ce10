/**
 * What people typed at the running bot, driven from outside through its webhook, that it did not
 * understand: several districts in one message with mixed separators, topics typed as « 一 三 » or by
 * their button's label, a request to stop in a sentence (« TD », « 我不想收到提醒了 », « please stop
 * sending me messages »), and a district outside a staff member's area named in the fair form.
 * Yantai (370681 龙口, 370685 招远, 370686 栖霞) is this file's: no other test subscribes anyone there.
 */
import { describe, expect, it } from "vitest";
import { appWithStaff, pressIn, sayIn } from "../support/broadcast.ts";
import { enUser, lastButtons, lastText, zhUser } from "../support/fairs.ts";
import { type Person, redis } from "../support/worker.ts";

const YANTAI_STAFF: Person = { id: 900000061, first_name: "Staff <i>", language_code: "en" };
const ADMIN: Person = { id: 900000062, first_name: "管理员", language_code: "zh-hans" };
const app = await appWithStaff([`${YANTAI_STAFF.id}:staff:370600`, `${ADMIN.id}:admin`]);
const say = (p: Person, text: string) => sayIn(app, p, { text });
const press = (p: Person, data: string) => pressIn(app, p, data);
const stored = async (p: Person) => String(await redis.hget(`jg:user:${p.id}`, "regions"));
const fairDraft = async (p: Person) =>
  (await redis.get<{ fair?: { draft?: { region?: string } } }>(`jg:session:${p.id}`))?.fair?.draft;

describe("several districts typed in one message", () => {
  it("reads spaces and 和 together, at the district step and straight away at the city step", async () => {
    const cases: [string[], string][] = [
      [["烟台", "龙口 招远 和 栖霞"], "370681,370685,370686"],
      [["龙口 招远 和 栖霞"], "370681,370685,370686"],
      [["龙口以及招远"], "370681,370685"],
      [["longkou and zhaoyuan"], "370681,370685"],
      [["烟台 龙口 招远"], "370681,370685"],
      [["烟台", "烟台市：龙口和栖霞"], "370681,370686"],
      [["Yantai Longkou Zhaoyuan"], "370681,370685"],
      // A wrong character of the same sound, as a pinyin keyboard offers it.
      [["烟苔", "龙口和招原"], "370681,370685"],
    ];
    for (const [typed, regions] of cases) {
      const p = zhUser();
      await say(p, "/subscribe");
      for (const t of typed) await say(p, t);
      expect(await lastText(p), typed.join(" / ")).toContain("您想收到哪些消息");
      await say(p, "好");
      expect(await lastText(p)).toContain("订阅成功");
      expect(await stored(p), typed.join(" / ")).toBe(regions);
    }
  });

  it("still names the one word it does not know", async () => {
    const p = zhUser();
    await say(p, "/subscribe");
    await say(p, "烟台");
    await say(p, "龙口 招远 和 北京");
    expect(await lastText(p)).toContain("没有找到“北京”");
    expect(await stored(p)).toBe("null");
  });
});

describe("topics typed as numbers in words, the buttons' labels or with « and »", () => {
  it("subscribes to what she named", async () => {
    for (const [p, typed, topics] of [
      [zhUser(), "一 三", "fairs,training"],
      [zhUser(), "救助帮扶项目", "aid"],
      [enUser(), "job fairs and loans", "fairs,business"],
      [enUser(), "Aid programmes", "aid"],
    ] as const) {
      await say(p, "/subscribe");
      await say(p, "招远");
      await say(p, typed);
      expect(await redis.hget(`jg:user:${p.id}`, "topics"), typed).toBe(topics);
      expect(await stored(p)).toBe("370685");
    }
  });
});

describe("a request to stop in a sentence, in her language", () => {
  it("asks with one stop button for « TD », « 我不想收到提醒了 » and English sentences", async () => {
    for (const [p, typed, asked] of [
      [zhUser(), "TD", "您是想退订全部提醒吗"],
      [zhUser(), "我不想收到提醒了", "您是想退订全部提醒吗"],
      [enUser(), "please stop sending me messages", "Do you want to stop all alerts"],
      [enUser(), "I want to unsubscribe", "Do you want to stop all alerts"],
    ] as const) {
      await say(p, "/start sub_370686");
      await say(p, typed);
      expect(await lastText(p), typed).toContain(asked);
      expect(await lastButtons(p)).toContain("sub:stop");
      expect(await redis.hget(`jg:user:${p.id}`, "status")).toBe("active");
    }
  });
});

describe("the fair form's district typed outside the list on screen", () => {
  it("tells staff a district or city outside her area is outside it, in her language", async () => {
    await say(YANTAI_STAFF, "/newfair");
    for (const t of ["Spring fair", "tomorrow 2pm", "Hall A"]) await say(YANTAI_STAFF, t);
    expect(await lastText(YANTAI_STAFF)).toContain("district or county</b> of Yantai");
    for (const t of ["寿光", "Jinan"]) {
      await say(YANTAI_STAFF, t);
      expect(await lastText(YANTAI_STAFF), t).toContain("That region is outside your area");
      expect(await fairDraft(YANTAI_STAFF)).not.toHaveProperty("region");
    }
    await say(YANTAI_STAFF, "zhaoyuan");
    expect(await lastText(YANTAI_STAFF)).toContain("How many <b>employers</b>");
    expect((await fairDraft(YANTAI_STAFF))?.region).toBe("370685");
    await press(YANTAI_STAFF, "fair:quit");
  });

  it("takes another city, or its district, named by an admin", async () => {
    await say(ADMIN, "/newfair");
    for (const t of ["春风送岗", "明天下午2点", "会场", "烟台", "栖霞"]) await say(ADMIN, t);
    expect((await fairDraft(ADMIN))?.region).toBe("370686");
    // Another city named at the district step opens that city's districts.
    await say(ADMIN, "/newfair");
    for (const t of ["春风送岗", "明天下午2点", "会场", "烟台", "潍坊"]) await say(ADMIN, t);
    expect(await lastText(ADMIN)).toContain("招聘会在潍坊市的哪个<b>区县</b>");
    await say(ADMIN, "/newfair");
    for (const t of ["春风送岗", "明天下午2点", "会场", "烟台", "广饶"]) await say(ADMIN, t);
    expect(await lastText(ADMIN)).toContain("有多少家<b>企业</b>");
    expect((await fairDraft(ADMIN))?.region).toBe("370523");
    await press(ADMIN, "fair:quit");
  });
});
