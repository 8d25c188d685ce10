import { api } from "./api.ts";
import { byId, fill, h } from "./dom.ts";
import { store } from "./store.ts";
import type { BroadcastView, PersonaOutcome } from "./types.ts";

const OUTCOMES: readonly { key: PersonaOutcome; icon: string; label: string }[] = [
  { key: "delivered", icon: "✓", label: "delivered" },
  { key: "blocked", icon: "⛔", label: "blocked" },
  { key: "failed", icon: "✗", label: "failed" },
  { key: "skipped", icon: "↷", label: "skipped" },
  { key: "erased", icon: "🗑", label: "erased" },
  { key: "pending", icon: "…", label: "pending" },
];
const ICON = Object.fromEntries(OUTCOMES.map((o) => [o.key, o.icon])) as Record<PersonaOutcome, string>;
// A broadcast sends many calls in a row: read the records at most this often while they arrive.
const THROTTLE_MS = 300;

let list: BroadcastView[] = [];
let problem: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let again = false;

const countOf = (b: BroadcastView, key: PersonaOutcome): number =>
  key === "delivered" ? b.counts.sent : key === "pending" ? b.pending : b.counts[key];

function seconds(b: BroadcastView): string {
  if (b.started_at === undefined) return "";
  const s = Math.max(0, Math.round(((b.finished_at ?? Date.now()) - b.started_at) / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

function meta(b: BroadcastView): string {
  const persona = typeof b.author === "number" ? store.persona(b.author) : undefined;
  const by = b.author === 0 ? "the bot" : (persona?.first_name ?? String(b.author));
  const at = b.started_at ?? b.scheduled_at ?? b.created;
  const when = new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return [b.kind, `by ${by}`, when, seconds(b)].filter(Boolean).join(" · ");
}

// Personas among the recipients, as chips: a click opens her chat.
function recipients(b: BroadcastView): HTMLElement {
  const mine = Object.entries(b.personas);
  const chips = mine.map(([id, got]) => {
    const name = store.persona(Number(id))?.first_name ?? id;
    return h(
      "li",
      {},
      h("button", {
        type: "button",
        class: `recipient ${got.outcome}`,
        "data-persona-id": id,
        "data-outcome": got.outcome,
        title: got.reason ? `${got.outcome}: ${got.reason}` : got.outcome,
        text: `${ICON[got.outcome]} ${name}`,
        onclick: () => store.select(Number(id)),
      }),
    );
  });
  const others = b.total - mine.length;
  if (others > 0) chips.push(h("li", { class: "muted", text: `+ ${others.toLocaleString()} others` }));
  if (chips.length === 0) chips.push(h("li", { class: "muted", text: "recipients not chosen yet" }));
  return h("ul", { class: "bc-recipients" }, ...chips);
}

function item(b: BroadcastView): HTMLElement {
  const done = b.total - b.pending;
  const counts = OUTCOMES.map((o) =>
    h(
      "span",
      { class: `count ${o.key}`, "data-outcome": o.key },
      `${o.icon} ${o.label} `,
      h("b", { text: countOf(b, o.key).toLocaleString() }),
    ),
  );
  return h(
    "li",
    { class: `broadcast ${b.status}`, "data-broadcast-id": b.id, "data-status": b.status },
    h(
      "div",
      { class: "bc-head" },
      h("span", { class: "bc-label", text: b.label }),
      h("span", { class: "bc-status", text: b.status }),
    ),
    h("div", { class: "bc-meta muted", text: meta(b) }),
    h(
      "div",
      { class: "bc-progress" },
      h("progress", { max: Math.max(1, b.total), value: Math.min(done, b.total) }),
      h("span", { class: "bc-total", text: `${done.toLocaleString()}/${b.total.toLocaleString()}` }),
    ),
    h("div", { class: "delivery-summary" }, ...counts),
    recipients(b),
  );
}

function render(): void {
  const items = list.map(item);
  if (problem) items.unshift(h("li", { class: "muted", text: `Could not read broadcasts: ${problem}` }));
  else if (items.length === 0)
    items.push(h("li", { class: "muted", text: "No broadcasts yet. Staff start one with /broadcast." }));
  fill(byId("broadcast-list"), ...items);
}

async function load(): Promise<void> {
  try {
    list = (await api.broadcasts()).broadcasts;
    problem = undefined;
  } catch (err) {
    problem = String((err as Error).message ?? err);
  }
  render();
}

/** Reads the broadcasts again soon (the bot just called the Bot API, personas changed, a reset). */
export function refreshBroadcasts(): void {
  // Asked again while a read is waiting or running: one more read after it, so the last state shows.
  if (timer) {
    again = true;
    return;
  }
  timer = setTimeout(() => {
    again = false;
    void load().finally(() => {
      timer = undefined;
      if (again) refreshBroadcasts();
    });
  }, THROTTLE_MS);
}

/** The right column's Broadcasts card: each recent broadcast with its counts and what each persona got. */
export async function mountBroadcasts(): Promise<void> {
  store.on("personas", render);
  await load();
}
