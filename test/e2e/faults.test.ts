import { describe, expect, it } from "vitest";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label } from "./support/text.ts";

const sim = simulatorSuite("faults");

describe("fault controls, in the browser", () => {
  it("shows a persona who blocked the bot: the bot's sends to her fail with 403, in her chat and in the counts", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "Ada", language: "en" });
    await s.sendText("/start");
    const welcome = await s.waitForBotText(firstLine("en", "welcome", { name: "Ada" }));
    const blockedBefore = await s.deliveries("blocked");

    await s.setBlocked(true);
    await expect(s.page.locator("#chat-header .tag.danger").textContent()).resolves.toContain("blocked");
    // An old button still sends a callback query; the bot's answer to it cannot reach her.
    await s.pressButton(label("en", "menu-language"), { in: welcome });
    const note = s.page.locator("#messages .note.blocked").first();
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(
      /sendMessage failed: 403 Forbidden: bot was blocked by the user/,
    );
    await s.page.waitForFunction(
      (n) => Number(document.querySelector('#delivery-summary [data-outcome="blocked"] b')?.textContent) > n,
      blockedBefore,
    );
    await s.snap("blocked-403");

    // Writing to the bot again unblocks it, as pressing "Restart" does in Telegram.
    const after = await s.lastMessageId();
    await s.sendText("/start");
    await s.waitForBotText(firstLine("en", "welcome", { name: "Ada" }), { after });
    await expect(s.persona(p.id).locator(".tag.danger").count()).resolves.toBe(0);
  });

  it("answers the next call with 429 and retry_after, shown in the chat; the bot recovers", async () => {
    const s = sim();
    await s.newChat({ first_name: "Bea", language: "en" });
    await s.page.locator("#fault-429-count").fill("1");
    await s.page.locator("#fault-429-retry").fill("7");
    await s.page.locator("#fault-429").click();
    await s.page.locator("#fault-list li", { hasText: "429 retry after 7 s" }).waitFor();
    await s.sendText("/start");
    const note = s.page.locator("#messages .note", { hasText: "429" }).first();
    await note.waitFor();
    await expect(note.textContent()).resolves.toContain("retry after 7");
    // The fault was used up by the welcome; the bot's apology got through.
    await s.waitForBotText(firstLine("en", "error-generic"));
    await s.page.locator("#fault-list li.muted").waitFor();
    await s.snap("429");
  });

  it("answers the next call with a 5xx, shown in the chat", async () => {
    const s = sim();
    await s.newChat({ first_name: "Cleo", language: "en" });
    await s.page.locator("#fault-5xx-status").selectOption("503");
    await s.page.locator("#fault-5xx").click();
    await s.page.locator("#fault-list li", { hasText: "503" }).waitFor();
    await s.sendText("/start");
    const note = s.page.locator("#messages .note", { hasText: "503" }).first();
    await note.waitFor();
    await expect(note.textContent()).resolves.toContain("Service Unavailable");
    await s.waitForBotText(firstLine("en", "error-generic"));
    await s.snap("5xx");
  });
});
