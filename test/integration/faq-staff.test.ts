import { describe, expect, it } from "vitest";
import { FAQ_ADMIN_ID, FAQ_STAFF_ID } from "../support/constants.ts";
import { answersTo, chatLog, textsFor } from "../support/emulator.ts";
import { type Person, press, redis, say, uniqueId } from "../support/worker.ts";

const admin: Person = { id: FAQ_ADMIN_ID, first_name: "Admin", language_code: "en" };
const staff: Person = { id: FAQ_STAFF_ID, first_name: "Staff", language_code: "en" };
const enUser = (): Person => ({ id: uniqueId(), first_name: "Mary", language_code: "en" });
const lastText = async (p: Person) => (await textsFor(p.id)).at(-1) ?? "";
const lastButtons = async (p: Person): Promise<string[]> => {
  const log = (await chatLog(p.id)).filter((m) => m.outgoing);
  return (log.at(-1)?.message.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? "");
};
const button = async (p: Person, prefix: string) =>
  (await lastButtons(p)).find((b) => b.startsWith(prefix)) ?? "";
const audits = async () =>
  Object.values(await redis.xrange<Record<string, unknown>>("jg:audit", "-", "+")).map((e) => ({
    type: String(e.type),
    entry: String(e.entry),
    by: Number(e.by),
  }));

/** Asks a question nobody can answer `times` times; it gets a unique word so tests never share a miss. */
async function miss(word: string, times: number) {
  const question = `where can i rent a ${word} tent for the village festival`;
  for (let i = 0; i < times; i++) await say(enUser(), question);
  return question;
}

/** Opens /faqmisses as `p` and returns the number (0-based) of the miss in the list. */
async function openMisses(p: Person, question: string): Promise<number> {
  await say(p, "/faqmisses en");
  const list = await redis.get<{ list: string[] }>(`jg:session:${p.id}`);
  return (list as unknown as { faqm: { list: string[] } }).faqm.list.indexOf(question);
}

describe("staff: misses become answers", () => {
  it("attaches a miss to an entry: at once for everyone, waiting people told, audited, revertable by admins", async () => {
    const word = `zq${uniqueId() % 1e6}`;
    const asker = enUser();
    const question = await miss(word, 4);
    await say(asker, question);
    expect(await lastText(asker)).toContain("I don't have an answer to that");
    await press(asker, await button(asker, "faq:ask:"));
    expect(await lastText(asker)).toContain("Passed on to federation staff");

    const n = await openMisses(admin, question);
    expect(n).toBeGreaterThanOrEqual(0);
    expect(await lastText(admin)).toContain(`"${question}" ×5 · nothing found · 1 waiting`);
    await press(admin, `fqm:a:${n}`);
    expect(await lastText(admin)).toContain("to which entry?");
    await press(admin, `fqm:to:${n}:contact-federation`);
    expect(await lastText(admin)).toContain("it works for everyone now");
    expect(await lastText(admin)).toContain("sent to 1 people");
    expect(await lastText(asker)).toContain(`You asked "${question}"`);
    expect(await lastText(asker)).toContain("women's own organisation");

    const later = enUser();
    await say(later, question);
    expect(await lastButtons(later)).toContain("faq:up:contact-federation");
    expect(await redis.zscore("jg:faq:miss:en", `q:${question}`)).toBeNull();
    expect(await audits()).toContainEqual({
      type: "faq-phrasing",
      entry: "contact-federation",
      by: FAQ_ADMIN_ID,
    });

    await say(staff, "/faqedits en");
    expect(await lastText(staff)).toContain(question);
    expect(await lastButtons(staff)).toEqual([]);
    const revert = (await redis.lrange<{ id: string; at: number }>("jg:faq:history:en", 0, 20)).find(
      (h) => h.id === "contact-federation",
    )!;
    const data = `fqe:rv:e:contact-federation:${revert.at}`;
    const forged = await press(staff, data, { force: true });
    expect((await answersTo(forged.callbackId))[0]?.params.text).toContain("Only admins");

    await say(admin, "/faqedits en");
    await press(admin, data);
    expect(await lastText(admin)).toContain("Reverted");
    await say(later, question);
    expect(await lastText(later)).toContain("I don't have an answer to that");
    expect(await audits()).toContainEqual({
      type: "faq-revert",
      entry: "contact-federation",
      by: FAQ_ADMIN_ID,
    });
  });

  it("writes a new entry in chat from a miss; HTML stays text; a revert removes it", async () => {
    const word = `zw${uniqueId() % 1e6}`;
    const question = await miss(word, 3);
    const n = await openMisses(admin, question);
    await press(admin, `fqm:n:${n}`);
    expect(await lastText(admin)).toContain("Send the answer");
    await say(admin, "x".repeat(601));
    expect(await lastText(admin)).toContain("601 characters");
    await say(admin, `Ask the village <b>${word}</b> committee & the township office.`);
    await say(admin, "no year here");
    expect(await lastText(admin)).toContain("I see no year");
    await say(admin, "Village festival notice 2026");
    await press(admin, "fqw:f:call12338");
    await press(admin, "fqw:ok");
    expect(await lastText(admin)).toMatch(/New entry s-[0-9a-z]+ saved/);

    const p = enUser();
    await say(p, question);
    expect(await lastText(p)).toContain(`&lt;b&gt;${word}&lt;/b&gt; committee &amp; the township`);
    expect(await lastText(p)).toContain("Source: Village festival notice (2026)");
    expect(await lastButtons(p)).toContain("faq:call");

    const id = (await lastButtons(p)).find((b) => b.startsWith("faq:up:"))!.slice(7);
    const item = (await redis.lrange<{ id: string; at: number }>("jg:faq:history:en", 0, 5)).find(
      (h) => h.id === id,
    )!;
    await say(admin, "/faqedits en");
    await press(admin, `fqe:rv:e:${id}:${item.at}`);
    await say(p, question);
    expect(await lastText(p)).toContain("I don't have an answer to that");
  });

  it("shows HTML in a logged question as text, and dismisses a miss", async () => {
    const question = `<script>alert(${uniqueId() % 1e6})</script> rent a tent`;
    for (let i = 0; i < 6; i++) await say(enUser(), question);
    await say(admin, "/faqmisses en");
    const text = await lastText(admin);
    expect(text).not.toContain("<script>");
    const logged = question
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    const n = await openMisses(admin, logged);
    await press(admin, `fqm:x:${n}`);
    expect(await lastText(admin)).toContain("Dismissed");
    expect(await redis.zscore("jg:faq:miss:en", `q:${logged}`)).toBeNull();
  });
});

describe("staff: stats and refusals", () => {
  it("/faqstats counts answers and votes per entry", async () => {
    const p = enUser();
    await say(p, "what is the spring bud program");
    await press(p, "faq:dn:spring-bud");
    await say(staff, "/faqstats");
    const text = await lastText(staff);
    expect(text).toContain("FAQ statistics");
    expect(text).toMatch(/\(spring-bud\): \d+ · 👍 \d+ · 👎 [1-9]/);
  });

  it("refuses staff commands and buttons to everyone else, and forgets her on /delete", async () => {
    const p = enUser();
    for (const command of ["/faqmisses", "/faqstats", "/faqedits", "/faqnew", "/faqedit loan-amount"]) {
      await say(p, command);
      expect(await lastText(p), command).toContain("for Women's Federation staff only");
    }
    await say(p, "where can i rent a wedding tent in my village");
    const forged = await press(p, "fqm:a:0", { force: true });
    expect((await answersTo(forged.callbackId))[0]?.params.text).toContain("staff only");
    await press(p, await button(p, "faq:ask:"));
    await say(p, "/mydata");
    expect(await lastText(p)).toContain("where can i rent a wedding tent in my village");
    await say(p, "/delete");
    await press(p, "del:yes");
    expect(await redis.exists(`jg:user:${p.id}:faq`)).toBe(0);
  });
});
