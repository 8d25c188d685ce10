import { type ApiError, badRequest, forbidden, tooManyRequests } from "./errors.ts";
import type { BlockReason, RateLimit } from "./types.ts";

/** An injected failure for the next `count` calls (of `method`, if given). */
export interface FaultSpec {
  /** 429 flood wait, a 5xx, an added delay, or a dropped connection. */
  kind: "429" | "5xx" | "delay" | "network";
  count: number;
  method?: string;
  /** Only calls addressed to this chat (chat_id), so parallel tests do not take each other's faults. */
  chat_id?: number;
  /** For 429, seconds; default 5. */
  retry_after?: number;
  /** For 5xx: 500 (default), 502, 503 or 504. */
  status?: number;
  /** For 5xx: answer with an nginx HTML page instead of Telegram JSON (grammY then throws HttpError). */
  html?: boolean;
  /** For delay: milliseconds before the call is handled normally. */
  ms?: number;
}

const KINDS = new Set(["429", "5xx", "delay", "network"]);
const STATUS_TEXT: Record<number, string> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};
const BLOCK_TEXT: Record<Exclude<BlockReason, "not_found">, string> = {
  blocked: "bot was blocked by the user",
  deactivated: "user is deactivated",
  not_started: "bot can't initiate conversation with a user",
};
const SENDING = /^(send|copy|forward)/i;

/** Validates a fault spec from the control API; throws a 400 naming the bad field. */
export function parseFault(raw: Record<string, unknown>): FaultSpec {
  const kind = String(raw.kind ?? "");
  if (!KINDS.has(kind)) throw badRequest(`fault kind must be one of 429, 5xx, delay, network`);
  const count = raw.count === undefined ? 1 : Number(raw.count);
  if (!Number.isInteger(count) || count < 1) throw badRequest("fault count must be a positive integer");
  const spec: FaultSpec = { kind: kind as FaultSpec["kind"], count };
  if (typeof raw.method === "string" && raw.method) spec.method = raw.method;
  if (raw.chat_id !== undefined) {
    spec.chat_id = Number(raw.chat_id);
    if (!Number.isSafeInteger(spec.chat_id)) throw badRequest("fault chat_id must be an integer");
  }
  if (raw.retry_after !== undefined) spec.retry_after = Math.max(1, Math.floor(Number(raw.retry_after)) || 1);
  if (raw.status !== undefined) {
    spec.status = Number(raw.status);
    if (!STATUS_TEXT[spec.status]) throw badRequest("fault status must be 500, 502, 503 or 504");
  }
  if (raw.html === true) spec.html = true;
  if (raw.ms !== undefined) spec.ms = Math.max(0, Number(raw.ms) || 0);
  return spec;
}

/** Injected faults, blocked chats and the optional rate limit. */
export class Faults {
  private queue: FaultSpec[] = [];
  private readonly blocked = new Map<number, BlockReason>();
  private rate: RateLimit | null = null;
  private window: number[] = [];

  add(spec: FaultSpec): void {
    this.queue.push({ ...spec });
  }

  pending(): FaultSpec[] {
    return this.queue.map((f) => ({ ...f }));
  }

  /** Consumes one unit of the first fault that applies to `method` (and to `chatId`, if it names one). */
  take(method: string, chatId?: unknown): FaultSpec | undefined {
    const fault = this.queue.find(
      (f) =>
        (!f.method || f.method.toLowerCase() === method.toLowerCase()) &&
        (f.chat_id === undefined || String(f.chat_id) === String(chatId)),
    );
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.queue.splice(this.queue.indexOf(fault), 1);
    return fault;
  }

  setRateLimit(rate: RateLimit | null): void {
    this.rate = rate && rate.perSecond > 0 ? rate : null;
    this.window = [];
  }

  get rateLimit(): RateLimit | null {
    return this.rate;
  }

  /** Counts the call against the sliding one-second window; false means "answer 429". */
  admit(method: string, now: number): boolean {
    const rate = this.rate;
    if (!rate) return true;
    const limited = rate.methods
      ? rate.methods.some((m) => m.toLowerCase() === method.toLowerCase())
      : SENDING.test(method);
    if (!limited) return true;
    while (this.window.length > 0 && (this.window[0] ?? 0) <= now - 1000) this.window.shift();
    if (this.window.length >= rate.perSecond) return false;
    this.window.push(now);
    return true;
  }

  block(chatId: number, blocked: boolean, reason: BlockReason = "blocked"): void {
    if (blocked) this.blocked.set(chatId, reason);
    else this.blocked.delete(chatId);
  }

  blockedChats(): Array<{ chat_id: number; reason: BlockReason }> {
    return [...this.blocked].map(([chat_id, reason]) => ({ chat_id, reason }));
  }

  /** The 403 (or 400 "chat not found") for sending to `chatId`, if that chat refuses the bot. */
  blockError(chatId: number): ApiError | undefined {
    const reason = this.blocked.get(chatId);
    if (reason === "not_found") return badRequest("chat not found");
    return reason ? forbidden(BLOCK_TEXT[reason]) : undefined;
  }

  clear(): void {
    this.queue = [];
    this.blocked.clear();
    this.rate = null;
    this.window = [];
  }
}

/** The error an injected 429 / 5xx fault answers with. */
export function faultError(fault: FaultSpec): { status: number; body: string; type: string } {
  if (fault.kind === "429") {
    const err: ApiError = tooManyRequests(fault.retry_after ?? 5);
    return { status: 429, body: JSON.stringify(err.toJSON()), type: "application/json" };
  }
  const status = fault.status ?? 500;
  const text = STATUS_TEXT[status] ?? "Internal Server Error";
  if (fault.html) {
    const page = `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n`;
    return { status, body: page, type: "text/html" };
  }
  return {
    status,
    body: JSON.stringify({ ok: false, error_code: status, description: text }),
    type: "application/json",
  };
}
