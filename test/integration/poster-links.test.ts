/**
 * Someone who arrives through a poster link (sub_…, fair_…, signup) gets what the link promised and,
 * the first time only, a short line on what else the bot does with the main menu, after it (in the
 * same message: the line after its text, the menu under its buttons).
 */
import { describe, expect, it } from "vitest";
import { createFair } from "../../src/fairs/store.ts";
import { FAIRS_ADMIN_IDS } from "../support/constants.ts";
import { textsFor } from "../support/emulator.ts";
import { draft } from "../support/fairs.ts";
import { enUser, fillForm, lastButtons, lastText, zhUser } from "../support/signup.ts";
import { driver, type Person, press, redis, say } from "../support/worker.ts";

const MENU = ["menu:subscribe", "menu:fairs", "menu:mentor", "menu:faq"];
const INTRO_ZH = "巾帼助手还可以帮您";
const INTRO_EN = "Jinguo can also";
const intros = async (p: Person) =>
  (await textsFor(p.id)).filter((t) => /巾帼助手还可以帮您|Jinguo can also/.test(t));

/** The last message is the confirmation (`said`) with the intro after it and the menu under its own buttons. */
async function expectIntroAfter(p: Person, said: string | RegExp, intro: string, own: string[] = []) {
  const text = await lastText(p);
  expect(text).toMatch(said);
  expect(text.indexOf(intro)).toBeGreaterThan(text.search(said));
  const buttons = await lastButtons(p);
  for (const b of [...own, ...MENU]) expect(buttons).toContain(b);
  if (own[0]) expect(buttons.indexOf(own[0])).toBeLessThan(buttons.indexOf(MENU[0]!));
}

describe("a poster link, the first time", () => {
  it("sub_: the subscription confirmed, then the line and the menu; a second link, only its confirmation", async () => {
    const p = zhUser();
    await say(p, "/start sub_370700");
    await expectIntroAfter(p, "已为您订阅", INTRO_ZH, ["sub:undo:370700", "sub:start"]);
    await say(p, "/start sub_370523");
    expect(await lastText(p)).toContain("已为您订阅");
    expect(await intros(p)).toHaveLength(1);
  });

  it("fair_: the fair's details, then the line and the menu, in her language", async () => {
    const fair = await createFair(redis, draft(), FAIRS_ADMIN_IDS[4], Date.now());
    const p = enUser();
    await say(p, `/start fair_${fair.id}`);
    await expectIntroAfter(p, "测试招聘会", INTRO_EN, [`fair:go:${fair.id}`]);
    await say(p, `/start fair_${fair.id}`);
    expect(await intros(p)).toHaveLength(1);
  });

  it("signup: the line and the menu after she submits (or declines), not under the notice", async () => {
    const p = zhUser();
    await say(p, "/start signup");
    expect(await lastButtons(p)).toContain("su:ok:signup");
    expect(await intros(p)).toHaveLength(0);
    await say(p, "同意");
    await say(p, "王丽");
    await say(p, "13812345678");
    await press(p, "sur:c:370700");
    await press(p, "sur:d:370781");
    await press(p, "su:c:stage:young");
    await press(p, "su:c:industry:ecommerce");
    await say(p, "1 2");
    await say(p, "我在寿光种大棚蔬菜，想开网店。");
    await press(p, "su:sub");
    await expectIntroAfter(p, /JG-\d{4}-\d{6}/, INTRO_ZH);

    const q = enUser();
    await say(q, "/start signup");
    await press(q, "su:no");
    await expectIntroAfter(q, "nothing was saved", INTRO_EN);
  });

  it("an unknown link's notice, too", async () => {
    const p = zhUser();
    await say(p, "/start sub_999900");
    await expectIntroAfter(p, "999900", INTRO_ZH, ["sub:start"]);
    const q = zhUser();
    await say(q, "/start fair_999999999");
    await expectIntroAfter(q, "999999999", INTRO_ZH);
  });

  it("is not shown to one who has used the bot before, nor after /signup typed", async () => {
    const p = zhUser();
    await say(p, "/start");
    await say(p, "/start sub_370700");
    expect(await lastText(p)).toContain("已为您订阅");
    const q = zhUser();
    await fillForm(driver(), q);
    await press(q, "su:sub");
    expect(await intros(q)).toHaveLength(0);
    expect(await intros(p)).toHaveLength(0);
  });
});
