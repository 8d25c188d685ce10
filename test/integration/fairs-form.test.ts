import { describe, expect, it } from "vitest";
import { getFair } from "../../src/fairs/store.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { FAIRS_ADMIN_IDS, STAFF_TOOLS_ADMIN_IDS, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { answersTo, callsFor, textsFor } from "../support/emulator.ts";
import { lastButtons, lastText, staffPerson } from "../support/fairs.ts";
import { press, redis, say } from "../support/worker.ts";

// Each fairs test file has its own admin, so parallel files never share a form in progress.
const admin = staffPerson(FAIRS_ADMIN_IDS[0], "zh-hans");
const weifang = staffPerson(WEIFANG_STAFF_ID, "zh-hans");
const TZ = "Asia/Shanghai";

describe("creating a fair with /newfair", () => {
  it("reads every listed date format and asks again, with an example, for a past or unreadable one", async () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const cases: [string, RegExp][] = [
      [`${nextYear}-06-09 14:00`, new RegExp(`${nextYear}年6月9日（周.）14:00 ✓`)],
      ["6月9日 14:00", /年6月9日（周.）14:00 ✓/],
      ["6月9日下午2点", /年6月9日（周.）14:00 ✓/],
      ["明天上午9点", /（周.）09:00 ✓/],
    ];
    for (const [typed, shown] of cases) {
      await say(admin, "/newfair");
      await say(admin, "春风送岗");
      await say(admin, typed);
      expect(await lastText(admin)).toMatch(shown);
      expect(await lastText(admin)).toContain("请输入<b>地点</b>");
    }
    await say(admin, "/newfair");
    await say(admin, "春风送岗");
    await say(admin, `${nextYear - 2}-06-09 14:00`);
    expect(await lastText(admin)).toContain("已经过去");
    expect(await lastText(admin)).toContain("明天上午9点");
    await say(admin, "下个月吧");
    expect(await lastText(admin)).toContain("没看懂“下个月吧”");
    expect(await lastText(admin)).toContain(dateExamples(Date.now(), TZ).spoken);
    await say(admin, "6月9日");
    expect(await lastText(admin)).toContain("<b>几点</b>");
    await press(admin, "fair:quit");
    expect(await lastText(admin)).toContain("已放弃");
  });

  // Issue 14 (16): « 昨天上午9点 » got « 没看懂 », and the prompt's examples were fixed dates long past.
  it("says any time gone by has passed, and its examples are dates to come, computed from today", async () => {
    await say(admin, "/newfair");
    await say(admin, "春风送岗");
    const prompt = await lastText(admin);
    const ex = dateExamples(Date.now(), TZ);
    for (const example of [ex.iso, ex.md, ex.spoken]) expect(prompt).toContain(example);
    for (const [y, m, d] of [...prompt.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)].map((x) =>
      x.slice(1).map(Number),
    )) {
      expect(Date.UTC(y!, m! - 1, d!)).toBeGreaterThan(Date.now());
    }
    for (const past of ["昨天上午9点", "前天下午3点", "上周三上午10点", "3天前 9:00"]) {
      await say(admin, past);
      expect(await lastText(admin)).toContain("这个时间已经过去了");
    }
    await press(admin, "fair:quit");
    const en = staffPerson(STAFF_TOOLS_ADMIN_IDS[0], "en");
    await say(en, "/newfair");
    await say(en, "Spring fair");
    expect(await lastText(en)).toContain(ex.en);
    for (const past of ["yesterday 9am", "last monday 2pm"]) {
      await say(en, past);
      expect(await lastText(en)).toContain("That time has already passed");
    }
    await press(en, "fair:quit");
  });

  it("keeps a title or venue typed over two lines on one line", async () => {
    await say(admin, "/newfair");
    await say(admin, "春风送岗\n 女性专场 ");
    await say(admin, "明天上午9点");
    await say(admin, "人力资源市场\n一楼大厅");
    const session = await redis.get<{ fair?: { draft: Record<string, unknown> } }>(`jg:session:${admin.id}`);
    expect(session?.fair?.draft).toMatchObject({
      title: "春风送岗 女性专场",
      venue: "人力资源市场 一楼大厅",
    });
    await press(admin, "fair:quit");
  });

  it("bounds every field, takes buttons and typed answers, and previews exactly what subscribers get", async () => {
    await say(admin, "/newfair");
    await say(admin, "标".repeat(101));
    expect(await lastText(admin)).toContain("最多 100 字，您输入了 101 字");
    await say(admin, "<b>春风</b> & 送岗");
    await say(admin, "明天下午2点");
    await say(admin, "人力资源市场");
    await say(admin, "北京");
    expect(await lastText(admin)).toContain("没有找到“北京”");
    await press(admin, "frg:pc:1");
    await press(admin, "frg:c:371100");
    await press(admin, "frg:d:371121");
    await say(admin, "很多");
    expect(await lastText(admin)).toContain("0 到 100,000");
    await say(admin, "51家");
    await say(admin, "2,600个");
    await press(admin, "fair:tg:rural");
    await press(admin, "fair:tg:homemaking");
    await press(admin, "fair:tg:ok");
    await say(admin, "介".repeat(1001));
    expect(await lastText(admin)).toContain("最多 1,000 字");
    await say(admin, "第一段\n\n第二段 <i>x</i>");
    await say(admin, "0633-1234567");
    await say(admin, "http://example.com/reg");
    expect(await lastText(admin)).toContain("https://");
    await say(admin, "https://example.com/reg?a=1&b=2");
    // One message: the announcement as subscribers get it, under its header, with the staff's buttons.
    const texts = await textsFor(admin.id);
    const preview = texts.at(-1)!;
    expect(preview).toContain("将收到下面这条消息");
    expect(preview).toContain("确认无误就点“发布”");
    expect(preview).toContain("&lt;b&gt;春风&lt;/b&gt; &amp; 送岗");
    expect(preview).toContain("日照市 · 五莲县");
    expect(preview).toContain("参会企业：51 家 · 岗位：2,600 个");
    expect(preview).toContain("面向：农村妇女、家政");
    expect(preview).toContain("第二段 &lt;i&gt;x&lt;/i&gt;");
    expect(preview).toContain('href="https://example.com/reg?a=1&amp;b=2"');
    const buttons = (await callsFor(admin.id, "sendMessage")).at(-1)!.params.reply_markup;
    expect(JSON.stringify(buttons)).toContain('"我要参加"');
    expect(JSON.stringify(buttons)).toContain('"加入日历"');
    expect(JSON.stringify(buttons)).toContain('"详情"');

    // Change one field from the preview, then publish.
    await press(admin, "fair:chg");
    await press(admin, "fair:f:positions");
    await say(admin, "2600");
    expect(await lastButtons(admin)).toContain("fair:pub");
    await press(admin, "fair:pub");
    const id = /#(\d+)/.exec(await lastText(admin))?.[1];
    const fair = await getFair(redis, id!);
    expect(fair).toMatchObject({
      title: "<b>春风</b> & 送岗",
      region: "371121",
      employers: 51,
      positions: 2600,
      targets: ["rural", "homemaking"],
      link: "https://example.com/reg?a=1&b=2",
      status: "published",
    });
  });

  it("keeps staff inside their scope", async () => {
    await say(weifang, "/newfair");
    await say(weifang, "潍坊专场");
    await say(weifang, "明天上午9点");
    await say(weifang, "潍坊人才市场");
    await say(weifang, "日照");
    expect(await lastText(weifang)).toContain("不在您的管理范围内");
    const forged = await press(weifang, "frg:d:371121", { force: true });
    expect((await answersTo(forged.callbackId))[0]?.params.text).toContain("过期");
    await say(weifang, "潍坊");
    await say(weifang, "青州");
    expect(await lastText(weifang)).toContain("<b>企业</b>");
    await press(weifang, "fair:quit");
  });
});
