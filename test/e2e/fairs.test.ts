import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/fairs/types.ts";
import { regionLabel } from "../../src/regions/index.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label, linePattern, shown } from "./support/text.ts";

const sim = simulatorSuite("fairs");
const zh = "zh-CN";
const WEIFANG = regionLabel("370700", zh);
const JINAN = regionLabel("370100", zh);

describe("job fairs, in the browser", () => {
  it("a Weifang staff member publishes a fair in Qingzhou: the Weifang subscriber gets it and signs up, Jinan's does not", async () => {
    const s = sim();
    // Made up per run, so the fair is told apart from any other in the stack's chats.
    const title = `春风送岗 · 青州女性专场 ${Date.now() % 1_000_000}`;
    const weifang = await s.newChat({ first_name: "孙丽", language: "zh-hans" });
    await s.openDeepLink("/start sub_370700");
    await s.waitForBotText(shown(zh, "sub-link-done", { region: WEIFANG }));
    const jinan = await s.newChat({ first_name: "赵敏", language: "zh-hans" });
    await s.openDeepLink("/start sub_370100");
    await s.waitForBotText(shown(zh, "sub-link-done", { region: JINAN }));

    // The starter staff persona: staff of Weifang from the stack's start, no Worker restart needed.
    await s.selectPersona("王芳");
    await s.ask("/newfair", firstLine(zh, "fair-ask-title", { max: LIMITS.title }));
    // The prompt's examples are a week from today (src/time/examples.ts).
    await s.ask(title, shown(zh, "fair-ask-when", dateExamples(Date.now(), "Asia/Shanghai")));
    await s.ask("明天上午9点", shown(zh, "fair-ask-venue", { max: LIMITS.venue }));
    // Her scope is one city, so the form goes straight to its districts.
    const region = await s.ask("青州市人力资源市场一楼", shown(zh, "fair-ask-district", { city: WEIFANG }));
    await s.snap("districts");
    await s.pressButton(/^\d+ 青州/, { in: region });
    await s.waitForBotText(shown(zh, "fair-ask-employers"));
    await s.ask("36", shown(zh, "fair-ask-positions"));
    const targets = await s.ask("850", shown(zh, "fair-ask-targets"));
    await s.pressButton(new RegExp(`${label(zh, "fair-target-rural")}$`), { in: targets });
    // The toggle edits the keyboard in place; "next" reads the choice from the saved form.
    await targets
      .getByRole("button", { name: new RegExp(`^✅ \\d ${label(zh, "fair-target-rural")}$`) })
      .waitFor();
    await s.pressButton(label(zh, "fair-button-next"), { in: targets });
    await s.waitForBotText(shown(zh, "fair-ask-description", { max: LIMITS.description }));
    await s.ask(
      "36家企业现场招聘，有电商客服、食品加工、家政等岗位，请带好身份证和简历。",
      shown(zh, "fair-ask-contact", { max: LIMITS.contact }),
    );
    await s.ask("青州市妇联 0536-3212345", shown(zh, "fair-ask-link"));
    await s.pressButton(label(zh, "fair-button-skip"));
    const ask = await s.waitForBotText(shown(zh, "fair-preview-ask"));
    await s.waitForBotText(title);
    await s.snap("preview");

    await s.pressButton(label(zh, "fair-button-publish"), { in: ask });
    const started = linePattern(zh, "fair-published-started", { title }, ["id"]);
    const status = await s.waitForBotText(started);
    const id = started.exec((await status.locator(".bubble").textContent()) ?? "")?.[1] ?? "";
    expect(id).toMatch(/^\d+$/);
    // The broadcast engine sends it through the Queue; its final report comes when everyone is handled.
    const counts = { duration: "", total: 0, sent: 0, blocked: 0, failed: 0, skipped: 0, erased: 0 }; // past line 1
    const announced = label(zh, "fair-bc-announce", { id, title });
    await s.waitForBotText(firstLine(zh, "bc-report-done", { label: announced, ...counts }), {
      timeout: 60_000,
    });
    await s.snap("published");

    // Jinan's subscriber: her chat holds her subscription and nothing about the Qingzhou fair.
    await s.selectPersona(jinan.id);
    await s.waitForBotText(shown(zh, "sub-link-done", { region: JINAN }));
    await expect(s.messages().filter({ hasText: title }).count()).resolves.toBe(0);
    await s.snap("jinan-nothing");

    await s.selectPersona(weifang.id);
    const announcement = await s.waitForBotText(title);
    await expect(announcement.textContent()).resolves.toContain(regionLabel("370781", zh));
    await s.snap("announcement");
    await s.pressButton(label(zh, "fair-button-attend"), { in: announcement });
    await s.waitForBotText(shown(zh, "fair-rsvp-done", { title }).split("。")[0]!);
    // The announcement's own button now says she is signed up.
    await announcement.getByRole("button", { name: label(zh, "fair-button-attending") }).waitFor();
    await s.snap("rsvp");
  });
});
