import { beforeAll, describe, expect, it } from "vitest";
import { consolePaths } from "../../src/console/paths.ts";
import { type ConsoleFetch, consoleApp, pageGet, signInAs } from "../support/console.ts";
import { WEIFANG_STAFF_ID } from "../support/constants.ts";

// Rules every signed-in console page keeps, whichever feature drew it.
let get: ConsoleFetch;
let weifang: string;
beforeAll(async () => {
  get = await consoleApp();
  weifang = await signInAs(get, WEIFANG_STAFF_ID, "en");
});

const SIGNED_IN_PAGES = [
  consolePaths.home,
  consolePaths.applications,
  consolePaths.mentors,
  consolePaths.fairs,
  consolePaths.fairNew,
  consolePaths.broadcasts,
  consolePaths.broadcastNew,
  consolePaths.faq,
  consolePaths.faqNew,
];

describe("every signed-in page", () => {
  it("shows her scope and a sign-out button in the same frame", async () => {
    for (const path of SIGNED_IN_PAGES) {
      const res = await get(path, pageGet(weifang));
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain("Staff: Weifang");
      expect(html, path).toContain(`action="${consolePaths.signOut}"`);
    }
  });
});
