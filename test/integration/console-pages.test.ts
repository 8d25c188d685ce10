import { beforeAll, describe, expect, it } from "vitest";
import { consolePaths } from "../../src/console/paths.ts";
import { subscriptionKeys } from "../../src/subscriptions/keys.ts";
import { seedPeople } from "../support/broadcast.ts";
import { type ConsoleFetch, consoleApp, csrfOf, formPost, pageGet, signInAs } from "../support/console.ts";
import { WEIFANG_STAFF_ID } from "../support/constants.ts";
import { textsFor, userAction } from "../support/emulator.ts";
import { uniqueId } from "../support/worker.ts";

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

/** The page's form fields (its CSRF token and nonce) with `fields` posted as a preview. */
async function preview(path: string, fields: Record<string, string>) {
  const html = await (await get(path, pageGet(weifang))).text();
  const nonce = /name="nonce" value="([a-z0-9]+)"/.exec(html)?.[1] ?? "";
  const res = await get(path, formPost({ _csrf: csrfOf(html), nonce, step: "preview", ...fields }, weifang));
  expect(res.status, path).toBe(422);
  return [...(await res.text()).matchAll(/class="field-error"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1] ?? "");
}

// The chat's words for "tap Skip", "tap a suggestion", "send it again": the console has no such buttons.
const CHAT_BUTTONS = /\btap\b|Skip|suggestion|\bsend\b/i;

describe("a form's problem in the console", () => {
  it("never asks her to tap a chat button the page does not have", async () => {
    const fair = await preview(consolePaths.fairNew, { title: "x", link: "http://example.org/apply" });
    const broadcast = await preview(consolePaths.broadcastNew, {
      text: "x",
      lang: "all",
      when: "later",
      at: "whenever",
      links: Array.from({ length: 5 }, (_, i) => `L${i} - https://example.org/${i}`).join("\n"),
    });
    const faq = await preview(consolePaths.faqNew, { l: "zh-CN", question: "x", answer: "长".repeat(601) });
    const errors = [...fair, ...broadcast, ...faq];
    // The fair's targets and link, the broadcast's time and links are among them.
    expect(errors.join("\n")).toMatch(/https:\/\//);
    expect(errors.length).toBeGreaterThanOrEqual(4);
    for (const error of errors) expect(error).not.toMatch(CHAT_BUTTONS);
  });
});

describe("a broadcast held for approval from the console", () => {
  it("names its author to each admin in the admin's language, not the author's", async () => {
    // An admin and a Weifang staff member of their own, with a threshold every broadcast is above.
    const [boss, author] = [uniqueId(), uniqueId()];
    const app = await consoleApp({
      STAFF: `${boss}:admin,${author}:staff:370700`,
      BROADCAST_APPROVAL_THRESHOLD: "0",
    });
    await userAction("send", {
      from: { id: boss, first_name: "审批人", language_code: "zh-hans" },
      text: "/start",
    });
    await seedPeople(1, { sets: [subscriptionKeys.sub("aid", "370700")] });
    const cookie = await signInAs(app, author, "en");
    const html = await (await app(consolePaths.broadcastNew, pageGet(cookie))).text();
    const label = `approval ${uniqueId()}`;
    const fields = {
      _csrf: csrfOf(html),
      nonce: /name="nonce" value="([a-z0-9]+)"/.exec(html)?.[1] ?? "",
      text: "x",
      label,
      topics: "aid",
      lang: "all",
      when: "now",
      step: "send",
    };
    const sent = await app(consolePaths.broadcastNew, formPost(fields, cookie));
    expect(sent.headers.get("location")).toContain("did=approval&asked=1");
    const request = (await textsFor(boss)).find((t) => t.includes(label)) ?? "";
    expect(request).toContain(`工作人员 ${author}`);
    expect(request).not.toContain("staff member");
  });
});
