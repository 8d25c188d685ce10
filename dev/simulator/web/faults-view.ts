import { api } from "./api.ts";
import { byId, fill, h, toast } from "./dom.ts";
import { store } from "./store.ts";
import type { Fault } from "./types.ts";

function describe(f: Fault): string {
  const what = f.kind === "429" ? `429 retry after ${f.retry_after ?? 5} s` : `${f.status ?? 500}`;
  return `next ${f.count} × ${what}${f.method ? ` on ${f.method}` : " on any method"}`;
}

/** Re-reads the pending faults (after adding one, or when an injected one was used up). */
export async function refreshFaults(): Promise<void> {
  const { faults } = await api.faults();
  fill(
    byId("fault-list"),
    ...(faults.length
      ? faults.map((f) => h("li", { text: describe(f) }))
      : [h("li", { class: "muted", text: "No faults pending: the Bot API behaves." })]),
  );
}

function blockedToggle(): void {
  const box = byId<HTMLInputElement>("fault-blocked");
  const p = store.persona(store.selected);
  box.disabled = !p;
  box.checked = p ? store.blocked.has(p.id) : false;
  byId("fault-blocked-name").textContent = p ? p.first_name : "this persona";
}

function numberOf(id: string, fallback: number): number {
  const value = Number(byId<HTMLInputElement>(id).value);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function add(fault: Partial<Fault>): Promise<void> {
  const method = byId<HTMLSelectElement>("fault-method").value;
  try {
    await api.addFault({ ...fault, ...(method ? { method } : {}) });
    await refreshFaults();
  } catch (err) {
    toast((err as Error).message, "error");
  }
}

/** Fault controls: she blocked the bot (403), the next N calls answer 429 or 5xx. */
export async function mountFaults(): Promise<void> {
  byId("fault-blocked").addEventListener("change", async (event) => {
    const p = store.persona(store.selected);
    if (!p) return;
    const blocked = (event.target as HTMLInputElement).checked;
    const tell = byId<HTMLInputElement>("fault-blocked-tell").checked;
    await (tell ? api.userBlock(p, blocked) : api.block(p.id, blocked)).catch((err: Error) =>
      toast(err.message, "error"),
    );
  });
  byId("fault-429").addEventListener("click", () =>
    add({ kind: "429", count: numberOf("fault-429-count", 1), retry_after: numberOf("fault-429-retry", 3) }),
  );
  byId("fault-5xx").addEventListener("click", () =>
    add({
      kind: "5xx",
      count: numberOf("fault-5xx-count", 1),
      status: Number(byId<HTMLSelectElement>("fault-5xx-status").value),
    }),
  );
  byId("fault-clear").addEventListener("click", async () => {
    await api.clearFaults();
    await refreshFaults();
  });
  for (const topic of ["blocked", "personas"] as const) store.on(topic, blockedToggle);
  blockedToggle();
  await refreshFaults();
}
