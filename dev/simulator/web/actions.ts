import { api, type Delivery } from "./api.ts";
import { h, toast } from "./dom.ts";
import type { LinkTarget } from "./links.ts";
import { store } from "./store.ts";
import type { InlineButton, LogEntry, Persona } from "./types.ts";

/** Largest file a persona may attach; the emulator refuses bodies past 20 MB anyway. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

function current(): Persona | undefined {
  const p = store.persona(store.selected);
  if (!p) toast("Pick a persona first", "error");
  return p;
}

function noteDelivery(p: Persona, result: Delivery): void {
  const id = result.update?.message?.message_id;
  if (result.delivered || id === undefined) return;
  store.chat(p.id).failed.add(id);
  const entry = store.chat(p.id).entries.get(id);
  if (entry) store.upsert(p.id, entry);
  toast(`The Worker did not take the update${result.status ? ` (HTTP ${result.status})` : ""}`, "error");
}

async function run(p: Persona, action: () => Promise<Delivery>): Promise<Delivery | undefined> {
  try {
    const result = await action();
    noteDelivery(p, result);
    return result;
  } catch (err) {
    toast(String((err as Error).message), "error");
    return undefined;
  }
}

/** She sends a text (a command, a question, a deep link typed as `/start payload`). */
export async function sendText(text: string): Promise<void> {
  const p = current();
  if (p && text.trim()) await run(p, () => api.send(p, { text }));
}

/** She shares her (made-up) phone number through a request_contact button. */
export async function sendContact(): Promise<void> {
  const p = current();
  if (!p) return;
  const phone = `+86138${String(p.id % 1e8).padStart(8, "0")}`;
  await run(p, () => api.send(p, { contact: { phone_number: phone, first_name: p.first_name } }));
}

/** She attaches a file: images go as photos, everything else as documents. */
export async function sendFile(file: File, caption: string): Promise<void> {
  const p = current();
  if (!p) return;
  if (file.size > MAX_ATTACHMENT_BYTES) {
    toast(`Files up to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB only`, "error");
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const base64 = btoa(binary);
  const isPhoto = /^image\/(png|jpeg|gif|webp)$/.test(file.type);
  const media = isPhoto
    ? { photo: { base64 } }
    : { document: { base64, file_name: file.name, mime_type: file.type || undefined } };
  await run(p, () => api.send(p, { ...media, ...(caption ? { caption } : {}) }));
}

function alertDialog(text: string): void {
  const dialog = h(
    "dialog",
    { class: "alert" },
    h("p", { text }),
    h("form", { method: "dialog" }, h("button", { text: "OK" })),
  );
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

/** Follows a link: deep links to our bot become `/start payload`, others open in a new tab. */
export function openLink(target: LinkTarget): void {
  if (target.kind === "start") void sendText(target.payload ? `/start ${target.payload}` : "/start");
  else if (target.kind === "external") window.open(target.href, "_blank", "noopener,noreferrer");
}

/** She presses an inline button: a real callback query, answered by the bot (toast or alert). */
export async function press(
  entry: LogEntry,
  button: InlineButton,
  el: HTMLButtonElement,
  link: (url: string) => void,
) {
  const p = current();
  if (!p) return;
  if (button.url) return link(button.url);
  if (button.web_app) return openMiniApp(button.web_app.url);
  if (button.copy_text) {
    await navigator.clipboard?.writeText(button.copy_text.text).catch(() => undefined);
    return toast("Copied");
  }
  if (button.callback_data === undefined) return;
  el.classList.add("loading");
  const data = button.callback_data;
  const result = await run(p, () => api.press(p, entry.message.message_id, data));
  el.classList.remove("loading");
  const answer = result?.answer;
  if (answer?.text && answer.show_alert) alertDialog(answer.text);
  else if (answer?.text) toast(answer.text);
}

/**
 * Opens a Mini App for the selected persona as Telegram does: a new window at the app's URL with
 * initData, signed by the emulator with the bot token, in the fragment (#tgWebAppData=…).
 */
export async function openMiniApp(url: string): Promise<void> {
  const p = current();
  if (!p) return;
  try {
    const launch = await api.webAppLaunch(p, url);
    window.open(launch.launch_url, "_blank", "noopener");
  } catch (err) {
    toast(`Could not open the Mini App: ${err instanceof Error ? err.message : String(err)}`, "error");
  }
}
