import type { IncomingMessage } from "node:http";
import { ApiError, badRequest } from "./errors.ts";
import { readBody } from "./http-util.ts";
import { boundaryOf, parseMultipart } from "./multipart.ts";

/** A file sent in a multipart body. */
export interface Upload {
  filename: string;
  mime?: string;
  bytes: Uint8Array;
}

/** The parameters of one Bot API call, whatever encoding they came in. */
export interface Params {
  fields: Record<string, unknown>;
  /** Multipart file parts by part name (grammY names them randomly and refers via attach://). */
  uploads: Map<string, Upload>;
}

/** Body size limits by encoding. */
export interface BodyLimits {
  json: number;
  multipart: number;
}

/** Builds params from in-process data (webhook replies, tests). */
export function paramsOf(fields: Record<string, unknown>): Params {
  return { fields, uploads: new Map() };
}

/**
 * Reads query string and body into Params. Body fields win over query fields, as in Telegram.
 * Throws ApiError 400 for malformed bodies and 413 for oversized ones.
 */
export async function readParams(req: IncomingMessage, url: URL, limits: BodyLimits): Promise<Params> {
  const fields: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const uploads = new Map<string, Upload>();
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  const read = await readBody(req, multipart ? limits.multipart : limits.json);
  if (!read.ok) throw new ApiError(413, "Request Entity Too Large");
  const body = read.body;
  if (body.length === 0) return { fields, uploads };
  if (multipart) {
    const boundary = boundaryOf(req.headers["content-type"] ?? "");
    const parts = boundary ? parseMultipart(body, boundary) : undefined;
    if (!parts) throw badRequest("can't parse multipart/form-data request body");
    for (const part of parts) {
      if (part.filename === undefined) fields[part.name] = part.data.toString("utf8");
      else uploads.set(part.name, { filename: part.filename, mime: part.contentType, bytes: part.data });
    }
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    Object.assign(fields, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw badRequest("can't parse JSON object");
    }
    Object.assign(fields, parsed);
  }
  return { fields, uploads };
}

/** A string parameter; numbers are accepted as Telegram does. */
export function str(p: Params, key: string): string | undefined {
  const v = p.fields[key];
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

/** An integer parameter given as a number or a numeric string. */
export function int(p: Params, key: string): number | undefined {
  const v = p.fields[key];
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A boolean parameter ("true"/"1" in form bodies). */
export function bool(p: Params, key: string): boolean {
  const v = p.fields[key];
  return v === true || v === "true" || v === "1" || v === 1;
}

/** A structured parameter that may arrive as an object or as a JSON string (form bodies). */
export function json(p: Params, key: string, error: string): unknown {
  const v = p.fields[key];
  if (typeof v !== "string") return v ?? undefined;
  if (v === "") return undefined;
  try {
    return JSON.parse(v);
  } catch {
    throw badRequest(error);
  }
}

/** chat_id as a number, or "@username"; undefined when absent. */
export function chatIdOf(p: Params, key = "chat_id"): number | string | undefined {
  const n = int(p, key);
  if (n !== undefined) return n;
  const s = str(p, key)?.trim();
  return s ? s : undefined;
}

/** A file parameter: an upload (direct part or attach://), or a string (file_id / URL). */
export function inputFile(p: Params, key: string): Upload | string | undefined {
  const direct = p.uploads.get(key);
  if (direct) return direct;
  const v = str(p, key);
  if (v === undefined || v === "") return undefined;
  if (v.startsWith("attach://")) return p.uploads.get(v.slice("attach://".length)) ?? "";
  return v;
}

function describeUpload(u: Upload): Record<string, unknown> {
  return { filename: u.filename, size: u.bytes.byteLength, mime: u.mime ?? "application/octet-stream" };
}

/** Params for the call log: JSON strings expanded, files replaced by {filename, size, mime}. */
export function describeParams(p: Params): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(p.fields)) {
    if (typeof value === "string" && value.startsWith("attach://")) {
      const upload = p.uploads.get(value.slice("attach://".length));
      out[key] = upload ? describeUpload(upload) : value;
    } else if (typeof value === "string" && /^\s*[[{]/.test(value)) {
      try {
        out[key] = JSON.parse(value);
      } catch {
        out[key] = value;
      }
    } else {
      out[key] = value;
    }
  }
  for (const [name, upload] of p.uploads) {
    if (!Object.values(p.fields).includes(`attach://${name}`)) out[name] = describeUpload(upload);
  }
  return out;
}
