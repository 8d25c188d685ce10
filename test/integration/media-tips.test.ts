/**
 * A message the bot cannot read gets a tip of its own saying what it got and what to do instead,
 * as stickers and voice messages do: a photo or a video, a file, a location, a contact card. A
 * question written as a photo's caption is answered after the tip.
 */
import { describe, expect, it } from "vitest";
import { textsFor } from "../support/emulator.ts";
import { enUser, lastText, zhUser } from "../support/signup.ts";
import { type Person, say } from "../support/worker.ts";

const FALLBACK = /我没太明白|did not understand/;
const photo = (p: Person, caption?: string) => say(p, "", { photo: true, ...(caption ? { caption } : {}) });
const file = (p: Person) =>
  say(p, "", { document: { file_name: "营业执照.pdf", mime_type: "application/pdf", content: "%PDF-1.4" } });

describe("a message the bot cannot read", () => {
  it("a photo gets its own tip, in her language, with a word about ID photos", async () => {
    for (const [p, tip] of [
      [zhUser(), "看不了图片"],
      [enUser(), "cannot see pictures"],
    ] as const) {
      await photo(p);
      const text = await lastText(p);
      expect(text).toContain(tip);
      expect(text).toMatch(/身份证|ID card/);
      expect(text).not.toMatch(FALLBACK);
    }
  });

  it("a file gets its own tip", async () => {
    for (const [p, tip] of [
      [zhUser(), "打不开文件"],
      [enUser(), "cannot open files"],
    ] as const) {
      await file(p);
      expect(await lastText(p)).toContain(tip);
      expect(await lastText(p)).not.toMatch(FALLBACK);
    }
  });

  it("a video, a location and a contact card get theirs", async () => {
    const p = zhUser();
    await say(p, "", {
      extra: { video: { file_id: "v1", file_unique_id: "v1u", width: 320, height: 240, duration: 5 } },
    });
    expect(await lastText(p)).toContain("看不了图片和视频");
    await say(p, "", { extra: { location: { latitude: 36.7, longitude: 119.1 } } });
    expect(await lastText(p)).toContain("/subscribe");
    expect(await lastText(p)).not.toMatch(FALLBACK);
    await say(p, "", { contact: { phone_number: "13812345678", first_name: "孙丽" } });
    expect(await lastText(p)).toContain("名片");
    expect(await lastText(p)).not.toMatch(FALLBACK);
  });

  it("a photo with a question as its caption: the tip, then the answer", async () => {
    const p = zhUser();
    await photo(p, "创业担保贷款怎么申请？");
    const texts = await textsFor(p.id);
    expect(texts.at(-2)).toContain("看不了图片");
    expect(texts.at(-1)).toContain("来源");
  });
});
