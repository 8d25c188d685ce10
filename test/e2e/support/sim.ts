import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { Persona } from "../../../dev/simulator/server/personas.ts";
import type { Browser } from "./browser.ts";

export type { Persona };

/** Who: a persona's id, or her exact first name. */
export type Who = number | string;
/** A delivery outcome counted by the page's Deliveries panel. */
export type Outcome = "delivered" | "blocked" | "429" | "5xx" | "other";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "artifacts", "e2e");
const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/**
 * The simulator page, driven as a person would: pick a persona, type, tap buttons, read the bot's
 * bubbles. Every wait is on a condition in the page, never a fixed sleep.
 */
export class Sim {
  private shot = 0;
  readonly page: Page;
  readonly url: string;
  private readonly shots: string;

  private constructor(page: Page, url: string, shots: string) {
    this.page = page;
    this.url = url;
    this.shots = shots;
  }

  /** Opens the simulator in a new tab; screenshots go to test/artifacts/e2e/<suite>/. */
  static async open(browser: Browser, url: string, suite: string): Promise<Sim> {
    const page = await browser.context.newPage();
    const shots = join(ARTIFACTS, suite);
    rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    await page.goto(url);
    await page.locator("body[data-ready]").waitFor();
    return new Sim(page, url, shots);
  }

  /** Reloads the page (history comes back from the emulator, read marks from localStorage). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator("body[data-ready]").waitFor();
  }

  /** Creates a persona through the simulator's API (as the page's editor does) and waits for it. */
  async createPersona(input: Omit<Partial<Persona>, "id"> & { first_name: string }): Promise<Persona> {
    const res = await fetch(new URL("/__sim/personas", this.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ language: "zh-hans", role: "user", ...input }),
    });
    const body = (await res.json()) as { ok: boolean; persona: Persona; description?: string };
    if (!body.ok) throw new Error(`creating ${input.first_name}: ${body.description}`);
    await this.persona(body.persona.id).waitFor();
    return body.persona;
  }

  /** Creates a persona and opens her (empty) chat: the start of most scenarios. */
  async newChat(input: Omit<Partial<Persona>, "id"> & { first_name: string }): Promise<Persona> {
    const persona = await this.createPersona(input);
    await this.selectPersona(persona.id);
    return persona;
  }

  /** Her row in the persona list. */
  persona(who: Who): Locator {
    if (typeof who === "number") return this.page.locator(`.persona[data-persona-id="${who}"]`);
    return this.page.locator(".persona").filter({ has: this.page.locator(".name", { hasText: exact(who) }) });
  }

  async selectPersona(who: Who): Promise<void> {
    await this.persona(who).click();
    await this.persona(who).and(this.page.locator(".selected")).waitFor();
  }

  /** Her unread count in the list (0 when no badge is shown). */
  async unread(who: Who): Promise<number> {
    const badge = this.persona(who).locator(".unread");
    return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
  }

  /** The selected persona's chat: every bubble, hers and the bot's. */
  messages(): Locator {
    return this.page.locator("#messages .msg");
  }

  /** The highest message id in the open chat (0 when empty): pass it as `after` to skip old replies. */
  async lastMessageId(): Promise<number> {
    const ids = await this.messages().evaluateAll((els) => els.map((el) => Number(el.dataset.messageId)));
    return Math.max(0, ...ids);
  }

  /**
   * Types a message as the selected persona and waits for her bubble and for the Worker to have
   * finished with it: the bot's reply shows before its session is saved, and a next message sent
   * in that gap would find the old session (a person is never that fast; a test is).
   */
  async sendText(text: string): Promise<void> {
    const after = await this.lastMessageId();
    await this.delivered(async () => {
      await this.page.locator("#input").fill(text);
      await this.page.locator("#input").press("Enter");
    });
    await this.waitForMessage("me", text, after);
  }

  /** Types a message and waits for the bot's reply containing `expected`; returns that reply. */
  async ask(text: string, expected: string | RegExp): Promise<Locator> {
    const after = await this.lastMessageId();
    await this.sendText(text);
    return this.waitForBotText(expected, { after });
  }

  /** Runs an action that sends one update from the page, and waits for the Worker's answer to it. */
  private async delivered(action: () => Promise<void>): Promise<void> {
    const answered = this.page.waitForResponse(
      (res) => new URL(res.url()).pathname === "/__emu/send" && res.request().method() === "POST",
      { timeout: 30_000 },
    );
    await action();
    await answered;
  }

  /** Waits for a bot bubble containing `text` (newer than message `after`); returns it. */
  waitForBotText(text: string | RegExp, opts: { after?: number; timeout?: number } = {}): Promise<Locator> {
    return this.waitForMessage("bot", text, opts.after ?? 0, opts.timeout);
  }

  private async waitForMessage(
    side: "me" | "bot",
    text: string | RegExp,
    after: number,
    timeout = 20_000,
  ): Promise<Locator> {
    const pattern = typeof text === "string" ? { source: text, flags: "" } : text;
    const handle = await this.page.waitForFunction(
      ({ side, source, flags, regex, after }) => {
        const all = [...document.querySelectorAll<HTMLElement>(`#messages .msg.${side}`)].reverse();
        const found = all.find((el) => {
          if (Number(el.dataset.messageId) <= after) return false;
          const body = el.querySelector(".bubble")?.textContent ?? "";
          return regex ? new RegExp(source, flags).test(body) : body.includes(source);
        });
        return found?.dataset.messageId ?? false;
      },
      { side, source: pattern.source, flags: pattern.flags, regex: typeof text !== "string", after },
      { timeout },
    );
    return this.page.locator(`#messages .msg[data-message-id="${await handle.jsonValue()}"]`);
  }

  /**
   * Taps an inline button (exact label, or a pattern) on the newest bot message that has it, and
   * waits for the callback query's round trip through the Worker to finish.
   */
  async pressButton(name: string | RegExp, opts: { in?: Locator } = {}): Promise<void> {
    const role = { name: typeof name === "string" ? exact(name) : name };
    const scope =
      opts.in ??
      this.page
        .locator("#messages .msg.bot")
        .filter({ has: this.page.getByRole("button", role) })
        .last();
    // Hold on to this very element: the bot's edit may re-render the message before the press returns.
    const button = await scope.locator(".inline-kb").getByRole("button", role).first().elementHandle();
    if (!button) throw new Error(`no inline button ${String(name)}`);
    await button.click();
    await this.page.waitForFunction((el) => !el.isConnected || !el.classList.contains("loading"), button);
  }

  /** Taps a button of the bot's reply keyboard (a share-contact button sends her phone number). */
  async pressReplyButton(name: string): Promise<void> {
    await this.delivered(() =>
      this.page
        .locator("#reply-kb")
        .getByRole("button", { name: exact(name) })
        .click(),
    );
  }

  /** Opens a deep link from the Deep links box (`/start sub_370700`, a bare payload or a t.me URL). */
  async openDeepLink(link: string): Promise<void> {
    const after = await this.lastMessageId();
    await this.delivered(async () => {
      await this.page.locator("#deeplink").fill(link);
      await this.page.locator("#deeplink-form button[type=submit]").click();
    });
    await this.waitForMessage("me", "/start", after);
  }

  /**
   * The selected persona blocks (or unblocks) the bot: sends to her answer 403. With `tellBot`,
   * the bot also gets Telegram's my_chat_member update; without, it learns only from the 403.
   */
  async setBlocked(blocked: boolean, opts: { tellBot?: boolean } = {}): Promise<void> {
    await this.page.locator("#fault-blocked-tell").setChecked(opts.tellBot ?? false);
    await this.page.locator("#fault-blocked").setChecked(blocked);
    const tag = this.page.locator(".persona.selected .tag.danger");
    await tag.waitFor({ state: blocked ? "visible" : "detached" });
  }

  /** The Deliveries panel's total for one outcome. */
  async deliveries(outcome: Outcome): Promise<number> {
    return Number(await this.page.locator(`#delivery-summary [data-outcome="${outcome}"] b`).textContent());
  }

  /** A broadcast's entry in the Broadcasts panel, found by its label (the start of its text). */
  broadcast(label: string): Locator {
    const name = this.page.locator(".bc-label", { hasText: label });
    return this.page.locator("#broadcast-list .broadcast").filter({ has: name });
  }

  /** Saves a screenshot of the page as test/artifacts/e2e/<suite>/<nn>-<step>.png. */
  async snap(step: string): Promise<void> {
    this.shot += 1;
    const name = `${String(this.shot).padStart(2, "0")}-${step.replace(/[^a-z0-9-]+/gi, "-")}.png`;
    await this.page.screenshot({ path: join(this.shots, name) });
  }
}
