import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { createFair, getFair, saveFair } from "../../src/fairs/store.ts";
import { FAIRS_ADMIN_IDS, TEST_BOT_INFO, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { answersTo, callsFor, textsFor } from "../support/emulator.ts";
import { draft, enUser, lastButtons, lastDocument, lastText, staffPerson, zhUser } from "../support/fairs.ts";
import { type Person, press, redis, say } from "../support/worker.ts";

const admin = staffPerson(FAIRS_ADMIN_IDS[2], "zh-hans");
const weifang = staffPerson(WEIFANG_STAFF_ID, "en");

/** Everything /stats sent her, however many messages it took. */
async function stats(p: Person): Promise<{ text: string; parts: string[] }> {
  const before = (await textsFor(p.id)).length;
  await say(p, "/stats");
  const parts = (await textsFor(p.id)).slice(before);
  return { text: parts.join("\n"), parts };
}

/** Decodes a greyscale PNG (as qr.ts writes it) into RGBA for jsQR. */
async function pngToRgba(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const width = view.getUint32(16);
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    if (type === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const idat = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    idat.set(c, at);
    at += c.length;
  }
  const stream = new Blob([idat]).stream().pipeThrough(new DecompressionStream("deflate"));
  const raw = new Uint8Array(await new Response(stream).arrayBuffer());
  const rgba = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const v = raw[y * (width + 1) + 1 + x]!;
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { rgba, width };
}

describe("staff tools", () => {
  it("refuses every staff command and button to a non-staff user, politely, changing nothing", async () => {
    const fair = await createFair(redis, draft(), admin.id, Date.now());
    const p = zhUser();
    for (const command of [
      "/newfair",
      "/stats",
      `/editfair ${fair.id}`,
      `/cancelfair ${fair.id}`,
      `/fairqr ${fair.id}`,
    ]) {
      await say(p, command);
      expect(await lastText(p)).toContain("仅供妇联工作人员使用");
    }
    for (const data of ["fair:pub", `fair:cxy:${fair.id}`, `fair:qr:${fair.id}`, "frg:c:370700"]) {
      const { callbackId } = await press(p, data, { force: true });
      expect((await answersTo(callbackId))[0]?.params.text).toContain("仅供妇联工作人员使用");
    }
    expect((await getFair(redis, fair.id))?.status).toBe("published");
    expect(await redis.get(`jg:session:${p.id}`)).toBeNull();
    expect(await callsFor(p.id, "sendDocument")).toEqual([]);
  });

  it("keeps edits and cancellations inside the staff member's scope", async () => {
    const fair = await createFair(redis, draft({ region: "371121" }), admin.id, Date.now());
    await say(weifang, `/cancelfair ${fair.id}`);
    expect(await lastText(weifang)).toContain("outside your area");
    const forged = await press(weifang, `fair:cxy:${fair.id}`, { force: true });
    expect((await getFair(redis, fair.id))?.status).toBe("published");
    expect(forged.res.status).toBe(200);
    await say(weifang, "/cancelfair 99999999");
    expect(await lastText(weifang)).toContain('There is no job fair "99999999"');
  });

  it("gives each fair a deep link and a QR code PNG that decodes to it", async () => {
    const fair = await createFair(redis, draft({ title: "二维码测试" }), admin.id, Date.now());
    await say(admin, `/fairqr ${fair.id}`);
    const doc = await lastDocument(admin);
    const link = `https://t.me/${TEST_BOT_INFO.username}?start=fair_${fair.id}`;
    expect(doc.name).toBe(`jinguo-fair-${fair.id}-qr.png`);
    expect(doc.caption).toContain(link);
    const { rgba, width } = await pngToRgba(doc.bytes);
    expect(jsQR(rgba, width, width)?.data).toBe(link);

    const p = enUser();
    await say(p, `/start fair_${fair.id}`);
    expect(await lastText(p)).toContain("二维码测试");
    expect(await lastButtons(p)).toContain(`fair:go:${fair.id}`);
    expect(await lastButtons(p)).not.toContain("fair:qr");
    for (const bad of ["fair_99999999", "fair_abc", "fair_"]) {
      await say(p, `/start ${bad}`);
      expect(await lastText(p)).toContain("There is no job fair");
    }
  });

  it("/stats counts distinct subscribers per city and topic and RSVPs per fair, within scope", async () => {
    // Tai'an: a city no other test subscribes to, so the counts only move here.
    const taian = async () => {
      const line = (await stats(admin)).text.split("\n").find((l) => l.startsWith("<b>泰安市</b>"));
      return Number(/：(\d+) 人订阅/.exec(line ?? "")?.[1] ?? 0); // a city without subscribers is summed up
    };
    const before = await taian();
    const p = zhUser();
    await say(p, "/start sub_370900");
    await say(p, "/start sub_370902");
    expect(await taian()).toBe(before + 1);
    const fair = await createFair(redis, draft({ title: "统计用招聘会" }), admin.id, Date.now());
    await say(p, `/start fair_${fair.id}`);
    await press(p, `fair:go:${fair.id}`);
    expect((await stats(admin)).text).toContain(`#${fair.id} 统计用招聘会：1 人报名`);

    const scoped = (await stats(weifang)).text;
    expect(scoped).toContain("<b>Weifang</b>");
    expect(scoped).not.toContain("Rizhao");
    expect(scoped).not.toContain("统计用招聘会");
  });

  it("/stats splits a long report into messages within Telegram's 4,096 characters, losing no fair", async () => {
    // The soonest fairs, so they are the 30 listed. Titles of 100 « & » escape to 500 characters each:
    // 15 KB of markup, which chunkLines measures (it bounds the visible length Telegram counts).
    const soon = Date.now() + 120_000;
    const fairs = [];
    for (let i = 0; i < 30; i++) {
      const title = `${String(i).padStart(2, "0")}${"&".repeat(98)}`; // 100, the longest a title may be
      fairs.push(
        await createFair(redis, draft({ region: "370902", title, startsAt: soon + i }), admin.id, Date.now()),
      );
    }
    try {
      const { parts, text } = await stats(admin);
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
      for (const f of fairs) expect(text).toContain(`#${f.id} ${f.title.replaceAll("&", "&amp;")}`);
      expect(parts.at(-1)).toContain("/fairqr");
    } finally {
      for (const f of fairs) await saveFair(redis, { ...f, status: "cancelled" });
    }
  });
});
