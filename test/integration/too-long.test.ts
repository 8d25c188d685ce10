/**
 * Issue 14 (15): a "too long" error counts what she sent. A 4,096-character text was reported as
 * 4,000 (a fair's description) or 2,000 (a sign-up's description) characters, because the input was
 * cut before it was counted. Every form that reports a count is tried with a text longer than any cut.
 */
import { describe, expect, it } from "vitest";
import { STAFF_TOOLS_ADMIN_IDS } from "../support/constants.ts";
import { textsFor } from "../support/emulator.ts";
import { lastText, staffPerson } from "../support/fairs.ts";
import { startForm, zhUser } from "../support/signup.ts";
import { weifang } from "../support/signup-staff.ts";
import { driver, press, say } from "../support/worker.ts";

const admin = staffPerson(STAFF_TOOLS_ADMIN_IDS[1], "zh-hans");
const d = driver();
// Telegram's longest message, and one of rare characters (each two UTF-16 units: 4,000 of them, 2,000 characters).
const FULL = "好".repeat(4096);
const RARE = "𠮷".repeat(2000);

describe("a too-long answer is counted as sent", () => {
  it("in the fair form: the title, the venue, the description and the contact", async () => {
    await say(admin, "/newfair");
    await say(admin, FULL);
    expect(await lastText(admin)).toContain("最多 100 字，您输入了 4,096 字");
    await say(admin, RARE);
    expect(await lastText(admin)).toContain("最多 100 字，您输入了 2,000 字");
    await say(admin, "春风送岗");
    await say(admin, "明天上午9点");
    await say(admin, `${"会".repeat(2500)}\n${"场".repeat(1595)}`);
    expect(await lastText(admin)).toContain("最多 200 字，您输入了 4,096 字");
    await press(admin, "fair:quit");
    // Straight to the description through the preview's "change" of a full draft.
    await say(admin, "/newfair");
    for (const answer of ["春风送岗", "明天上午9点", "会展中心", "日照", "五莲", "5", "50", "全部"]) {
      await say(admin, answer);
    }
    await say(admin, FULL);
    expect(await lastText(admin)).toContain("最多 1,000 字，您输入了 4,096 字");
    await say(admin, "介绍");
    await say(admin, RARE);
    expect(await lastText(admin)).toContain("最多 100 字，您输入了 2,000 字");
    await press(admin, "fair:quit");
  });

  it("in the sign-up form: her name and her description", async () => {
    const p = zhUser();
    await startForm(d, p);
    await say(p, "王".repeat(4000));
    expect((await textsFor(p.id)).at(-2)).toContain("您输入了 4,000 个字");
    await say(p, "王丽");
    await say(p, "13812345678");
    await press(p, "sur:c:370700");
    await press(p, "sur:d:370781");
    await press(p, "su:c:stage:young");
    await press(p, "su:c:industry:ecommerce");
    await say(p, "1 2");
    await say(p, FULL);
    expect((await textsFor(p.id)).at(-2)).toContain("简介最多 500 字，您写了 4,096 字");
    await say(p, RARE);
    expect((await textsFor(p.id)).at(-2)).toContain("简介最多 500 字，您写了 2,000 字");
    await say(p, "/cancel");
  });

  it("in the mentor form: the mentor's name", async () => {
    await say(weifang, "/mentors");
    await press(weifang, "mt:add");
    await say(weifang, "李".repeat(800));
    expect((await textsFor(weifang.id)).at(-2)).toContain("这里有 800 个字");
    await say(weifang, "/cancel");
  });
});
