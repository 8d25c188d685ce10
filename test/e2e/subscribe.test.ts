import { describe, expect, it } from "vitest";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label, shown } from "./support/text.ts";

const sim = simulatorSuite("subscribe");
// For strings whose first line has no placeholders (Fluent still wants every variable of the message).
const NO_ARGS = { regions: "", topics: "" };

describe("subscriptions, in the browser", () => {
  it("subscribes through the region picker by tapping buttons, each step edited in place", async () => {
    const s = sim();
    await s.newChat({ first_name: "Grace", language: "en" });
    await s.sendText("/start");
    await s.waitForBotText(firstLine("en", "welcome", { name: "Grace" }));
    await s.pressButton(label("en", "menu-subscribe"));
    const picker = await s.waitForBotText(shown("en", "region-choose-city"));
    const pickerId = await picker.getAttribute("data-message-id");
    await s.snap("cities");

    const bubbles = await s.messages().count();
    await s.pressButton(/^\d+ Weifang$/, { in: picker });
    // The same message now asks for the district: Telegram edits it rather than sending a new one.
    await s.waitForBotText(firstLine("en", "region-choose-district", { city: "Weifang" }));
    await expect(picker.getAttribute("data-message-id")).resolves.toBe(pickerId);
    await expect(s.messages().count()).resolves.toBe(bubbles);
    await expect(picker.locator(".meta .edited").count()).resolves.toBe(1);
    await s.snap("districts");

    await s.pressButton(label("en", "region-whole-city", { city: "Weifang" }), { in: picker });
    await s.waitForBotText(/What would you like to hear about\?/);
    await s.snap("topics");
    await s.pressButton(label("en", "sub-button-confirm"), { in: picker });
    const saved = await s.waitForBotText(firstLine("en", "sub-saved", NO_ARGS));
    await expect(saved.textContent()).resolves.toContain("Weifang");
    await s.snap("saved");

    const after = await s.lastMessageId();
    await s.sendText("/mysubs");
    const mine = await s.waitForBotText(firstLine("en", "sub-mysubs", NO_ARGS), { after });
    await expect(mine.textContent()).resolves.toMatch(/Regions: .*Weifang/);
  });

  it("subscribes from a deep link typed as /start sub_<code> and from a poster link on the page", async () => {
    const s = sim();
    await s.newChat({ first_name: "Nora", language: "en" });
    await s.sendText("/start sub_370100");
    await s.waitForBotText(/subscribed to job-fair alerts for Jinan/);

    const after = await s.lastMessageId();
    await s.page.locator('#deeplink-samples a[data-payload="sub_370783"]').click();
    const done = await s.waitForBotText(/subscribed to job-fair alerts for .*Shouguang/, { after });
    await s.snap("deep-link");
    // The deep link's buttons work like any other: undo takes Shouguang off again, in place.
    await s.pressButton(label("en", "sub-button-undo"), { in: done });
    await s.waitForBotText(/Undone: no more job-fair alerts for .*Shouguang/, { after });
  });

  it("pauses alerts when she blocks the bot and Telegram tells it (my_chat_member)", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "Mia", language: "en" });
    await s.sendText("/start sub_370700");
    await s.waitForBotText(/subscribed to job-fair alerts for Weifang/);
    await s.setBlocked(true, { tellBot: true });
    await s.snap("blocked-told");
    // Writing again unblocks the bot, as Telegram's "Restart" does; her alerts stay paused until she resumes.
    const after = await s.lastMessageId();
    await s.sendText("/mysubs");
    const mine = await s.waitForBotText(firstLine("en", "sub-mysubs", NO_ARGS), { after });
    await expect(mine.textContent()).resolves.toContain(shown("en", "sub-paused"));
    await expect(s.persona(p.id).locator(".tag.danger").count()).resolves.toBe(0);
  });
});
