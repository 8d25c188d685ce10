import { api } from "./api.ts";
import { byId, fill, h } from "./dom.ts";
import { avatar, roleLabel } from "./persona-badges.ts";
import { channelFields } from "./persona-channel.ts";
import { store } from "./store.ts";
import { refreshState } from "./sync.ts";
import type { Persona, RegionOption } from "./types.ts";
import { wxPreview, wxUnread } from "./wx-state.ts";

let regions: RegionOption[] = [];

function preview(id: number): string {
  const entries = [...(store.chats.get(id)?.entries.values() ?? [])].filter((e) => !e.deleted);
  const last = entries.sort((a, b) => a.message.message_id - b.message.message_id).at(-1)?.message;
  if (!last) return "";
  return (
    (last.text ?? last.caption ?? (last.photo ? "🖼 Photo" : last.document ? "📄 File" : "")).split("\n")[0] ??
    ""
  );
}

function unreadOf(p: Persona): number {
  return p.channel === "wechat" ? wxUnread(p) : store.unread(p.id);
}

/** What a persona's row shows; the row is rebuilt only when this changes. */
function view(p: Persona) {
  return {
    name: p.first_name,
    role: p.role !== "user" ? roleLabel(p) : "",
    blocked: store.blocked.has(p.id),
    preview: (p.channel === "wechat" ? wxPreview(p) : preview(p.id)) || p.note || `${p.language}`,
    unread: unreadOf(p),
    selected: p.id === store.selected,
  };
}

function content(p: Persona, v: ReturnType<typeof view>): Node[] {
  const edit = h("button", { class: "icon edit", type: "button", title: `edit ${p.first_name}`, text: "✎" });
  edit.addEventListener("click", (event) => {
    event.stopPropagation();
    openEditor(p);
  });
  const top = h(
    "div",
    { class: "persona-top" },
    h("span", { class: "name", text: v.name }),
    v.role ? h("span", { class: `tag ${p.role}`, text: v.role }) : null,
    p.channel === "wechat" ? h("span", { class: "tag wechat", text: "WeChat", title: p.openid ?? "" }) : null,
    v.blocked ? h("span", { class: "tag danger", text: "blocked" }) : null,
  );
  const main = h("div", { class: "persona-main" }, top, h("div", { class: "preview", text: v.preview }));
  const unread =
    v.unread > 0 ? h("span", { class: "unread", text: String(v.unread), title: `${v.unread} unread` }) : null;
  return [avatar(p), main, ...(unread ? [unread] : []), edit];
}

/**
 * Each persona keeps one row element for the page's life: a broadcast to a thousand chats changes
 * unread counts and previews many times a second, and a list rebuilt on each change detaches the row
 * under the pointer, so a click on it never lands.
 */
const rows = new Map<number, { li: HTMLElement; shown: string }>();

function row(p: Persona): HTMLElement {
  const v = view(p);
  const shown = JSON.stringify([v, p.id, p.role, p.region, p.note, p.language, p.channel]);
  let r = rows.get(p.id);
  if (!r) {
    const li = h("li", { class: "persona", "data-persona-id": p.id, tabindex: 0, role: "button" });
    li.addEventListener("click", () => store.select(p.id));
    li.addEventListener("keydown", (e) => e.key === "Enter" && store.select(p.id));
    r = { li, shown: "" };
    rows.set(p.id, r);
  }
  if (r.shown !== shown) {
    r.li.classList.toggle("selected", v.selected);
    r.li.replaceChildren(...content(p, v));
    r.shown = shown;
  }
  return r.li;
}

function render(): void {
  const list = byId("persona-list");
  const ids = new Set(store.personas.map((p) => p.id));
  for (const [id, r] of rows) {
    if (ids.has(id)) continue;
    r.li.remove();
    rows.delete(id);
  }
  // Rows move only when the order changed, so none is taken out of the page needlessly.
  store.personas.forEach((p, i) => {
    const li = row(p);
    if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
  });
  const total = store.personas.reduce((n, p) => n + unreadOf(p), 0);
  document.title = total > 0 ? `(${total}) Jinguo simulator` : "Jinguo simulator";
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h("label", { class: "field" }, h("span", { text: label }), input);
}

function openEditor(existing?: Persona): void {
  const name = h("input", {
    name: "first_name",
    required: true,
    maxlength: 64,
    value: existing?.first_name ?? "",
  });
  const id = h("input", {
    name: "id",
    type: "number",
    min: 1,
    placeholder: "automatic",
    value: existing?.id,
  });
  id.disabled = existing !== undefined;
  const language = h(
    "select",
    { name: "language" },
    h("option", { value: "zh-hans", text: "中文 (zh-hans)" }),
    h("option", { value: "en", text: "English (en)" }),
  );
  language.value = existing?.language ?? "zh-hans";
  const role = h(
    "select",
    { name: "role" },
    ...["user", "staff", "admin"].map((r) => h("option", { value: r, text: r })),
  );
  role.value = existing?.role ?? "user";
  const region = h("input", {
    name: "region",
    list: "region-options",
    pattern: "\\d{6}",
    placeholder: "370700",
    value: existing?.region ?? "",
  });
  const regionField = field("Region code (staff scope)", region);
  const note = h("input", {
    name: "note",
    maxlength: 80,
    placeholder: "e.g. 潍坊 · 寿光",
    value: existing?.note ?? "",
  });
  const error = h("p", { class: "form-error", role: "alert" });
  const channel = channelFields(existing, field);
  const idField = field("Telegram user id", id);
  const roleField = field("Role", role);
  const sync = () => {
    const wechat = channel.select.value === "wechat";
    if (wechat) role.value = "user";
    idField.hidden = wechat;
    roleField.hidden = wechat;
    channel.openidField.hidden = !wechat;
    regionField.hidden = role.value !== "staff";
  };
  role.addEventListener("change", sync);
  channel.select.addEventListener("change", sync);
  sync();
  const save = h("button", { type: "submit", class: "primary", text: existing ? "Save" : "Create" });
  const cancel = h("button", { type: "button", text: "Cancel" });
  const del = existing ? h("button", { type: "button", class: "danger", text: "Delete" }) : null;
  const form = h(
    "form",
    { class: "editor" },
    h("h2", { text: existing ? `Edit ${existing.first_name}` : "New persona" }),
    field("First name", name),
    channel.field,
    idField,
    channel.openidField,
    field("Language", language),
    roleField,
    regionField,
    field("Note", note),
    error,
    h("div", { class: "buttons" }, del, cancel, save),
  );
  const dialog = h("dialog", { class: "persona-dialog" }, form);
  const close = () => dialog.close();
  dialog.addEventListener("close", () => dialog.remove());
  cancel.addEventListener("click", close);
  del?.addEventListener("click", async () => {
    if (!existing || !confirmInline(del, "Really delete?")) return;
    await api.deletePersona(existing.id).then(close, (e: Error) => (error.textContent = e.message));
    await refreshState();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body: Partial<Persona> = {
      first_name: name.value,
      language: language.value as Persona["language"],
      role: role.value as Persona["role"],
      region: role.value === "staff" ? region.value.trim() : null,
      note: note.value,
    };
    try {
      const made = existing
        ? await api.updatePersona(existing.id, body)
        : await api.createPersona({
            ...body,
            ...channel.created(),
            ...(id.value ? { id: Number(id.value) } : {}),
          });
      close();
      await refreshState();
      if (!existing) store.select(made.persona.id);
    } catch (err) {
      error.textContent = (err as Error).message;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
}

/** Asks for a second click on the same button instead of a browser confirm() box. */
function confirmInline(button: HTMLButtonElement, question: string): boolean {
  if (button.dataset.armed) return true;
  button.dataset.armed = "1";
  button.textContent = question;
  return false;
}

/** The left column: personas with unread counts, and the editor for creating and changing them. */
export async function mountPersonas(): Promise<void> {
  regions = (await api.regions()).regions;
  fill(
    byId("region-options"),
    ...regions.map((r) => h("option", { value: r.code, text: `${r.name} ${r.en}` })),
  );
  byId("new-persona").addEventListener("click", () => openEditor());
  for (const topic of ["personas", "blocked"] as const) store.on(topic, render);
  render();
}
