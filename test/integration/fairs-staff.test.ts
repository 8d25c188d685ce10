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

/** Decodes a greyscale PNG (as qr.ts writes it) into RGBA for jsQR, with its size and grey values. */
async function pngToRgba(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
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
  const grey = (x: number, y: number) => raw[y * (width + 1) + 1 + x]!;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = grey(x, y);
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { rgba, width, height, grey };
}

/** Bands of rows with ink below `from`: [top, bottom, left, right] of each, in order. */
function inkBands(img: Awaited<ReturnType<typeof pngToRgba>>, from: number) {
  const bands: [number, number, number, number][] = [];
  let open: [number, number, number, number] | undefined;
  for (let y = from; y < img.height; y++) {
    let left = -1;
    let right = -1;
    for (let x = 0; x < img.width; x++) {
      if (img.grey(x, y) < 128) {
        if (left < 0) left = x;
        right = x;
      }
    }
    if (left >= 0) {
      open = open ? [open[0], y, Math.min(open[2], left), Math.max(open[3], right)] : [y, y, left, right];
    } else if (open && y - open[1] > 24) {
      bands.push(open);
      open = undefined;
    }
  }
  if (open) bands.push(open);
  return bands;
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

  // Issue 14 (18): the PNG was 296×296, too small for a printed poster, and had no words on it.
  it("gives each fair a deep link and a poster PNG of at least 1024 px: the code, the title and the link under it", async () => {
    const fair = await createFair(redis, draft({ title: "二维码测试" }), admin.id, Date.now());
    await say(admin, `/fairqr ${fair.id}`);
    const doc = await lastDocument(admin);
    const link = `https://t.me/${TEST_BOT_INFO.username}?start=fair_${fair.id}`;
    expect(doc.name).toBe(`jinguo-fair-${fair.id}-qr.png`);
    expect(doc.caption).toContain(link);
    const img = await pngToRgba(doc.bytes);
    expect(img.width).toBeGreaterThanOrEqual(1024);
    expect(img.height).toBeGreaterThan(img.width);
    const code = jsQR(img.rgba, img.width, img.height);
    expect(code?.data).toBe(link);
    // Under the code: the title (5 characters, 16 px glyphs drawn 4×: about 320 px wide), then the
    // link's short text (t.me/…, 8 px glyphs drawn 3×), each centred.
    const below = Math.ceil(Math.max(code!.location.bottomLeftCorner.y, code!.location.bottomRightCorner.y));
    const bands = inkBands(img, below + 60);
    expect(bands).toHaveLength(2);
    const [title, short] = bands as [[number, number, number, number], [number, number, number, number]];
    const short_text = `t.me/${TEST_BOT_INFO.username}?start=fair_${fair.id}`;
    expect(title[3] - title[2]).toBeGreaterThan(4.5 * 64);
    expect(title[3] - title[2]).toBeLessThanOrEqual(5 * 64);
    expect(short[3] - short[2]).toBeGreaterThan((short_text.length - 1) * 24);
    expect(short[3] - short[2]).toBeLessThanOrEqual(short_text.length * 24);
    for (const [, , left, right] of bands) expect(Math.abs(left + right - img.width)).toBeLessThanOrEqual(64);
    // Another title draws another line; a long one wraps onto a second line and still decodes.
    const long = await createFair(
      redis,
      draft({ title: "春风送岗 · 女性专场招聘会（寿光市人力资源市场一楼大厅）" }),
      admin.id,
      Date.now(),
    );
    await say(admin, `/fairqr ${long.id}`);
    const other = await pngToRgba((await lastDocument(admin)).bytes);
    expect(jsQR(other.rgba, other.width, other.height)?.data).toBe(
      `https://t.me/${TEST_BOT_INFO.username}?start=fair_${long.id}`,
    );
    expect(inkBands(other, below + 60)).toHaveLength(3);

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
