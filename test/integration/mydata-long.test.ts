/**
 * /mydata for someone with a long history: every closed application keeps its 500-character
 * description until retention, so everything stored about her can outgrow one Telegram message.
 */
import { describe, expect, it } from "vitest";
import { toFields } from "../../src/signup/record.ts";
import { callsFor } from "../support/emulator.ts";
import { type Person, press, redis, say, uniqueId } from "../support/worker.ts";

const about = "我在寿光种大棚蔬菜，想学习开网店把菜卖到外地。".repeat(25).slice(0, 500);

/** Eight withdrawn applications of hers, as the sign-up form stores them. */
async function withdrawnApplications(p: Person): Promise<string[]> {
  const refs = Array.from({ length: 8 }, () => `JG-2099-${String(uniqueId() % 1e6).padStart(6, "0")}`);
  const now = Date.now();
  for (const ref of refs) {
    await redis.hset(
      `jg:signup:${ref}`,
      toFields({
        ref,
        user: p.id,
        locale: "zh-CN",
        name: "王丽",
        phone: "13812345678",
        region: "370781",
        stage: "young",
        industry: "ecommerce",
        needs: ["finance"],
        about,
        status: "closed",
        closed_by: "applicant",
        closed: now,
        created: now,
        updated: now,
        consent_v: "1",
        consent_at: now,
      }),
    );
    await redis.sadd(`jg:user:${p.id}:signups`, ref);
  }
  return refs;
}

describe("/mydata longer than one message", () => {
  it("is sent in parts that each fit Telegram's limit, with every application in them", async () => {
    const p: Person = { id: uniqueId(), first_name: "小红", language_code: "zh-hans" };
    await say(p, "/start");
    const refs = await withdrawnApplications(p);
    const before = (await callsFor(p.id, "sendMessage")).length;
    expect((await say(p, "/mydata")).status).toBe(200);
    const sent = (await callsFor(p.id, "sendMessage")).slice(before);
    expect(sent.length).toBeGreaterThan(1);
    for (const call of sent) {
      expect(call.response?.ok).toBe(true);
      expect(String(call.params.text).length).toBeLessThanOrEqual(4096);
    }
    const all = sent.map((c) => String(c.params.text)).join("\n");
    for (const ref of refs) expect(all).toContain(ref);
    expect(all).toContain("/delete");
    expect(all).not.toContain("出了点问题");

    await say(p, "/delete");
    await press(p, "del:yes");
    expect(await redis.keys(`jg:*${p.id}*`)).toEqual([]);
    expect(await redis.exists(...refs.map((ref) => `jg:signup:${ref}`))).toBe(0);
  });
});
