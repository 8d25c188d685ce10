import { api } from "./api.ts";
import { byId, fill, h } from "./dom.ts";
import { store } from "./store.ts";
import type { CallRecord } from "./types.ts";

// Calls that put a message into somebody's chat: what a broadcast or an announcement is made of.
const SENDING = /^(send|copy|forward)/i;
const SINCE_KEY = "jinguo-sim:deliveries-since";
const OUTCOMES = ["delivered", "blocked", "429", "5xx", "other"] as const;
type Outcome = (typeof OUTCOMES)[number];
const LABELS: Record<Outcome, string> = {
  delivered: "✓ delivered",
  blocked: "⛔ blocked (403)",
  "429": "⏳ 429",
  "5xx": "💥 5xx",
  other: "✗ other error",
};

const seen = new Set<number>();
const recent: CallRecord[] = [];
const totals = new Map<Outcome, number>();
const perChat = new Map<number, Map<Outcome, number>>();
let since = Number(localStorage.getItem(SINCE_KEY) ?? 0) || 0;
let scheduled = false;
let latest = 0;

function outcomeOf(call: CallRecord): Outcome {
  const code = call.response.error_code;
  if (call.response.ok) return "delivered";
  if (code === 403) return "blocked";
  if (code === 429) return "429";
  if (call.response.injected === "network" || (code !== undefined && code >= 500)) return "5xx";
  return "other";
}

// Shown in her chat where it happened, so a 403 or a 429 is visible next to the messages.
function noteFailure(chatId: number, call: CallRecord): void {
  const outcome = outcomeOf(call);
  const icon = outcome === "delivered" ? "" : LABELS[outcome].split(" ")[0];
  const code = call.response.error_code ?? "network";
  const text = `${icon} ${call.method} failed: ${code} ${call.response.description ?? ""}`.trim();
  store.note(chatId, {
    seq: call.seq,
    at: call.at,
    text,
    kind: outcome === "delivered" ? "other" : outcome,
  });
}

function bump(map: Map<Outcome, number>, key: Outcome): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Counts one Bot API call if it sent something to a chat (called for history and live events). */
export function recordCall(call: CallRecord): void {
  latest = Math.max(latest, call.seq);
  const chatId = Number(call.params.chat_id);
  if (!Number.isSafeInteger(chatId)) return;
  if (!call.response.ok) noteFailure(chatId, call);
  if (!SENDING.test(call.method) || seen.has(call.seq) || call.seq <= since) return;
  seen.add(call.seq);
  const outcome = outcomeOf(call);
  bump(totals, outcome);
  const row = perChat.get(chatId) ?? new Map<Outcome, number>();
  bump(row, outcome);
  perChat.set(chatId, row);
  recent.unshift(call);
  recent.length = Math.min(recent.length, 40);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(render);
  }
}

function who(chatId: number): string {
  return store.persona(chatId)?.first_name ?? String(chatId);
}

function render(): void {
  scheduled = false;
  const summary = OUTCOMES.map((o) =>
    h(
      "span",
      { class: `count ${o}`, "data-outcome": o },
      `${LABELS[o]} `,
      h("b", { text: String(totals.get(o) ?? 0) }),
    ),
  );
  const rows = [...perChat.entries()].map(([chatId, counts]) =>
    h(
      "tr",
      {},
      h("td", { text: who(chatId) }),
      ...OUTCOMES.map((o) => h("td", { text: String(counts.get(o) ?? 0) })),
    ),
  );
  const table = h(
    "table",
    { class: "per-chat" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { text: "to" }),
        ...OUTCOMES.map((o) => h("th", { text: LABELS[o].split(" ")[0] ?? o })),
      ),
    ),
    h("tbody", {}, ...rows),
  );
  const log = recent.map((c) =>
    h(
      "li",
      { class: outcomeOf(c) },
      h("time", { text: new Date(c.at).toLocaleTimeString() }),
      ` ${c.method} → ${who(Number(c.params.chat_id))} `,
      h("b", {
        text: c.response.ok ? "ok" : `${c.response.error_code ?? "network"} ${c.response.description ?? ""}`,
      }),
    ),
  );
  fill(byId("delivery-summary"), ...summary);
  fill(byId("delivery-table"), rows.length ? table : h("p", { class: "muted", text: "Nothing sent yet." }));
  fill(byId("delivery-log"), ...log);
}

function clear(keepSince: number): void {
  since = keepSince;
  localStorage.setItem(SINCE_KEY, String(since));
  totals.clear();
  perChat.clear();
  recent.length = 0;
  render();
}

/** Starts counting from zero: the emulator was reset and numbers its calls from 1 again. */
export function resetDeliveries(): void {
  seen.clear();
  latest = 0;
  clear(0);
}

/** The right column's live count of messages sent to personas: delivered, blocked, 429, 5xx. */
export async function mountDeliveries(): Promise<void> {
  const history = await api.calls();
  if (since > history.last_seq) clear(0); // the emulator restarted and counts from 1 again
  latest = history.last_seq;
  for (const call of history.calls) recordCall(call);
  byId("delivery-clear").addEventListener("click", () => clear(Math.max(since, latest)));
  store.on("personas", () => requestAnimationFrame(render));
  render();
}
