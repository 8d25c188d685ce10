// Where a link in a bot message leads. Deep links to our own bot never leave the page: they send
// `/start <payload>` as the persona, as tapping them in Telegram does.

/** What clicking a link does. */
export type LinkTarget =
  | { kind: "start"; payload: string }
  | { kind: "external"; href: string }
  | { kind: "none" };

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);
const PAYLOAD = /^[A-Za-z0-9_-]{0,64}$/;

/** Classifies a URL from a message, a button or the deep-link field; unknown schemes go nowhere. */
export function linkTarget(raw: string, botUsername: string | undefined): LinkTarget {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { kind: "none" };
  }
  const bot = botUsername?.toLowerCase();
  const start = url.searchParams.get("start") ?? "";
  if (url.protocol === "tg:" && url.hostname === "resolve") {
    const domain = url.searchParams.get("domain")?.toLowerCase();
    return bot && domain === bot && PAYLOAD.test(start)
      ? { kind: "start", payload: start }
      : { kind: "none" };
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return { kind: "none" };
  const host = url.hostname.toLowerCase();
  if (bot && (host === "t.me" || host === "telegram.me")) {
    const name = url.pathname.replace(/^\/+|\/+$/g, "").toLowerCase();
    if (name === bot && PAYLOAD.test(start)) return { kind: "start", payload: start };
  }
  return { kind: "external", href: url.href };
}

/** `/start payload` from a typed deep link, a bare payload, or a t.me URL. */
export function startCommandFor(input: string, botUsername: string | undefined): string | undefined {
  const text = input.trim();
  if (/^\/start(\s|$)/.test(text)) return text;
  if (PAYLOAD.test(text) && text) return `/start ${text}`;
  const target = linkTarget(text, botUsername);
  if (target.kind !== "start") return undefined;
  return target.payload ? `/start ${target.payload}` : "/start";
}
