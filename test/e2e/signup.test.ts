import { describe, expect, it } from "vitest";
import { regionLabel } from "../../src/regions/index.ts";
import { STEPS } from "../../src/signup/constants.ts";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label, linePattern, shown } from "./support/text.ts";

const sim = simulatorSuite("signup");
const zh = "zh-CN";
const title = (step: (typeof STEPS)[number]) => label(zh, `signup-title-${step}`);
const stepLine = (step: (typeof STEPS)[number]) =>
  shown(zh, "signup-step", { n: STEPS.indexOf(step) + 1, total: STEPS.length, title: title(step) });
const choice = (n: number, key: string) => `${n}. ${label(zh, key)}`;

describe("mentor sign-up, in the browser", () => {
  it("fills the seven steps, edits one from the review, submits; Weifang's staff get the notice with the phone masked", async () => {
    const s = sim();
    const p = await s.newChat({ first_name: "刘芳", language: "zh-hans" });
    const consent = await s.ask("/signup", firstLine(zh, "signup-consent", { days: 1 }));
    await s.snap("consent");
    await s.pressButton(label(zh, "signup-consent-agree"), { in: consent });
    await s.waitForBotText(stepLine("name"));
    await s.ask("刘芳", stepLine("phone"));

    // The phone step's reply keyboard shares her own number (the simulator makes one up from her id).
    const phone = `138${String(p.id % 1e8).padStart(8, "0")}`;
    const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`;
    const after = await s.lastMessageId();
    await s.pressReplyButton(label(zh, "signup-phone-share"));
    await s.waitForBotText(shown(zh, "signup-phone-saved", { phone: masked }), { after });
    const form = await s.waitForBotText(stepLine("region"), { after });

    // From here each answer edits the same message in place.
    await s.pressButton(/^\d+ 潍坊/, { in: form });
    await s.waitForBotText(shown(zh, "signup-region-city", { city: regionLabel("370700", zh) }));
    await s.pressButton(/^\d+ 青州/, { in: form });
    await s.waitForBotText(stepLine("stage"));
    await s.pressButton(choice(2, "signup-stage-young"), { in: form });
    await s.waitForBotText(stepLine("industry"));
    await s.pressButton(choice(3, "signup-industry-ecommerce"), { in: form });
    await s.waitForBotText(stepLine("needs"));
    await s.pressButton(choice(1, "signup-needs-finance"), { in: form });
    await form.getByRole("button", { name: `✅ ${choice(1, "signup-needs-finance")}` }).waitFor();
    await s.pressButton(label(zh, "signup-needs-done"), { in: form });
    await s.waitForBotText(stepLine("about"));
    const review = await s.ask(
      "我在青州开了一家网店卖手工煎饼，想学怎么做直播带货。",
      shown(zh, "signup-review-title"),
    );
    const industryLine = (key: string) =>
      shown(zh, "signup-review-line", { n: 5, label: title("industry"), value: label(zh, key) });
    await expect(review.textContent()).resolves.toContain(industryLine("signup-industry-ecommerce"));
    await s.snap("review");

    // One edit from the review: the question comes back with her answer, and then the review.
    await s.pressButton(label(zh, "signup-edit", { label: title("industry") }), { in: review });
    await s.waitForBotText(shown(zh, "signup-current", { value: label(zh, "signup-industry-ecommerce") }));
    await s.pressButton(choice(1, "signup-industry-farming"), { in: review });
    await s.waitForBotText(industryLine("signup-industry-farming"));
    await s.snap("review-edited");

    await s.pressButton(label(zh, "signup-submit"), { in: review });
    const submitted = linePattern(zh, "signup-submitted", {}, ["ref"]);
    const done = await s.waitForBotText(submitted);
    const ref = submitted.exec((await done.textContent()) ?? "")?.[1] ?? "";
    const year = new Date().toLocaleString("en", { timeZone: "Asia/Shanghai", year: "numeric" });
    expect(ref).toMatch(new RegExp(`^JG-${year}-\\d{6}$`));
    await s.snap("submitted");

    // The starter staff persona of Weifang: the notice names the reference and masks the phone.
    await s.selectPersona("王芳");
    const notice = await s.waitForBotText(shown(zh, "staff-signup-new", { ref }));
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain(shown(zh, "staff-signup-line-phone", { value: masked }));
    expect(text).toContain(shown(zh, "staff-signup-line-name", { value: "刘芳" }));
    expect(text).not.toContain(phone);
    await s.snap("staff-notice");
  });
});
