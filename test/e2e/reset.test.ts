import { describe, expect, it } from "vitest";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine } from "./support/text.ts";

const sim = simulatorSuite("reset");
const STARTERS = ["李梅", "Emma", "王芳", "Admin Chen"];

describe("reset, in the browser", () => {
  it("clears all local data only after a confirmation", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "Tess", language: "en" });
    await s.sendText("/start sub_370700");
    await s.waitForBotText(/subscribed to job-fair alerts for Weifang/);

    await s.page.locator("#reset").click();
    const dialog = s.page.locator("dialog.confirm-reset[open]");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect(s.persona(p.id).count()).resolves.toBe(1);

    await s.page.locator("#reset").click();
    await dialog.getByRole("button", { name: "Reset everything" }).click();
    await s.persona(p.id).waitFor({ state: "detached" });
    await expect(s.page.locator(".persona .name").allTextContents()).resolves.toEqual(STARTERS);
    await s.page.locator(".toast", { hasText: "Reset done" }).waitFor();
    // The emulator forgot its calls, so the delivery counts start again from zero.
    await s.page.waitForFunction(
      () => document.querySelector('#delivery-summary [data-outcome="delivered"] b')?.textContent === "0",
    );
    await s.snap("after-reset");

    // Redis was emptied too: Emma is a stranger to the bot again, with no subscription.
    await s.selectPersona("Emma");
    await expect(s.messages().count()).resolves.toBe(0);
    await s.sendText("/mysubs");
    await s.waitForBotText(firstLine("en", "sub-none"));
  });
});
