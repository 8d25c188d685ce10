// Page helpers for a WeChat persona in the simulator: poster QR scans, the account menu, typing, the account's bubbles.
import type { Locator, Page } from "playwright-core";
import type { Sim } from "./sim.ts";

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/**
 * The selected WeChat persona's column, driven as she would: every action waits for the emulator's
 * answer (the Worker has then answered the push), every read waits on a condition in the page.
 */
export class WechatChat {
  readonly page: Page;

  constructor(sim: Sim) {
    this.page = sim.page;
  }

  /** Every line of her conversation (hers, the account's, event notes). */
  messages(): Locator {
    return this.page.locator("#wx-messages .wx-msg");
  }

  /** The newest line's seq (0 when empty): pass it as `after` to skip older replies. */
  async lastSeq(): Promise<number> {
    const seqs = await this.messages().evaluateAll((els) => els.map((el) => Number(el.dataset.seq)));
    return Math.max(0, ...seqs);
  }

  /** Runs an action and waits for the emulator's answer to `/__sim/wx/<action>`. */
  private async answered(action: string, run: () => Promise<void>): Promise<void> {
    const done = this.page.waitForResponse(
      (res) => new URL(res.url()).pathname === `/__sim/wx/${action}` && res.request().method() === "POST",
      { timeout: 30_000 },
    );
    await run();
    const res = await done;
    const body = (await res.json()) as { ok: boolean; description?: string };
    if (!body.ok) throw new Error(`${action}: ${body.description}`);
  }

  /** She scans a poster QR with this scene (following through it when she does not follow yet). */
  async scanPoster(scene: string): Promise<void> {
    await this.answered("scan", async () => {
      await this.page.locator("#wx-scene").fill(scene);
      await this.page.locator("#wx-scan").click();
    });
  }

  /** She taps a menu button: a top-level one, or `sub` inside the group `name`. */
  async tapMenu(name: string, sub?: string): Promise<void> {
    if ((await this.page.locator("#wx-menu").count()) === 0) await this.page.locator("#wx-mode").click();
    const top = this.page.locator("#wx-menu .wx-menu-btn", { hasText: name });
    await this.answered("click", async () => {
      await top.click();
      if (sub)
        await this.page
          .locator(".wx-submenu")
          .getByRole("menuitem", { name: exact(sub) })
          .click();
    });
  }

  /** She types a message and sends it (switching from the menu to the keyboard if needed). */
  async type(text: string): Promise<void> {
    if ((await this.page.locator("#wx-input").count()) === 0) await this.page.locator("#wx-mode").click();
    await this.answered("send", async () => {
      await this.page.locator("#wx-input").fill(text);
      await this.page.locator("#wx-input").press("Enter");
    });
  }

  /** Waits for an account bubble (reply, customer-service or template message) containing `text`, newer than `after`. */
  async waitForAccountText(text: string | RegExp, opts: { after?: number; timeout?: number } = {}) {
    const pattern = typeof text === "string" ? { source: text, flags: "", regex: false } : text;
    const handle = await this.page.waitForFunction(
      ({ source, flags, regex, after }) => {
        const all = [...document.querySelectorAll<HTMLElement>("#wx-messages .wx-msg.account")].reverse();
        const found = all.find((el) => {
          if (Number(el.dataset.seq) <= after) return false;
          const body = el.querySelector(".wx-bubble")?.textContent ?? "";
          return regex ? new RegExp(source, flags).test(body) : body.includes(source);
        });
        return found?.dataset.seq ?? false;
      },
      {
        source: pattern.source,
        flags: pattern.flags,
        regex: typeof text !== "string",
        after: opts.after ?? 0,
      },
      { timeout: opts.timeout ?? 20_000 },
    );
    return this.page.locator(`#wx-messages .wx-msg[data-seq="${await handle.jsonValue()}"]`);
  }

  /** The number of the option whose label contains `label` in an account bubble. */
  async optionNumber(bubble: Locator, label: string): Promise<string> {
    const line = bubble.locator(".wx-line.option", { hasText: label }).first();
    return (await line.locator(".wx-opt").getAttribute("data-option")) ?? "";
  }
}
