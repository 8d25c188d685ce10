import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { botApi } from "./support/bot.ts";
import type { Sim } from "./support/sim.ts";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine } from "./support/text.ts";

const sim = simulatorSuite("personas");

async function openEditor(s: Sim, opener: Locator): Promise<Locator> {
  await opener.click();
  const dialog = s.page.locator("dialog.persona-dialog[open]");
  await dialog.waitFor();
  return dialog;
}

async function selectedId(s: Sim): Promise<number> {
  return Number(await s.page.locator(".persona.selected").getAttribute("data-persona-id"));
}

describe("personas, in the browser", () => {
  it("creates, renames and deletes a persona in the editor, and refuses staff without a region", async () => {
    const s = sim();
    let dialog = await openEditor(s, s.page.locator("#new-persona"));
    await dialog.locator('[name="first_name"]').fill("Olga");
    await dialog.locator('[name="language"]').selectOption("en");
    await dialog.locator('[name="role"]').selectOption("staff");
    await dialog.getByRole("button", { name: "Create" }).click();
    await dialog.locator(".form-error", { hasText: "staff need a region code" }).waitFor();
    await dialog.locator('[name="role"]').selectOption("user");
    await dialog.getByRole("button", { name: "Create" }).click();
    await dialog.waitFor({ state: "detached" });
    await s.persona("Olga").and(s.page.locator(".selected")).waitFor();
    const id = await selectedId(s);
    await s.snap("created");

    dialog = await openEditor(s, s.persona(id).locator(".edit"));
    await dialog.locator('[name="first_name"]').fill("Olga K.");
    await dialog.getByRole("button", { name: "Save" }).click();
    await s.persona("Olga K.").waitFor();
    await s.page.locator("#chat-header", { hasText: "Olga K." }).waitFor();

    dialog = await openEditor(s, s.persona(id).locator(".edit"));
    await dialog.getByRole("button", { name: "Delete" }).click();
    // A second click confirms.
    await dialog.getByRole("button", { name: "Really delete?" }).click();
    await s.persona(id).waitFor({ state: "detached" });
  });

  it("makes a new staff persona staff by restarting the Worker by itself, and undoes it on delete", async () => {
    const s = sim();
    let dialog = await openEditor(s, s.page.locator("#new-persona"));
    await dialog.locator('[name="first_name"]').fill("赵静");
    await dialog.locator('[name="role"]').selectOption("staff");
    await dialog.locator('[name="region"]').fill("370500");
    await dialog.getByRole("button", { name: "Create" }).click();
    await s.persona("赵静").and(s.page.locator(".selected")).waitFor();
    const id = await selectedId(s);
    // The Worker reads STAFF from its env only: the launcher restarts `wrangler dev` with the new list.
    await s.page.locator("#staff-line", { hasText: `${id}:staff:370500` }).waitFor();
    await s.page.locator("#worker-banner").waitFor({ state: "hidden", timeout: 60_000 });
    await s.sendText("/help");
    const help = await s.waitForBotText(firstLine("zh-CN", "help-title"));
    await expect(help.textContent()).resolves.toContain(firstLine("zh-CN", "staff-help-title"));
    await s.snap("staff-help-title");

    dialog = await openEditor(s, s.persona(id).locator(".edit"));
    await dialog.getByRole("button", { name: "Delete" }).click();
    await dialog.getByRole("button", { name: "Really delete?" }).click();
    await s.persona(id).waitFor({ state: "detached" });
    await s.page.waitForFunction(
      (id) => !document.querySelector("#staff-line")?.textContent?.includes(String(id)),
      id,
    );
    await s.page.locator("#worker-banner").waitFor({ state: "hidden", timeout: 60_000 });
  }, 150_000); // two restarts of wrangler dev

  it("keeps every persona's row in the page while a thousand messages arrive, so a click lands", async () => {
    const s = sim();
    const busy = await s.createPersona({ first_name: "Busy" });
    const quiet = await s.createPersona({ first_name: "Quiet" });
    const others = Array.from({ length: 40 }, (_, i) => 880_000_000 + i);
    // A mark on the row elements as they are now: a row rebuilt during the flood loses it.
    await s.page.evaluate(() => {
      for (const li of document.querySelectorAll<HTMLElement>(".persona"))
        Object.assign(li, { jgMark: true });
    });
    const api = botApi();
    let sent = 0;
    const flood = Promise.all(
      Array.from({ length: 6 }, async () => {
        while (sent < 1000) {
          const n = sent++;
          await api.sendMessage(n % 4 === 0 ? busy.id : (others[n % others.length] as number), `notice ${n}`);
        }
      }),
    );
    // Clicks while the messages pour in: each must land on the row and select her.
    for (const who of [quiet.id, busy.id, quiet.id]) {
      await s.persona(who).click();
      await s.persona(who).and(s.page.locator(".selected")).waitFor();
    }
    await flood;
    await s.persona(busy.id).locator(".preview", { hasText: "notice" }).waitFor();
    const kept = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement & { jgMark?: boolean }>(".persona")].every(
        (li) => li.jgMark === true,
      ),
    );
    expect(kept).toBe(true);
    await s.snap("after-flood");
  }, 120_000);
});
