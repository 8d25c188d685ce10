import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { text } from "node:stream/consumers";
import { InputFile } from "grammy";
import { describe, expect, inject, it } from "vitest";
import { PLACEHOLDER_PNG } from "../../dev/emulator/image.ts";
import { botApi } from "./support/bot.ts";
import { simulatorSuite } from "./support/suite.ts";

const sim = simulatorSuite("chat");
const bot = botApi();

describe("the chat, in the browser", () => {
  it("shows her text as text, however much it looks like HTML", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "<b>Eve</b>", language: "en" });
    const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>not bold</b> & done`;
    await s.sendText(evil);
    const mine = s.page.locator("#messages .msg.me").last();
    await expect(mine.locator(".text").textContent()).resolves.toBe(evil);
    await expect(mine.locator("img, script, b").count()).resolves.toBe(0);
    await expect(s.page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(s.persona(p.id).locator(".name").textContent()).resolves.toBe("<b>Eve</b>");
  });

  it("renders Telegram's HTML tags as formatting, escaped text as text, and follows a deep link", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "Fay", language: "en" });
    const html = [
      "<b>bold</b> <i>italic</i> <u>under</u> <s>struck</s> <code>code</code>",
      '<tg-spoiler>secret</tg-spoiler> <a href="https://t.me/jinguo_dev_bot?start=sub_370700">Weifang poster</a>',
      "<blockquote>quoted</blockquote><pre>pre block</pre>&lt;img src=x onerror=alert(1)&gt;",
    ].join("\n");
    await bot.sendMessage(p.id, html, { parse_mode: "HTML" });
    const msg = await s.waitForBotText("pre block");
    for (const [selector, text] of [
      ["b", "bold"],
      ["i", "italic"],
      ["u", "under"],
      ["s", "struck"],
      ["code", "code"],
      [".spoiler", "secret"],
      ["a.deep-link", "Weifang poster"],
      ["blockquote", "quoted"],
      ["pre", "pre block"],
    ]) {
      await expect(msg.locator(`.text ${selector}`).first().textContent()).resolves.toBe(text);
    }
    await expect(msg.locator(".text").textContent()).resolves.toContain("<img src=x onerror=alert(1)>");
    await expect(msg.locator("img").count()).resolves.toBe(0);
    await s.snap("html");
    // A link to the bot with ?start= is a deep link: tapping it sends /start <payload> as her.
    const after = await s.lastMessageId();
    await msg.locator("a.deep-link").click();
    await s.waitForBotText(/subscribed to job-fair alerts for Weifang/, { after });
  });

  it("shows edits and deletions in place", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "Gia", language: "en" });
    const sent = await bot.sendMessage(p.id, "first version");
    const bubble = await s.waitForBotText("first version");
    await bot.editMessageText(p.id, sent.message_id, "second version");
    await s.waitForBotText("second version");
    await expect(bubble.locator(".meta .edited").count()).resolves.toBe(1);
    await expect(s.messages().count()).resolves.toBe(1);
    await bot.deleteMessage(p.id, sent.message_id);
    await bubble.waitFor({ state: "detached" });
  });

  it("offers documents (CSV, ICS) for download and shows photos", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "Hana", language: "en" });
    const csv = "name,city\n李梅,潍坊\n";
    const ics =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Job fair\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    await bot.sendDocument(p.id, new InputFile(new TextEncoder().encode(csv), "signups.csv"));
    await bot.sendDocument(p.id, new InputFile(new TextEncoder().encode(ics), "fair.ics"), {
      caption: "Add to calendar",
    });
    await bot.sendPhoto(p.id, new InputFile(PLACEHOLDER_PNG, "poster.png"), { caption: "Poster" });
    for (const [name, content] of [
      ["signups.csv", csv],
      ["fair.ics", ics],
    ] as const) {
      const link = s.page.locator("#messages a.document", { hasText: name });
      await link.waitFor();
      const [download] = await Promise.all([s.page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toBe(name);
      // Streamed: the browser runs as a server, so the file is not on this side's disk.
      await expect(text(await download.createReadStream())).resolves.toBe(content);
    }
    const photo = (await s.waitForBotText("Poster")).locator("img.photo");
    await s.page.waitForFunction(
      (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
      await photo.elementHandle(),
    );
    await s.snap("files");
  });

  it("lets her attach a file and a photo, and refuses files past the size limit", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "Lena", language: "en" });
    const attach = s.page.locator("#attach");
    await attach.setInputFiles({ name: "cv.csv", mimeType: "text/csv", buffer: Buffer.from("name\nLena\n") });
    await s.page.locator("#messages .msg.me a.document", { hasText: "cv.csv" }).waitFor();
    await attach.setInputFiles({
      name: "me.png",
      mimeType: "image/png",
      buffer: Buffer.from(PLACEHOLDER_PNG),
    });
    await s.page.locator("#messages .msg.me img.photo").waitFor();
    // A path, not a buffer: Chromium reads the file from disk instead of receiving 11 MB over CDP.
    const dir = mkdtempSync(join(tmpdir(), "jinguo-e2e-"));
    const huge = join(dir, "huge.bin");
    writeFileSync(huge, "");
    truncateSync(huge, 11 * 1024 * 1024);
    await attach.setInputFiles(huge);
    await s.page.locator(".toast.error", { hasText: "Files up to 10 MB only" }).waitFor();
    const log = (await (await fetch(`${inject("e2eEmulatorUrl")}/__emu/chats/${p.id}/messages`)).json()) as {
      messages: { outgoing: boolean; message: { document?: { file_name?: string }; photo?: unknown[] } }[];
    };
    const mine = log.messages
      .filter((m) => !m.outgoing)
      .map((m) => m.message.document?.file_name ?? (m.message.photo ? "photo" : "?"));
    expect(mine).toEqual(["cv.csv", "photo"]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the bot's reply keyboard; the share-contact button sends her phone number", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "Iris", language: "en" });
    await bot.sendMessage(p.id, "May we have your phone number?", {
      reply_markup: {
        keyboard: [[{ text: "📱 Share my phone", request_contact: true }], [{ text: "Skip" }]],
        one_time_keyboard: true,
        resize_keyboard: true,
      },
    });
    await s.waitForBotText("May we have your phone number?");
    await s.snap("reply-keyboard");
    await s.pressReplyButton("📱 Share my phone");
    const contact = s.page.locator("#messages .msg.me .contact");
    await contact.waitFor();
    await expect(contact.textContent()).resolves.toMatch(/Iris \+86\d{11}/);
    // one_time_keyboard: hidden after the press, until she opens it again.
    await s.page.locator("#reply-kb button").first().waitFor({ state: "detached" });
    await s.page.locator("#kb-toggle").click();
    await s.page.locator("#reply-kb").getByRole("button", { name: "Skip" }).waitFor();
    // Telegram handed the contact to the bot as a message update from her.
    const log = (await (await fetch(`${inject("e2eEmulatorUrl")}/__emu/chats/${p.id}/messages`)).json()) as {
      messages: { outgoing: boolean; message: { contact?: { user_id?: number } } }[];
    };
    expect(log.messages.some((m) => !m.outgoing && m.message.contact?.user_id === p.id)).toBe(true);
    await bot.sendMessage(p.id, "Thanks", { reply_markup: { remove_keyboard: true } });
    await s.waitForBotText("Thanks");
    await s.page.locator("#kb-toggle").waitFor({ state: "hidden" });
  });

  it("counts unread messages per persona and keeps every chat over a page reload", async () => {
    const s = sim();
    const reader = await s.createPersona({ first_name: "Jade", language: "en" });
    const other = await s.createPersona({ first_name: "Kate", language: "en" });
    await s.selectPersona(reader.id);
    await bot.sendMessage(other.id, "one for Kate");
    await bot.sendMessage(other.id, "two for Kate");
    await s.persona(other.id).locator(".unread", { hasText: "2" }).waitFor();
    await expect(s.unread(reader.id)).resolves.toBe(0);
    await s.snap("unread");
    await s.selectPersona(other.id);
    await s.persona(other.id).locator(".unread").waitFor({ state: "detached" });
    await s.reload();
    // The page remembers who was open, her history comes back from the emulator, and read stays read.
    await s.persona(other.id).and(s.page.locator(".selected")).waitFor();
    await s.waitForBotText("two for Kate");
    await expect(s.messages().count()).resolves.toBe(2);
    await expect(s.unread(other.id)).resolves.toBe(0);
  });
});
