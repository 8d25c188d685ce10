/** What the emulator can tell about an image from its header bytes. */
export interface ImageInfo {
  mime: string;
  width: number;
  height: number;
}

function png(b: Uint8Array, v: DataView): ImageInfo | undefined {
  if (b.length < 24 || b[0] !== 0x89 || b[1] !== 0x50 || b[2] !== 0x4e || b[3] !== 0x47) return undefined;
  return { mime: "image/png", width: v.getUint32(16), height: v.getUint32(20) };
}

function gif(b: Uint8Array, v: DataView): ImageInfo | undefined {
  if (b.length < 10 || b[0] !== 0x47 || b[1] !== 0x49 || b[2] !== 0x46) return undefined;
  return { mime: "image/gif", width: v.getUint16(6, true), height: v.getUint16(8, true) };
}

function jpeg(b: Uint8Array, v: DataView): ImageInfo | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1] ?? 0;
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { mime: "image/jpeg", width: v.getUint16(i + 7), height: v.getUint16(i + 5) };
    }
    i += 2 + v.getUint16(i + 2);
  }
  return undefined;
}

function webp(b: Uint8Array, v: DataView): ImageInfo | undefined {
  const tag = (at: number) => String.fromCharCode(...b.subarray(at, at + 4));
  if (b.length < 30 || tag(0) !== "RIFF" || tag(8) !== "WEBP") return undefined;
  const chunk = tag(12);
  if (chunk === "VP8 ")
    return {
      mime: "image/webp",
      width: v.getUint16(26, true) & 0x3fff,
      height: v.getUint16(28, true) & 0x3fff,
    };
  if (chunk === "VP8L") {
    const bits = v.getUint32(21, true);
    return { mime: "image/webp", width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") {
    const w = (b[24] ?? 0) | ((b[25] ?? 0) << 8) | ((b[26] ?? 0) << 16);
    const h = (b[27] ?? 0) | ((b[28] ?? 0) << 8) | ((b[29] ?? 0) << 16);
    return { mime: "image/webp", width: w + 1, height: h + 1 };
  }
  return undefined;
}

/** Recognizes PNG, JPEG, GIF and WebP; undefined for anything Telegram would refuse as a photo. */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const info = png(bytes, view) ?? jpeg(bytes, view) ?? gif(bytes, view) ?? webp(bytes, view);
    return info && info.width > 0 && info.height > 0 ? info : undefined;
  } catch {
    return undefined; // truncated header
  }
}

/** A valid 1×1 PNG, for photos the simulator sends without bytes. */
export const PLACEHOLDER_PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

const MIME: Record<string, string> = {
  csv: "text/csv",
  txt: "text/plain",
  md: "text/markdown",
  html: "text/html",
  json: "application/json",
  pdf: "application/pdf",
  zip: "application/zip",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
};

/** Telegram derives a document's mime_type from its name; grammY always sends octet-stream. */
export function mimeOf(filename: string, fallback?: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return (
    (ext && MIME[ext]) ||
    (fallback && fallback !== "application/octet-stream" ? fallback : "application/octet-stream")
  );
}
