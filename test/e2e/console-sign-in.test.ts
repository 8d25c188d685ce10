import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser } from "./support/browser.ts";

// The console's ways in, in real Chromium against `wrangler dev` (static assets, cookies, CSP as served).
const SHOTS = join(import.meta.dirname, "..", "artifacts", "e2e", "console");
const WEIFANG_STAFF = { id: 900000002, first_name: "王芳", language_code: "zh-hans" };
const ADMIN = { id: 900000001, first_name: "Admin Chen", language_code: "en" };

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await openBrowser(inject("chromiumWs"));
});
afterAll(async () => {
  await browser?.close();
});

/** The URL Telegram would open the Mini App at, with initData the emulator signed for `user`. */
async function launchUrl(user: { id: number; first_name: string; language_code: string }): Promise<string> {
  const res = await fetch(`${inject("e2eEmulatorUrl")}/__emu/webapp-init-data`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user, url: `${inject("e2eWorkerUrl")}/console/app` }),
  });
  return ((await res.json()) as { launch_url: string }).launch_url;
}

/** A fresh page (own cookies) that records what the CSP refused. */
async function newPage(): Promise<{ page: Page; refused: string[]; close: () => Promise<void> }> {
  const context = await browser.context.browser()!.newContext({ viewport: { width: 420, height: 760 } });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
  });
  return { page, refused, close: () => context.close() };
}

describe("the console's ways in, in Chromium", () => {
  it("opens as a Mini App: our script posts the initData from the fragment and she lands signed in", async () => {
    const { page, refused, close } = await newPage();
    await page.goto(await launchUrl(WEIFANG_STAFF));
    await page.waitForURL(`${inject("e2eWorkerUrl")}/console`);
    await expect(page.locator("h1").textContent()).resolves.toBe("概览");
    await expect(page.locator("header.top").textContent()).resolves.toContain("工作人员：潍坊市");
    // The stylesheet came from Workers static assets and applies (the panel has its border).
    const border = await page.locator(".who").evaluate((e) => getComputedStyle(e).borderTopStyle);
    expect(border).toBe("solid");
    // The session cookie is set as specified, and no script can read it.
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "__Host-jg_console")).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: "Strict",
      path: "/",
    });
    await expect(page.evaluate(() => document.cookie)).resolves.toBe("");
    await page.screenshot({ path: join(SHOTS, "home-zh.png"), fullPage: true });

    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(/\/console\/signed-out$/);
    await page.goto(`${inject("e2eWorkerUrl")}/console`);
    await expect(page.locator("h1").first().textContent()).resolves.toBe("请从机器人打开工作台");
    expect(refused).toEqual([]);
    await close();
  });

  it("shows an English-speaking admin the console in English", async () => {
    const { page, refused, close } = await newPage();
    await page.goto(await launchUrl(ADMIN));
    await page.waitForURL(`${inject("e2eWorkerUrl")}/console`);
    await expect(page.locator("header.top").textContent()).resolves.toContain("Administrator (all regions)");
    await page.screenshot({ path: join(SHOTS, "home-en.png"), fullPage: true });
    expect(refused).toEqual([]);
    await close();
  });

  it("without Telegram's data or a session, ends on the page that says how to open it", async () => {
    const { page, refused, close } = await newPage();
    const res = await page.goto(`${inject("e2eWorkerUrl")}/console`);
    expect(res?.status()).toBe(401);
    await expect(page.locator("section[lang=en] h1").textContent()).resolves.toBe(
      "Open the console from the bot",
    );
    await page.screenshot({ path: join(SHOTS, "refused-401.png"), fullPage: true });
    // The Mini App page opened without a fragment goes there too, rather than posting nothing.
    await page.goto(`${inject("e2eWorkerUrl")}/console/app`);
    await page.waitForURL(`${inject("e2eWorkerUrl")}/console`);
    await expect(page.locator("section[lang=zh-CN] h1").textContent()).resolves.toBe("请从机器人打开工作台");
    expect(refused).toEqual([]);
    await close();
  });
});
