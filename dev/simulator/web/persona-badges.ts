import { h } from "./dom.ts";
import type { Persona } from "./types.ts";

const COLORS = ["#e17076", "#7bc862", "#e5ca77", "#65aadd", "#a695e7", "#ee7aae", "#6ec9cb", "#faa774"];

/** A round avatar with her initial, coloured by id as Telegram does. */
export function avatar(p: Persona): HTMLElement {
  const initial = Array.from(p.first_name.trim())[0] ?? "?";
  const el = h("span", { class: "avatar", text: initial, "aria-hidden": "true" });
  el.style.background = COLORS[p.id % COLORS.length] ?? "#65aadd";
  return el;
}

/** "user", "staff 370700", "admin". */
export function roleLabel(p: Persona): string {
  return p.role === "staff" ? `staff ${p.region ?? ""}` : p.role;
}
