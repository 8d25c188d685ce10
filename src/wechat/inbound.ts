/** WeChat's inbound messages and events, read from their XML into one typed union (zod at the edge). */
import * as z from "zod";
import { parseWechatXml, WechatPayloadError } from "./xml.ts";

/** Fields every inbound payload has. */
export interface InboundBase {
  /** The account's original id (gh_…): ToUserName. */
  account: string;
  /** The sender: FromUserName. */
  openid: string;
  /** CreateTime, seconds since the epoch. */
  createTime: number;
}

/** A message she typed or sent. `msgId` is a 64-bit integer, kept as its decimal string. */
export type InboundMessage =
  | (InboundBase & { kind: "text"; msgId: string; text: string })
  | (InboundBase & { kind: "image"; msgId: string; picUrl: string; mediaId: string })
  | (InboundBase & { kind: "voice"; msgId: string; mediaId: string; format: string; recognition?: string })
  | (InboundBase & {
      kind: "location";
      msgId: string;
      latitude: number;
      longitude: number;
      scale: number;
      label: string;
    })
  | (InboundBase & { kind: "link"; msgId: string; title: string; description: string; url: string });

/**
 * Something she did: followed (possibly through a poster QR: `scene` is the value after `qrscene_`),
 * scanned a poster while already following, unfollowed, pressed a menu item, opened a menu link.
 */
export type InboundEvent =
  | (InboundBase & { kind: "subscribe"; scene?: string; ticket?: string })
  | (InboundBase & { kind: "scan"; scene: string; ticket?: string })
  | (InboundBase & { kind: "unsubscribe" })
  | (InboundBase & { kind: "click"; key: string })
  | (InboundBase & { kind: "view"; url: string; menuId?: string });

/** Any other message type or event (video, LOCATION reports, template receipts…), kept with its fields. */
export type InboundOther = InboundBase & {
  kind: "other";
  msgType: string;
  event?: string;
  msgId?: string;
  /** The payload's string fields as sent. */
  fields: Record<string, string>;
};

/** Everything the webhook can receive. */
export type Inbound = InboundMessage | InboundEvent | InboundOther;

const seconds = z
  .string()
  .trim()
  .regex(/^\d{1,12}$/)
  .transform(Number);
const msgId = z
  .string()
  .trim()
  .regex(/^\d{1,20}$/);
const decimal = z
  .string()
  .trim()
  .regex(/^[-+]?\d+(\.\d+)?$/)
  .transform(Number);
const optionalText = z.string().optional();

const envelope = z.object({
  ToUserName: z.string().min(1),
  FromUserName: z.string().min(1),
  CreateTime: seconds,
  MsgType: z.string().trim().min(1),
});

type Envelope = z.output<typeof envelope>;

const base = (f: Envelope): InboundBase => ({
  account: f.ToUserName,
  openid: f.FromUserName,
  createTime: f.CreateTime,
});

const MESSAGES = {
  text: envelope
    .extend({ MsgId: msgId, Content: z.string() })
    .transform((f): Inbound => ({ ...base(f), kind: "text", msgId: f.MsgId, text: f.Content })),
  image: envelope
    .extend({ MsgId: msgId, PicUrl: z.string(), MediaId: z.string() })
    .transform(
      (f): Inbound => ({ ...base(f), kind: "image", msgId: f.MsgId, picUrl: f.PicUrl, mediaId: f.MediaId }),
    ),
  voice: envelope
    .extend({ MsgId: msgId, MediaId: z.string(), Format: z.string(), Recognition: optionalText })
    .transform(
      (f): Inbound => ({
        ...base(f),
        kind: "voice",
        msgId: f.MsgId,
        mediaId: f.MediaId,
        format: f.Format,
        ...(f.Recognition ? { recognition: f.Recognition } : {}),
      }),
    ),
  location: envelope
    .extend({ MsgId: msgId, Location_X: decimal, Location_Y: decimal, Scale: decimal, Label: z.string() })
    .transform(
      (f): Inbound => ({
        ...base(f),
        kind: "location",
        msgId: f.MsgId,
        latitude: f.Location_X,
        longitude: f.Location_Y,
        scale: f.Scale,
        label: f.Label,
      }),
    ),
  link: envelope
    .extend({ MsgId: msgId, Title: z.string(), Description: z.string(), Url: z.string() })
    .transform(
      (f): Inbound => ({
        ...base(f),
        kind: "link",
        msgId: f.MsgId,
        title: f.Title,
        description: f.Description,
        url: f.Url,
      }),
    ),
} as const;

const SCENE_PREFIX = "qrscene_";

// Event names are matched case-insensitively: WeChat writes subscribe but SCAN, CLICK, VIEW.
const EVENTS = {
  subscribe: envelope.extend({ EventKey: optionalText, Ticket: optionalText }).transform((f): Inbound => {
    const key = f.EventKey?.trim() ?? "";
    const scene = key.startsWith(SCENE_PREFIX) ? key.slice(SCENE_PREFIX.length) : "";
    return {
      ...base(f),
      kind: "subscribe",
      ...(scene ? { scene } : {}),
      ...(f.Ticket ? { ticket: f.Ticket } : {}),
    };
  }),
  scan: envelope.extend({ EventKey: z.string().trim().min(1), Ticket: optionalText }).transform(
    (f): Inbound => ({
      ...base(f),
      kind: "scan",
      scene: f.EventKey,
      ...(f.Ticket ? { ticket: f.Ticket } : {}),
    }),
  ),
  unsubscribe: envelope.transform((f): Inbound => ({ ...base(f), kind: "unsubscribe" })),
  click: envelope
    .extend({ EventKey: z.string().trim().min(1) })
    .transform((f): Inbound => ({ ...base(f), kind: "click", key: f.EventKey })),
  view: envelope.extend({ EventKey: z.string().trim().min(1), MenuId: optionalText }).transform(
    (f): Inbound => ({
      ...base(f),
      kind: "view",
      url: f.EventKey,
      ...(f.MenuId ? { menuId: f.MenuId } : {}),
    }),
  ),
} as const;

function stringFields(fields: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) if (typeof value === "string") out[name] = value;
  return out;
}

function shapeError(error: z.ZodError): WechatPayloadError {
  // Field names only: the values are her words and ids.
  const names = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? "?")))];
  return new WechatPayloadError("shape", `missing or invalid ${names.join(", ")}`);
}

function pick<T extends object>(table: T, name: string): T[keyof T] | undefined {
  return Object.hasOwn(table, name) ? table[name as keyof T] : undefined;
}

/**
 * Reads the fields of a decrypted payload into an Inbound. Unknown message types and events become
 * `other` (nothing is lost); a known type without its fields throws WechatPayloadError("shape").
 */
export function toInbound(fields: Record<string, unknown>): Inbound {
  const head = envelope.safeParse(fields);
  if (!head.success) throw shapeError(head.error);
  const msgType = head.data.MsgType;
  const event = typeof fields.Event === "string" ? fields.Event.trim() : undefined;
  const schema =
    msgType === "event" && event !== undefined
      ? pick(EVENTS, event.toLowerCase())
      : msgType === "event"
        ? undefined
        : pick(MESSAGES, msgType);
  if (!schema) {
    const id = msgId.safeParse(fields.MsgId ?? fields.MsgID);
    return {
      ...base(head.data),
      kind: "other",
      msgType,
      ...(event !== undefined ? { event } : {}),
      ...(id.success ? { msgId: id.data } : {}),
      fields: stringFields(fields),
    };
  }
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw shapeError(parsed.error);
  return parsed.data;
}

/** Parses a plaintext payload (or a decrypted one) into an Inbound; throws WechatPayloadError. */
export function parseInbound(xml: string): Inbound {
  return toInbound(parseWechatXml(xml));
}

/**
 * The key WeChat's retries share: MsgId for messages; FromUserName + CreateTime for events (the
 * event name is added so two different events in the same second stay apart).
 */
export function dedupeKey(inbound: Inbound): string {
  if ("msgId" in inbound && inbound.msgId) return `msg:${inbound.msgId}`;
  const name = inbound.kind === "other" ? (inbound.event ?? inbound.msgType) : inbound.kind;
  return `evt:${inbound.openid}:${inbound.createTime}:${name}`;
}
