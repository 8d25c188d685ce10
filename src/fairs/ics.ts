/** A fair as an iCalendar file (RFC 5545) with a stable UID and its time zone. */
/**
 * The fair as an iCalendar file (RFC 5545): one VEVENT with a UID that stays the same for the fair
 * (edits bump SEQUENCE, a cancellation sets STATUS:CANCELLED), its time in the fair's zone with a
 * VTIMEZONE. China has kept UTC+8 without daylight saving since 1991, so Asia/Shanghai is one
 * STANDARD block; other zones fall back to UTC times.
 */
import { regionLabel } from "../regions/index.ts";
import { localParts } from "../time/zoned.ts";
import type { Fair } from "./types.ts";

/** Fairs have no end time in the form; calendars get a half day, as such fairs usually run. */
export const FAIR_DURATION_MS = 3 * 3600_000;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function stamp(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const SHANGHAI_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Asia/Shanghai",
  "BEGIN:STANDARD",
  "DTSTART:19910915T020000",
  "TZOFFSETFROM:+0800",
  "TZOFFSETTO:+0800",
  "TZNAME:CST",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** The .ics text of a fair; `now` is the DTSTAMP, `link` the bot's deep link to the fair. */
export function fairIcs(fair: Fair, opts: { now: number; timeZone: string; link?: string }): string {
  const zoned = opts.timeZone === "Asia/Shanghai";
  const when = (ms: number, name: string) =>
    zoned ? `${name};TZID=Asia/Shanghai:${stamp(ms, opts.timeZone)}` : `${name}:${stamp(ms, "UTC")}Z`;
  const description = [fair.description, "", `☎ ${fair.contact}`, fair.link ?? opts.link ?? ""]
    .join("\n")
    .trim();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Jinguo//Job fairs//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(zoned ? SHANGHAI_VTIMEZONE : []),
    "BEGIN:VEVENT",
    `UID:fair-${fair.id}@jinguo`,
    `DTSTAMP:${stamp(opts.now, "UTC")}Z`,
    when(fair.startsAt, "DTSTART"),
    when(fair.startsAt + FAIR_DURATION_MS, "DTEND"),
    `SEQUENCE:${fair.seq}`,
    `STATUS:${fair.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
    `SUMMARY:${escapeText(fair.title)}`,
    `LOCATION:${escapeText(`${fair.venue} (${regionLabel(fair.region, "zh-CN")})`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(fair.link ? [`URL:${fair.link}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
