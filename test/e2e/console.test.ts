import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STEPS } from "../../src/signup/constants.ts";
import type { Sim } from "./support/sim.ts";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label, linePattern, shown } from "./support/text.ts";

// The console opened from the simulator as Telegram opens the Mini App, in real Chromium against
// `wrangler dev`: a Weifang staff member finds an application made in chat and assigns a mentor.
const sim = simulatorSuite("console");
const zh = "zh-CN";
const SHOTS = join(import.meta.dirname, "..", "artifacts", "e2e", "console-pages");
const DOCS = join(import.meta.dirname, "..", "..", "docs");
const stepLine = (step: (typeof STEPS)[number]) =>
  shown(zh, "signup-step", {
    n: STEPS.indexOf(step) + 1,
    total: STEPS.length,
    title: label(zh, `signup-title-${step}`),
  });

/** Saves a screenshot; with JINGUO_DOC_SHOTS=1 also as docs/console-{name}.png (for the README). */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (process.env.JINGUO_DOC_SHOTS === "1") copyFileSync(path, join(DOCS, `console-${name}.png`));
}

/** Presses "Open console" in the selected staff persona's chat header: the Mini App opens in a new window. */
async function openConsole(s: Sim): Promise<Page> {
  const [page] = await Promise.all([
    s.page.context().waitForEvent("page"),
    s.page.getByRole("button", { name: "Open console" }).click(),
  ]);
  await page.setViewportSize({ width: 900, height: 900 });
  await page.waitForURL(/\/console$/);
  return page;
}

describe("the console from the simulator", () => {
  it("Weifang's staff finds an application made in chat, assigns a mentor, and the applicant is told", async () => {
    const s = sim();
    // A woman of Qingzhou subscribes, asks a question and applies in chat.
    await s.newChat({ first_name: "赵霞", language: "zh-hans" });
    await s.openDeepLink("/start sub_370781");
    await s.sendText("创业担保贷款怎么申请");
    const consent = await s.ask("/signup", firstLine(zh, "signup-consent", { days: 1 }));
    await s.pressButton(label(zh, "signup-consent-agree"), { in: consent });
    await s.waitForBotText(stepLine("name"));
    await s.ask("赵霞", stepLine("phone"));
    const form = await s.ask("13855556666", stepLine("region"));
    await s.pressButton(/^\d+ 潍坊/, { in: form });
    await s.waitForBotText(shown(zh, "signup-region-city", { city: "潍坊市" }));
    await s.pressButton(/^\d+ 青州/, { in: form });
    await s.waitForBotText(stepLine("stage"));
    await s.pressButton(`2. ${label(zh, "signup-stage-young")}`, { in: form });
    await s.waitForBotText(stepLine("industry"));
    await s.pressButton(`3. ${label(zh, "signup-industry-ecommerce")}`, { in: form });
    await s.waitForBotText(stepLine("needs"));
    await s.pressButton(`1. ${label(zh, "signup-needs-finance")}`, { in: form });
    await form.getByRole("button", { name: `✅ 1. ${label(zh, "signup-needs-finance")}` }).waitFor();
    await s.pressButton(label(zh, "signup-needs-done"), { in: form });
    await s.waitForBotText(stepLine("about"));
    const review = await s.ask("我在青州开网店卖煎饼。", shown(zh, "signup-review-title"));
    await s.pressButton(label(zh, "signup-submit"), { in: review });
    const submitted = linePattern(zh, "signup-submitted", {}, ["ref"]);
    const ref = submitted.exec((await (await s.waitForBotText(submitted)).textContent()) ?? "")?.[1] ?? "";
    expect(ref).toMatch(/^JG-\d{4}-\d{6}$/);

    // Weifang's staff persona opens the console from her chat, as the menu button would.
    await s.selectPersona("王芳");
    const page = await openConsole(s);
    await expect(page.locator("h1").textContent()).resolves.toBe("概览");
    await shot(page, "overview-zh");

    // A mentor of Qingzhou, added on the mentors page.
    await page.getByRole("link", { name: "导师名单" }).click();
    await page.getByLabel("姓名").fill("钱导师");
    await page.getByLabel("行业").fill("3");
    await page.getByLabel("地区").fill("青州");
    await page.getByLabel("联系方式").fill("13900002222");
    await page.getByRole("button", { name: "添加导师" }).click();
    await page.getByText("已添加导师。").waitFor();
    await shot(page, "mentors-zh");

    // Her application in the table, then its page; one press assigns the mentor.
    await page.getByRole("link", { name: "导师报名" }).first().click();
    await page.getByRole("link", { name: ref }).waitFor();
    await shot(page, "applications-zh");
    // At a phone's width the table scrolls sideways, and the reference stays on one line.
    await page.setViewportSize({ width: 390, height: 800 });
    const lines = await page.getByRole("link", { name: ref }).evaluate((a) => a.getClientRects().length);
    expect(lines).toBe(1);
    await shot(page, "applications-zh-phone");
    await page.setViewportSize({ width: 900, height: 900 });
    await page.getByRole("link", { name: ref }).click();
    await expect(page.locator("dl.who").textContent()).resolves.toContain("138****6666");
    await page.getByRole("button", { name: "指派给 钱导师" }).click();
    await page.getByText("已更新，并已通知申请人。").waitFor();
    await page.close();

    // Her chat shows the bot's message, with the mentor.
    await s.selectPersona("赵霞");
    await s.waitForBotText(/钱导师/);
    await s.snap("applicant-told");

    // The admin, in English.
    await s.selectPersona("Admin Chen");
    const admin = await openConsole(s);
    await expect(admin.locator("h1").textContent()).resolves.toBe("Overview");
    await shot(admin, "overview-en");
    await admin.getByRole("link", { name: "Applications" }).first().click();
    await admin.getByRole("link", { name: ref }).waitFor();
    await shot(admin, "applications-en");
    await admin.getByRole("link", { name: "Mentors" }).first().click();
    await admin.getByText("钱导师").first().waitFor();
    await shot(admin, "mentors-en");
    await admin.close();
  });
});
