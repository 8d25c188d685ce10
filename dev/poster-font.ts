// Writes public/fonts/poster-glyphs.bin, the bitmap glyphs the job-fair poster (/fairqr) draws its
// title and link with: GNU Unifont's 8×16 and 16×16 glyphs (Debian's `unifont` package,
// /usr/share/unifont/unifont.hex) for Latin, punctuation, symbols, CJK punctuation, kana, the CJK
// unified ideographs and full-width forms. Unifont is dual-licensed, GPLv2+ with the GNU font
// embedding exception and the SIL Open Font License 1.1; this subset is used under the OFL
// (public/fonts/LICENSE-unifont.txt). It is a static asset: fetched by the Worker when a poster is
// made, never in the bundle.
//   apt-get install unifont && npm exec -- node dev/poster-font.ts [path/to/unifont.hex]
// Format (src/text/bitmap-font.ts reads it): "JGF1", u16 range count, then per range u32 first and
// u32 last code point (inclusive), then per code point of each range 1 byte of width (0: none, 8 or
// 16) and 32 bytes: 16 rows of 16 bits, the leftmost pixel the highest bit (8-wide: the left byte).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const source = process.argv[2] ?? "/usr/share/unifont/unifont.hex";

/** What a fair's title or a link may hold, by Unicode block. */
const RANGES: [number, number][] = [
  [0x0020, 0x024f], // Latin
  [0x2000, 0x206f], // general punctuation
  [0x2100, 0x21ff], // letterlike symbols, arrows
  [0x2460, 0x24ff], // enclosed alphanumerics ①
  [0x2500, 0x27bf], // box drawing, shapes, symbols, dingbats ★ ✔
  [0x3000, 0x30ff], // CJK punctuation, kana
  [0x3200, 0x33ff], // enclosed CJK, compatibility
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half-width and full-width forms
];

const glyphs = new Map<number, string>();
for (const line of readFileSync(source, "utf8").split("\n")) {
  const m = /^([0-9A-F]{4,6}):([0-9A-F]+)$/.exec(line.trim());
  if (m) glyphs.set(Number.parseInt(m[1]!, 16), m[2]!);
}

const count = RANGES.reduce((n, [a, b]) => n + b - a + 1, 0);
const out = new Uint8Array(6 + RANGES.length * 8 + count * 33);
const view = new DataView(out.buffer);
out.set(new TextEncoder().encode("JGF1"), 0);
view.setUint16(4, RANGES.length);
RANGES.forEach(([a, b], i) => {
  view.setUint32(6 + i * 8, a);
  view.setUint32(10 + i * 8, b);
});
let at = 6 + RANGES.length * 8;
let found = 0;
for (const [a, b] of RANGES) {
  for (let cp = a; cp <= b; cp++, at += 33) {
    const hex = glyphs.get(cp);
    if (!hex || (hex.length !== 32 && hex.length !== 64)) continue;
    const wide = hex.length === 64;
    out[at] = wide ? 16 : 8;
    for (let row = 0; row < 16; row++) {
      const bits = wide ? hex.slice(row * 4, row * 4 + 4) : `${hex.slice(row * 2, row * 2 + 2)}00`;
      view.setUint16(at + 1 + row * 2, Number.parseInt(bits, 16));
    }
    found++;
  }
}
const target = join(root, "public", "fonts", "poster-glyphs.bin");
writeFileSync(target, out);
console.log(`${target}: ${found} glyphs of ${count} code points, ${out.length} bytes`);
