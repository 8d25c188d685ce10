/**
 * /mydata says in plain words, in her language, what her open conversation holds: a question she
 * asked, a form she is filling in. It never prints the stored slices (`faq: {&quot;q&quot;…`).
 */
import { describe, expect, it } from "vitest";
import { callsFor } from "../support/emulator.ts";
import { enUser, startForm, zhUser } from "../support/signup.ts";
import { driver, type Person, say } from "../support/worker.ts";

/** Everything /mydata sent her, its parts joined. */
async function mydata(p: Person): Promise<string> {
  const before = (await callsFor(p.id, "sendMessage")).length;
  await say(p, "/mydata");
  const sent = (await callsFor(p.id, "sendMessage")).slice(before);
  return sent.map((c) => String(c.params.text)).join("\n");
}

/** Nothing of the stored form: no JSON, no slice names, no escaped quotes. */
function expectPlainWords(text: string): void {
  expect(text).not.toContain("&quot;");
  expect(text).not.toMatch(/[{}]/);
  expect(text).not.toMatch(/\b(?:faq|sub|signup|suc|bc|fair|faqw|faqm|ssnote|mtform):/);
}

describe("/mydata: the conversation in progress", () => {
  it("names her last question in plain words, in Chinese", async () => {
    const p = zhUser();
    await say(p, "怎么申请创业担保贷款");
    const text = await mydata(p);
    expectPlainWords(text);
    expect(text).toContain("您最近的提问");
    expect(text).toContain("创业担保贷款");
  });

  it("names her last question and the alerts form she left open, in English", async () => {
    const p = enUser();
    await say(p, "how do I get a loan to start a business");
    await say(p, "/subscribe");
    const text = await mydata(p);
    expectPlainWords(text);
    expect(text).toContain("Your last question");
    expect(text).toContain("start a business");
    expect(text).toContain("Alerts you are setting up");
  });

  it("says how far she got in the mentor sign-up form", async () => {
    const p = zhUser();
    await startForm(driver(), p, 2);
    const text = await mydata(p);
    expectPlainWords(text);
    expect(text).toContain("填写中的导师报名表");
    expect(text).toContain("已回答 2/7 题");
  });
});
