import { describe, expect, it } from "vitest";
import { regionLabel } from "../../src/regions/index.ts";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label, shown } from "./support/text.ts";

const sim = simulatorSuite("broadcast");
const zh = "zh-CN";
const CHANGYI = "370786";
const AID = label(zh, "sub-topic-aid");
const NO_ARGS = { regions: "", topics: "" };

describe("broadcasts, in the browser", () => {
  it("Weifang's staff member sends to two Changyi subscribers, one of whom blocked the bot: one receives it live, her report says 1 blocked", async () => {
    const s = sim();
    // Made up per run, so this broadcast is told apart from anything else in the stack's chats.
    const text = `昌邑市妇联：本周六上午在市妇女儿童活动中心为困难家庭发放救助物资 ${Date.now() % 1_000_000}`;

    // Two subscribers from the poster link of Changyi, who also want news of aid programmes. Other
    // files subscribe to Weifang's job fairs, and a notice for Changyi also reaches whole-city
    // subscribers: sending on the aid topic alone keeps the audience to exactly these two.
    const subscribe = async (name: string) => {
      const p = await s.newChat({ first_name: name, language: "zh-hans" });
      await s.openDeepLink(`/start sub_${CHANGYI}`);
      await s.waitForBotText(shown(zh, "sub-link-done", { region: regionLabel(CHANGYI, zh) }));
      const mine = await s.ask("/mysubs", firstLine(zh, "sub-mysubs", NO_ARGS));
      await s.pressButton(label(zh, "sub-button-topics"), { in: mine });
      const topics = await s.waitForBotText(firstLine(zh, "sub-choose-topics", NO_ARGS));
      await s.pressButton(new RegExp(`^⬜ \\d ${AID}$`), { in: topics });
      await topics.getByRole("button", { name: new RegExp(`^✅ \\d ${AID}$`) }).waitFor();
      await s.pressButton(label(zh, "sub-button-confirm"), { in: topics });
      await s.waitForBotText(firstLine(zh, "sub-saved", NO_ARGS));
      return p;
    };
    const han = await subscribe("韩雪");
    const gao = await subscribe("高燕");
    // She blocks the bot without Telegram telling it: the bot learns only from the broadcast's 403.
    await s.setBlocked(true);
    await s.snap("subscribers");
    const blockedBefore = await s.deliveries("blocked");

    // The starter staff persona of Weifang composes, all through the page's buttons.
    await s.selectPersona("王芳");
    await s.ask("/broadcast", firstLine(zh, "bc-ask-message"));
    const buttons = await s.ask(text, firstLine(zh, "bc-ask-buttons"));
    await s.pressButton(label(zh, "bc-button-skip"), { in: buttons });
    const audience = await s.waitForBotText(
      firstLine(zh, "bc-audience", { regions: "", topics: "", lang: "" }),
    );
    await s.pressButton(label(zh, "bc-button-regions"), { in: audience });
    await s.waitForBotText(shown(zh, "bc-choose-districts"));
    // Weifang has twelve districts, eight to a page: Changyi is on the second.
    await s.pressButton(label(zh, "region-next"), { in: audience });
    await s.pressButton(/^\d+ 昌邑/, { in: audience });
    await audience.getByRole("button", { name: /^✅ \d+ 昌邑/ }).waitFor();
    await s.pressButton(label(zh, "region-done"), { in: audience });
    await s.waitForBotText(`地区：${regionLabel(CHANGYI, zh)}`);
    // Every topic is on at first; leave only aid.
    for (const topic of ["fairs", "business", "training"]) {
      const name = label(zh, `sub-topic-${topic}`);
      await s.pressButton(`✅ ${name}`, { in: audience });
      await audience.getByRole("button", { name, exact: true }).waitFor();
    }
    await expect(audience.textContent()).resolves.toContain(`主题：${AID}`);
    await s.snap("audience");

    await s.pressButton(label(zh, "bc-button-count"), { in: audience });
    const when = await s.waitForBotText(shown(zh, "bc-preview-above", { count: "2" }));
    await s.waitForBotText(text);
    await s.snap("preview");
    await s.pressButton(label(zh, "bc-button-now"), { in: when });
    const confirm = await s.waitForBotText(
      shown(zh, "bc-confirm", { count: "2", when: label(zh, "bc-when-now") }),
    );
    await s.pressButton(label(zh, "bc-button-send", { count: "2" }), { in: confirm });
    await s.waitForBotText(firstLine(zh, "bc-started", { count: "2" }));

    // Through the Queue in wrangler dev: her unread badge shows it arriving while the staff chat is open.
    await s.persona(han.id).locator(".unread").waitFor({ timeout: 30_000 });
    const [head, , counts] = shown(zh, "bc-report-done", {
      label: text,
      duration: "",
      total: "2",
      sent: "1",
      blocked: "1",
      failed: "0",
      skipped: "0",
      erased: 0,
    }).split("\n");
    const report = await s.waitForBotText(head!, { timeout: 30_000 });
    await expect(report.textContent()).resolves.toContain(counts);
    // The progress message, edited in place to its last state: 2 of 2, 1 blocked.
    const progress = s.messages().filter({ hasText: shown(zh, "bc-progress-done", { label: text }) });
    const last = {
      bar: "▓".repeat(10),
      percent: 100,
      done: "2",
      total: "2",
      blocked: "1",
      failed: "0",
      erased: 0,
    };
    await expect(progress.textContent()).resolves.toContain(shown(zh, "bc-progress-line", last));
    await s.snap("report");

    // The page's Broadcasts panel: the engine's counts, and what each persona got.
    const card = s.broadcast(text);
    await card.and(s.page.locator('[data-status="done"]')).waitFor();
    const count = (outcome: string) => card.locator(`[data-outcome="${outcome}"] b`).textContent();
    await expect(count("delivered")).resolves.toBe("1");
    await expect(count("blocked")).resolves.toBe("1");
    await expect(count("failed")).resolves.toBe("0");
    await expect(card.locator(".bc-total").textContent()).resolves.toBe("2/2");
    const chip = (id: number) => card.locator(`.recipient[data-persona-id="${id}"]`);
    await expect(chip(han.id).getAttribute("data-outcome")).resolves.toBe("delivered");
    await expect(chip(gao.id).getAttribute("data-outcome")).resolves.toBe("blocked");
    // The Deliveries panel counts the 403 once, as Telegram answered it.
    await s.page.waitForFunction(
      (n) =>
        Number(document.querySelector('#delivery-summary [data-outcome="blocked"] b')?.textContent) === n,
      blockedBefore + 1,
    );
    await card.scrollIntoViewIfNeeded();
    await s.snap("broadcasts-panel");

    // A recipient in the panel opens her chat, where the announcement is.
    await chip(han.id).click();
    await s.persona(han.id).and(s.page.locator(".selected")).waitFor();
    await s.waitForBotText(text);
    await s.snap("received");
    await s.selectPersona(gao.id);
    await expect(s.messages().filter({ hasText: text }).count()).resolves.toBe(0);
    await s.page.locator("#messages .note.blocked").last().waitFor();
    await s.snap("blocked-403");
  });
});
