import { describe, expect, it } from "vitest";
import { bundledFaq } from "../../src/faq/kb.ts";
import type { FaqLocale } from "../../src/faq/types.ts";
import { simulatorSuite } from "./support/suite.ts";
import { firstLine, label, shown } from "./support/text.ts";

const sim = simulatorSuite("faq");

/** The loan entry of the knowledge base as the chat shows it: its answer and its source line. */
function loanEntry(locale: FaqLocale) {
  const entry = bundledFaq(locale).find((e) => e.id === "loan-guaranteed");
  if (!entry) throw new Error(`no loan-guaranteed entry in ${locale}`);
  const source = shown(locale, "faq-source", {
    title: entry.source.title,
    year: String(entry.source.year),
    reviewed: entry.reviewed,
  });
  return { answer: entry.answer, source };
}

describe("questions and answers, in the browser", () => {
  it("answers a loan question typed in plain Chinese with the loan entry and its source; 👍 is marked", async () => {
    const s = sim();
    await s.newChat({ first_name: "周红", language: "zh-hans" });
    const { answer, source } = loanEntry("zh-CN");
    const reply = await s.ask("我想贷款开个小店，妇联能帮忙吗", source);
    await expect(reply.textContent()).resolves.toContain(answer);
    await s.snap("zh-answer");
    await s.pressButton(label("zh-CN", "faq-vote-up"), { in: reply });
    await reply.getByRole("button", { name: `${label("zh-CN", "faq-vote-up")} ✓` }).waitFor();
    await s.snap("zh-voted");
  });

  it("answers the same question in English from the English entry, and its follow-up opens the sign-up", async () => {
    const s = sim();
    await s.newChat({ first_name: "Ruth", language: "en" });
    const { answer, source } = loanEntry("en");
    const reply = await s.ask("Can the women's federation help me get a loan to open a small shop?", source);
    await expect(reply.textContent()).resolves.toContain(answer);
    await s.snap("en-answer");
    const after = await s.lastMessageId();
    await s.pressButton(label("en", "faq-followup-signup"), { in: reply });
    await s.waitForBotText(firstLine("en", "signup-consent", { days: 1 }), { after });
    await s.snap("en-followup");
  });
});
