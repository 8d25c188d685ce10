/** Bitmap glyphs (8×16 and 16×16) for drawing text into images where no font renderer runs: the poster's title and link. */

/** One glyph: 8 or 16 pixels wide, 16 rows of bits, the leftmost pixel the highest bit of 16. */
export interface Glyph {
  width: 8 | 16;
  rows: readonly number[];
}

/** Looks glyphs up by code point. */
export interface BitmapFont {
  glyph(codePoint: number): Glyph | undefined;
}

const RECORD = 33;

/**
 * Reads a glyph file as dev/poster-font.ts writes it ("JGF1", the code-point ranges, then one
 * 33-byte record per code point: width, then 16 rows of 16 bits). A code point outside the ranges,
 * or without a glyph, has none.
 */
export function parseBitmapFont(bytes: Uint8Array): BitmapFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== "JGF1") throw new Error("not a JGF1 glyph file");
  const count = view.getUint16(4);
  const ranges: { first: number; last: number; at: number }[] = [];
  let at = 6 + count * 8;
  for (let i = 0; i < count; i++) {
    const first = view.getUint32(6 + i * 8);
    const last = view.getUint32(10 + i * 8);
    ranges.push({ first, last, at });
    at += (last - first + 1) * RECORD;
  }
  if (at > bytes.length) throw new Error("the glyph file is cut short");
  return {
    glyph(cp) {
      const range = ranges.find((r) => cp >= r.first && cp <= r.last);
      if (!range) return undefined;
      const offset = range.at + (cp - range.first) * RECORD;
      const width = bytes[offset];
      if (width !== 8 && width !== 16) return undefined;
      const rows: number[] = [];
      for (let row = 0; row < 16; row++) rows.push(view.getUint16(offset + 1 + row * 2));
      return { width, rows };
    },
  };
}
