import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { regionLabel } from "../../src/regions/index.ts";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label, shown } from "./support/text.ts";

// The console's work pages in real Chromium against `wrangler dev`: a broadcast composed, sent and watched to
// the end; a job fair published from the form; the Q&A page. Screenshots of each page in both languages.
const sim = simulatorSuite("console-broadcasts");
const zh = "zh-CN";
const GAOMI = "370785";
const BUSINESS = label(zh, "sub-topic-business");
const NO_ARGS = { regions: "", topics: "" };
const WEIFANG_STAFF = { id: 900000002, first_name: "王芳", language_code: "zh-hans" };
const ADMIN = { id: 900000001, first_name: "Admin Chen", language_code: "en" };
// Screenshots of the pages (copied to docs/ as docs/console-broadcasts-<lang>.png when they change).
const shot = (name: string) =>
  join(import.meta.dirname, "..", "artifacts", "e2e", "console-broadcasts", name);

/** Opens the console as Telegram opens the Mini App, with initData the emulator signed for `user`. */
async function openConsole(page: Page, user: typeof WEIFANG_STAFF): Promise<void> {
  const res = await fetch(`${inject("e2eEmulatorUrl")}/__emu/webapp-init-data`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user, url: `${inject("e2eWorkerUrl")}/console/app` }),
  });
  await page.goto(((await res.json()) as { launch_url: string }).launch_url);
  await page.waitForURL(`${inject("e2eWorkerUrl")}/console`);
}

describe("the console's broadcasts, in Chromium", () => {
  it("Weifang's staff member composes a broadcast that reaches exactly two personas and watches it reach 100%", async () => {
    const s = sim();
    const text = `高密市妇联：创业贷款政策宣讲会本周五下午举行 ${Date.now() % 1_000_000}`;
    // Two subscribers of Gaomi who also want entrepreneurship news: nobody else in the stack does.
    const subscribe = async (name: string) => {
      const p = await s.newChat({ first_name: name, language: "zh-hans" });
      await s.openDeepLink(`/start sub_${GAOMI}`);
      await s.waitForBotText(shown(zh, "sub-link-done", { region: regionLabel(GAOMI, zh) }));
      const mine = await s.ask("/mysubs", firstLine(zh, "sub-mysubs", NO_ARGS));
      await s.pressButton(label(zh, "sub-button-topics"), { in: mine });
      const topics = await s.waitForBotText(firstLine(zh, "sub-choose-topics", NO_ARGS));
      await s.pressButton(new RegExp(`^⬜ \\d ${BUSINESS}$`), { in: topics });
      await topics.getByRole("button", { name: new RegExp(`^✅ \\d ${BUSINESS}$`) }).waitFor();
      await s.pressButton(label(zh, "sub-button-confirm"), { in: topics });
      await s.waitForBotText(firstLine(zh, "sub-saved", NO_ARGS));
      return p;
    };
    const liu = await subscribe("刘敏");
    const zhao = await subscribe("赵静");

    // The console in a tab of its own, at a phone's width, as the Mini App opens it.
    const page = await s.page.context().newPage();
    await page.setViewportSize({ width: 420, height: 860 });
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) refused.push(m.text());
    });
    await openConsole(page, WEIFANG_STAFF);
    await page.goto(`${inject("e2eWorkerUrl")}/console/broadcasts/new`);
    await page.locator("#text").fill(text);
    await page.getByLabel("高密市", { exact: false }).check();
    for (const topic of ["fairs", "training", "aid"]) {
      await page.locator(`input[name=topics][value=${topic}]`).uncheck();
    }
    // The live count, from our own script, once the audience is chosen.
    await page.locator("#bc-count", { hasText: /^2$/ }).waitFor();
    await page.screenshot({ path: shot("console-broadcasts-compose-zh-CN.png"), fullPage: true });
    await page.getByRole("button", { name: label(zh, "console-bc-preview-button") }).click();
    await page.locator(".preview-text", { hasText: text }).waitFor();
    await page.getByRole("button", { name: label(zh, "bc-button-send", { count: "2" }) }).click();
    await page.waitForURL(/\/console\/broadcasts\/[a-z0-9]+\?did=started$/);

    // The bar fills as the Queue sends, refreshed by public/console/progress.js, to 100%.
    await page.locator('.progress[data-percent="100"]').waitFor({ timeout: 30_000 });
    await page.locator("[data-status]", { hasText: label(zh, "bc-status-done") }).waitFor();
    // Once it has ended, the page loads again with the final counts per channel: 2 delivered on Telegram.
    await page.locator("tbody tr").first().locator("td").nth(1).filter({ hasText: /^2$/ }).waitFor();
    await expect(page.locator(".progress-text").textContent()).resolves.toBe("100% · 2/2");
    await page.screenshot({ path: shot("console-broadcasts-zh-CN.png"), fullPage: true });

    // Both personas' chats show it.
    for (const p of [liu, zhao]) {
      await s.selectPersona(p.id);
      await s.waitForBotText(text);
    }
    await s.snap("received");

    // An English-speaking admin sees the same broadcast, in English, on a desktop.
    await page.context().clearCookies();
    await page.setViewportSize({ width: 1200, height: 800 });
    const detail = page.url().replace(/\?.*$/, "");
    await openConsole(page, ADMIN);
    await page.goto(`${inject("e2eWorkerUrl")}/console/broadcasts`);
    await page.locator(".row-title", { hasText: text }).waitFor();
    await page.screenshot({ path: shot("console-broadcasts-list-en.png"), fullPage: true });
    await page.goto(detail);
    await page.locator("h2", { hasText: "Outcome by channel" }).waitFor();
    await page.screenshot({ path: shot("console-broadcasts-en.png"), fullPage: true });
    expect(refused).toEqual([]);
    await page.close();
  });

  it("Weifang's staff member publishes a job fair from the form; the admin sees it in English", async () => {
    const s = sim();
    const page = await s.page.context().newPage();
    await page.setViewportSize({ width: 420, height: 860 });
    await openConsole(page, WEIFANG_STAFF);
    await page.goto(`${inject("e2eWorkerUrl")}/console/fairs/new`);
    const title = `高密市春风行动招聘会 ${Date.now() % 1_000_000}`;
    await page.locator("#title").fill(title);
    await page.locator("#when").fill("下周一上午9点");
    await page.locator("#venue").fill("高密市人力资源市场");
    await page.locator("#region").selectOption(GAOMI);
    await page.locator("#employers").fill("51家");
    await page.locator("#positions").fill("2600");
    await page.locator("#description").fill("岗位：家政、电商客服、缝纫工。请带身份证。");
    await page.locator("#contact").fill("高密市妇联 0536-1234567");
    await page.getByRole("button", { name: label(zh, "console-fair-preview-button") }).click();
    await page.locator(".preview-text", { hasText: title }).waitFor();
    await page.screenshot({ path: shot("console-fairs-new-zh-CN.png"), fullPage: true });
    await page.getByRole("button", { name: label(zh, "fair-button-publish") }).click();
    await page.waitForURL(/\/console\/fairs\/\d+\?did=published$/);
    await page.screenshot({ path: shot("console-fairs-zh-CN.png"), fullPage: true });
    await page.context().clearCookies();
    await page.setViewportSize({ width: 1200, height: 800 });
    await openConsole(page, ADMIN);
    await page.goto(`${inject("e2eWorkerUrl")}/console/fairs`);
    await page.locator(".row-title", { hasText: title }).waitFor();
    await page.screenshot({ path: shot("console-fairs-en.png"), fullPage: true });
    // The Q&A page of the same console, in English for her and in Chinese for Weifang's staff member.
    await page.goto(`${inject("e2eWorkerUrl")}/console/faq?l=en`);
    await page.locator("h2", { hasText: "Entries: shown" }).waitFor();
    await page.screenshot({ path: shot("console-faq-en.png"), fullPage: true });
    await page.context().clearCookies();
    await page.setViewportSize({ width: 420, height: 860 });
    await openConsole(page, WEIFANG_STAFF);
    await page.goto(`${inject("e2eWorkerUrl")}/console/faq?l=zh-CN`);
    await page.locator("h2", { hasText: "修改记录" }).waitFor();
    await page.screenshot({ path: shot("console-faq-zh-CN.png"), fullPage: true });
    await page.close();
  });
});
