import { api } from "./api.ts";
import { byId, fill, h } from "./dom.ts";
import { avatar, roleLabel } from "./persona-badges.ts";
import { store } from "./store.ts";
import { refreshState } from "./sync.ts";
import type { Persona, RegionOption } from "./types.ts";

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

function item(p: Persona): HTMLElement {
  const unread = store.unread(p.id);
  const edit = h("button", { class: "icon edit", type: "button", title: `edit ${p.first_name}`, text: "✎" });
  edit.addEventListener("click", (event) => {
    event.stopPropagation();
    openEditor(p);
  });
  const row = h(
    "li",
    {
      class: `persona${p.id === store.selected ? " selected" : ""}`,
      "data-persona-id": p.id,
      tabindex: 0,
      role: "button",
    },
    avatar(p),
    h(
      "div",
      { class: "persona-main" },
      h(
        "div",
        { class: "persona-top" },
        h("span", { class: "name", text: p.first_name }),
        p.role !== "user" ? h("span", { class: `tag ${p.role}`, text: roleLabel(p) }) : null,
        store.blocked.has(p.id) ? h("span", { class: "tag danger", text: "blocked" }) : null,
      ),
      h("div", { class: "preview", text: preview(p.id) || p.note || `${p.language}` }),
    ),
    unread > 0 ? h("span", { class: "unread", text: String(unread), title: `${unread} unread` }) : null,
    edit,
  );
  row.addEventListener("click", () => store.select(p.id));
  row.addEventListener("keydown", (e) => e.key === "Enter" && store.select(p.id));
  return row;
}

function render(): void {
  fill(byId("persona-list"), ...store.personas.map(item));
  const total = store.personas.reduce((n, p) => n + store.unread(p.id), 0);
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
  const sync = () => (regionField.hidden = role.value !== "staff");
  role.addEventListener("change", sync);
  sync();
  const save = h("button", { type: "submit", class: "primary", text: existing ? "Save" : "Create" });
  const cancel = h("button", { type: "button", text: "Cancel" });
  const del = existing ? h("button", { type: "button", class: "danger", text: "Delete" }) : null;
  const form = h(
    "form",
    { class: "editor" },
    h("h2", { text: existing ? `Edit ${existing.first_name}` : "New persona" }),
    field("First name", name),
    field("Telegram user id", id),
    field("Language", language),
    field("Role", role),
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
        : await api.createPersona(id.value ? { ...body, id: Number(id.value) } : body);
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
