/** A fair's poster: its QR code at print size, with the fair's title and the link's short text under it, as a PNG. */
import type { Deps } from "../deps.ts";
import { logError } from "../log.ts";
import { type BitmapFont, type Glyph, parseBitmapFont } from "../text/bitmap-font.ts";
import { qrMatrix, type Raster, rasterPng } from "./qr.ts";

/** The poster's width in pixels: at least 1024, so a printed A4 poster's code scans from afar. */
export const POSTER_WIDTH = 1200;
const MARGIN = 64;
/** Glyphs are 16 px high: the title is drawn 4×, the link 3×. */
const TITLE = { scale: 4, gap: 32, lines: 3 };
const LINK = { scale: 3, gap: 16, lines: 2 };
/** Where the Worker's static files keep the glyphs (public/fonts/, written by dev/poster-font.ts). */
export const GLYPHS_PATH = "/fonts/poster-glyphs.bin";
const MISSING = 0x25a1; // □ for a character the glyphs lack (an emoji)
const ELLIPSIS = 0x2026;
const UNDRAWN = /^(?:\p{Extended_Pictographic}|\p{Cf}|[\uFE00-\uFE0F])$/u;

// Read once per isolate and per assets binding; a failed read is tried again by the next poster.
const fonts = new WeakMap<object, Promise<BitmapFont>>();

async function posterFont(deps: Deps): Promise<BitmapFont | null> {
  const assets = deps.assets;
  if (!assets) return null;
  let font = fonts.get(assets);
  if (!font) {
    font = assets.fetch(`https://assets.local${GLYPHS_PATH}`).then(async (res) => {
      if (!res.ok) throw new Error(`poster glyphs: HTTP ${res.status}`);
      return parseBitmapFont(new Uint8Array(await res.arrayBuffer()));
    });
    fonts.set(assets, font);
  }
  try {
    return await font;
  } catch (error) {
    fonts.delete(assets);
    logError("poster_glyphs_unavailable", error);
    return null;
  }
}

type Line = Glyph[];

/** Breaks text into lines of glyphs at most `width` pixels wide (at `scale`), at most `max` of them; a cut ends in "…". */
function layout(font: BitmapFont, text: string, scale: number, width: number, max: number): Line[] {
  const glyphs = [...text.replace(/\s+/g, " ").trim()].flatMap((c) => {
    // An emoji and its joiners and selectors are left out; another character without a glyph is □.
    if (UNDRAWN.test(c)) return [];
    const g = font.glyph(c.codePointAt(0)!) ?? font.glyph(MISSING);
    return g ? [g] : [];
  });
  const lines: Line[] = [];
  let line: Line = [];
  let used = 0;
  for (const g of glyphs) {
    if (used + g.width * scale > width && line.length > 0) {
      lines.push(line);
      [line, used] = [[], 0];
    }
    line.push(g);
    used += g.width * scale;
  }
  if (line.length > 0) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  const dots = font.glyph(ELLIPSIS);
  if (dots) {
    while (last.length > 0 && last.reduce((n, g) => n + g.width, 0) + dots.width > width / scale) last.pop();
    last.push(dots);
  }
  return kept;
}

const lineWidth = (line: Line, scale: number) => line.reduce((n, g) => n + g.width * scale, 0);

function drawLine(r: Raster, line: Line, top: number, scale: number): void {
  let x = Math.floor((r.width - lineWidth(line, scale)) / 2);
  for (const g of line) {
    for (let row = 0; row < 16; row++) {
      const bits = g.rows[row]!;
      for (let col = 0; col < g.width; col++) {
        if (!(bits & (0x8000 >> col))) continue;
        for (let dy = 0; dy < scale; dy++) {
          r.pixels.fill(
            0,
            (top + row * scale + dy) * r.width + x + col * scale,
            (top + row * scale + dy) * r.width + x + (col + 1) * scale,
          );
        }
      }
    }
    x += g.width * scale;
  }
}

/**
 * A fair's poster as a PNG, POSTER_WIDTH pixels wide: the QR code of `link` at the top (with its
 * quiet zone), then the fair's `title` (up to three lines) and `shortLink` (« t.me/… »), centred.
 * Without the glyphs (no static files where this runs) it is the code alone, at the same size.
 */
export async function posterPng(
  deps: Deps,
  { link, title, shortLink }: { link: string; title: string; shortLink: string },
): Promise<Uint8Array> {
  const matrix = qrMatrix(link);
  const scale = Math.floor(POSTER_WIDTH / matrix.length);
  const code = matrix.length * scale;
  const font = await posterFont(deps);
  const textWidth = POSTER_WIDTH - 2 * MARGIN;
  const titleLines = font ? layout(font, title, TITLE.scale, textWidth, TITLE.lines) : [];
  const linkLines = font ? layout(font, shortLink, LINK.scale, textWidth, LINK.lines) : [];
  const block = (lines: Line[], s: { scale: number; gap: number }) => lines.length * (16 * s.scale + s.gap);
  const text =
    titleLines.length + linkLines.length > 0
      ? block(titleLines, TITLE) + LINK.gap + block(linkLines, LINK) + MARGIN
      : 0;
  const r: Raster = {
    width: POSTER_WIDTH,
    height: code + text,
    pixels: new Uint8Array(POSTER_WIDTH * (code + text)),
  };
  r.pixels.fill(255);
  const left = Math.floor((POSTER_WIDTH - code) / 2);
  for (let y = 0; y < matrix.length; y++) {
    for (let x = 0; x < matrix.length; x++) {
      if (!matrix[y]![x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        const at = (y * scale + dy) * POSTER_WIDTH + left + x * scale;
        r.pixels.fill(0, at, at + scale);
      }
    }
  }
  let top = code;
  for (const line of titleLines) {
    drawLine(r, line, top, TITLE.scale);
    top += 16 * TITLE.scale + TITLE.gap;
  }
  top += LINK.gap;
  for (const line of linkLines) {
    drawLine(r, line, top, LINK.scale);
    top += 16 * LINK.scale + LINK.gap;
  }
  return rasterPng(r);
}

/** A fair's deep link (the bot opens it at /start fair_{id}) and its poster. */
export async function fairPoster(
  deps: Deps,
  fair: { id: string; title: string },
  botUsername: string,
): Promise<{ link: string; png: Uint8Array }> {
  const link = `https://t.me/${botUsername}?start=fair_${fair.id}`;
  const png = await posterPng(deps, { link, title: fair.title, shortLink: link.replace(/^https:\/\//, "") });
  return { link, png };
}
