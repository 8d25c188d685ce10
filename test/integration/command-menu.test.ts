/**
 * Issue 14 (17): staff /help listed neither /editfair, /cancelfair, /fairqr nor /faqedit. /help and
 * the command menus come from one list, the features' own (test/unit/commands.test.ts checks it
 * against the handlers and telegram:setup's menus): the staff's /help lists every staff command.
 */
import { describe, expect, it } from "vitest";
import { STAFF_COMMANDS, STAFF_TOOLS_ADMIN_IDS, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { textsFor } from "../support/emulator.ts";
import { type Person, say, uniqueId } from "../support/worker.ts";

const admin: Person = { id: STAFF_TOOLS_ADMIN_IDS[0], first_name: "管理员", language_code: "zh-hans" };
const staffEn: Person = { id: WEIFANG_STAFF_ID, first_name: "Weifang", language_code: "en" };

describe("one list of commands", () => {
  it("staff /help lists every staff command, and a woman's /help none of them", async () => {
    for (const [p, locale] of [
      [admin, "zh"],
      [staffEn, "en"],
    ] as const) {
      await say(p, "/help");
      const help = (await textsFor(p.id)).at(-1) ?? "";
      for (const c of STAFF_COMMANDS) expect(help, `${locale}: /${c}`).toContain(`/${c}`);
      for (const c of ["start", "subscribe", "fairs", "signup", "language", "mydata", "delete"]) {
        expect(help).toContain(`/${c}`);
      }
    }
    const woman: Person = { id: uniqueId(), first_name: "小红", language_code: "zh-hans" };
    await say(woman, "/help");
    const help = (await textsFor(woman.id)).at(-1) ?? "";
    for (const c of STAFF_COMMANDS) expect(help).not.toMatch(new RegExp(`/${c}\\b`));
    expect(help).toContain("/subscribe");
  });
});
