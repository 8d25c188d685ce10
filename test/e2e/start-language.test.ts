import { describe, expect, it } from "vitest";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label, shown } from "./support/text.ts";

const sim = simulatorSuite("start-language");
const MENU = ["menu-subscribe", "menu-mentor", "menu-faq", "menu-language"];

describe("/start and the language, in the browser", () => {
  it("greets a zh-hans persona in Chinese, with the main menu as buttons", async () => {
    const s = sim();
    await s.newChat({ first_name: "小红", language: "zh-hans" });
    // An empty chat offers Telegram's START button.
    await s.page.locator(".start-btn").click();
    const reply = await s.waitForBotText(firstLine("zh-CN", "welcome", { name: "小红" }));
    for (const key of MENU) {
      await expect(
        reply.getByRole("button", { name: label("zh-CN", key), exact: true }).count(),
      ).resolves.toBe(1);
    }
    await s.snap("zh-welcome");
  });

  it("greets an en persona in English", async () => {
    const s = sim();
    await s.newChat({ first_name: "Lucy", language: "en" });
    await s.sendText("/start");
    const reply = await s.waitForBotText(firstLine("en", "welcome", { name: "Lucy" }));
    for (const key of MENU) {
      await expect(reply.getByRole("button", { name: label("en", key), exact: true }).count()).resolves.toBe(
        1,
      );
    }
    await s.snap("en-welcome");
  });

  it("switches from Chinese to English with the language buttons, and the choice sticks", async () => {
    const s = sim();
    await s.newChat({ first_name: "张丽", language: "zh-hans" });
    await s.sendText("/start");
    await s.waitForBotText(firstLine("zh-CN", "welcome", { name: "张丽" }));
    await s.pressButton(label("zh-CN", "menu-language"));
    await s.waitForBotText(shown("zh-CN", "language-choose"));
    await s.snap("language-choose");
    await s.pressButton(label("zh-CN", "language-name-en"));
    const set = await s.waitForBotText(shown("en", "language-set"));
    // The menu under the confirmation is in English now.
    await expect(
      set.getByRole("button", { name: label("en", "menu-subscribe"), exact: true }).count(),
    ).resolves.toBe(1);
    // Her Telegram app still says zh-hans: the stored choice wins for every later message.
    const after = await s.lastMessageId();
    await s.sendText("/help");
    await s.waitForBotText(firstLine("en", "help-title"), { after });
    await s.snap("language-en-help");
  });

  it("treats the starter Weifang staff persona as staff (STAFF reached the Worker)", async () => {
    const s = sim();
    await s.selectPersona("王芳");
    const after = await s.lastMessageId();
    await s.sendText("/help");
    const reply = await s.waitForBotText(firstLine("zh-CN", "help-title"), { after });
    await expect(reply.textContent()).resolves.toContain(firstLine("zh-CN", "staff-help-title"));
  });
});
