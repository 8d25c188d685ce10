/** A QR code and a greyscale picture as PNG, built where it runs (Workers). */
/**
 * A QR code for posters as a PNG, built where it runs (Workers): uqr lays out the modules, and a
 * small PNG writer packs a greyscale picture (8-bit, zlib through the platform's CompressionStream).
 */
import { encode } from "uqr";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

async function zlib(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A greyscale picture: `width` × `height` pixels, one byte each (0 black … 255 white), row by row. */
export interface Raster {
  width: number;
  height: number;
  pixels: Uint8Array<ArrayBuffer>;
}

/** An 8-bit greyscale PNG of a picture. */
export async function rasterPng({ width, height, pixels }: Raster): Promise<Uint8Array> {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1); // filter 0
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, filter 0, no interlace
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", await zlib(raw)),
    chunk("IEND", new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    png.set(p, offset);
    offset += p.length;
  }
  return png;
}

/** The modules of a link's QR code with the quiet zone scanners need (ECC level M): true is dark. */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: "M", border: 4 }).data;
}

/** A black-on-white PNG of a boolean matrix, `scale` pixels per module. */
export async function matrixPng(matrix: readonly (readonly boolean[])[], scale: number): Promise<Uint8Array> {
  const size = matrix.length * scale;
  const pixels = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    const row = matrix[Math.floor(y / scale)]!;
    for (let x = 0; x < size; x++) pixels[y * size + x] = row[Math.floor(x / scale)] ? 0 : 255;
  }
  return rasterPng({ width: size, height: size, pixels });
}

/** The QR code of a link as a PNG, `scale` pixels per module. */
export async function qrPng(text: string, scale = 8): Promise<Uint8Array> {
  return matrixPng(qrMatrix(text), scale);
}
