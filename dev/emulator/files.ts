import { randomBytes } from "node:crypto";
import type { Document, PhotoSize } from "grammy/types";
import type { ImageInfo } from "./image.ts";

/** A file the bot or a user sent, addressable by file_id and by download path. */
export interface FileRecord {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  file_size: number;
  kind: "photo" | "document";
  mime: string;
  file_name?: string;
  width?: number;
  height?: number;
  /** Dropped when the store is over budget, and never present for URL-sourced files. */
  bytes?: Uint8Array;
  /** All sizes of one photo, smallest first; every size shares the same bytes. */
  group?: FileRecord[];
}

const PREFIX = { photo: "AgACAgIAAxkBAAI", document: "BQACAgIAAxkBAAI" };
const THUMB_SIDES = [90, 320, 800];
const MAX_PHOTO_SIDE = 1280;

/** Uploaded bytes in memory, bounded: past the budget the oldest files lose their bytes. */
export class FileStore {
  private readonly byId = new Map<string, FileRecord>();
  private readonly byPath = new Map<string, FileRecord>();
  private owners: FileRecord[] = [];
  private total = 0;
  private counter = 0;
  private readonly budget: number;

  constructor(budget: number) {
    this.budget = budget;
  }

  private record(kind: FileRecord["kind"], ext: string, size: number, mime: string): FileRecord {
    const n = ++this.counter;
    const rec: FileRecord = {
      file_id: PREFIX[kind] + randomBytes(36).toString("base64url"),
      file_unique_id: `AgAD${randomBytes(9).toString("base64url")}`,
      file_path: `${kind === "photo" ? "photos" : "documents"}/file_${n}.${ext}`,
      file_size: size,
      kind,
      mime,
    };
    this.byId.set(rec.file_id, rec);
    this.byPath.set(rec.file_path, rec);
    return rec;
  }

  private own(rec: FileRecord, bytes: Uint8Array | undefined): void {
    if (!bytes) return;
    rec.bytes = bytes;
    this.owners.push(rec);
    this.total += bytes.byteLength;
    while (this.total > this.budget && this.owners.length > 1) {
      const old = this.owners.shift();
      if (!old?.bytes) continue;
      this.total -= old.bytes.byteLength;
      for (const r of old.group ?? [old]) delete r.bytes;
    }
  }

  /** Stores a document; bytes may be absent (sent by URL). */
  addDocument(bytes: Uint8Array | undefined, name: string, mime: string): FileRecord {
    const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1] ?? "dat";
    const rec = this.record("document", ext, bytes?.byteLength ?? 0, mime);
    rec.file_name = name;
    this.own(rec, bytes);
    return rec;
  }

  /** Stores a photo as Telegram does: a few scaled sizes plus the (capped) original. */
  addPhoto(bytes: Uint8Array | undefined, info: ImageInfo): FileRecord[] {
    const longest = Math.max(info.width, info.height);
    const sides = [...THUMB_SIDES.filter((s) => s < longest), Math.min(longest, MAX_PHOTO_SIDE)];
    const fullSize = bytes?.byteLength ?? 0;
    const group = sides.map((side) => {
      const scale = side / longest;
      const rec = this.record("photo", "jpg", Math.max(1, Math.round(fullSize * scale * scale)), info.mime);
      rec.width = Math.max(1, Math.round(info.width * scale));
      rec.height = Math.max(1, Math.round(info.height * scale));
      return rec;
    });
    for (const rec of group) rec.group = group;
    const largest = group.at(-1);
    if (largest && bytes) {
      this.own(largest, bytes);
      for (const rec of group) rec.bytes = bytes;
    }
    return group;
  }

  get(fileId: string): FileRecord | undefined {
    return this.byId.get(fileId);
  }

  atPath(path: string): FileRecord | undefined {
    return this.byPath.get(path);
  }

  clear(): void {
    this.byId.clear();
    this.byPath.clear();
    this.owners = [];
    this.total = 0;
  }
}

/** The Document object of a stored file. */
export function documentOf(rec: FileRecord): Document {
  const doc: Document = {
    file_id: rec.file_id,
    file_unique_id: rec.file_unique_id,
    file_size: rec.file_size,
  };
  if (rec.file_name !== undefined) doc.file_name = rec.file_name;
  doc.mime_type = rec.mime;
  return doc;
}

/** The PhotoSize array of a stored photo (any of its sizes identifies the whole photo). */
export function photoSizesOf(rec: FileRecord): PhotoSize[] {
  return (rec.group ?? [rec]).map((r) => ({
    file_id: r.file_id,
    file_unique_id: r.file_unique_id,
    file_size: r.file_size,
    width: r.width ?? 1,
    height: r.height ?? 1,
  }));
}
