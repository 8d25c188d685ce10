// What the page knows of the WeChat side: each WeChat persona's conversation and follow state, and the account menu.
import { store } from "./store.ts";
import type { EmuEvent } from "./types.ts";
import { wxApi } from "./wx-api.ts";
import type { WxEntry, WxMenuButton, WxUser } from "./wx-types.ts";

/** One WeChat persona's conversation (by seq) and her state with the account. */
export interface WxChat {
  entries: Map<number, WxEntry>;
  user: WxUser | null;
}

type Listener = (openid?: string) => void;

/** The WeChat side's single store, fed by the initial load and the forwarded `wx` events. */
class WxState {
  readonly chats = new Map<string, WxChat>();
  menu: WxMenuButton[] | null = null;
  private readonly listeners = new Set<Listener>();

  /** Calls `listener` after every change; with the openid when one conversation changed. */
  on(listener: Listener): void {
    this.listeners.add(listener);
  }

  emit(openid?: string): void {
    for (const listener of this.listeners) listener(openid);
    // Previews in the persona list.
    store.emit("personas");
  }

  chat(openid: string): WxChat {
    let chat = this.chats.get(openid);
    if (!chat) {
      chat = { entries: new Map(), user: null };
      this.chats.set(openid, chat);
    }
    return chat;
  }

  /** Her conversation, oldest first. */
  entries(openid: string): WxEntry[] {
    return [...this.chat(openid).entries.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Whether she follows the account now: her last subscribe or unsubscribe decides. */
  followed(openid: string): boolean {
    let followed = false;
    for (const e of this.entries(openid)) {
      if (e.direction === "in" && e.event === "subscribe") followed = true;
      if (e.direction === "in" && e.event === "unsubscribe") followed = false;
    }
    return followed;
  }

  /** The label of the menu button with this key (what she pressed), if the menu has it. */
  buttonName(key: string): string | undefined {
    const all = (this.menu ?? []).flatMap((b) => (b.sub_button ? b.sub_button : [b]));
    return all.find((b) => b.key === key || b.url === key)?.name;
  }
}

/** The page's WeChat store. */
export const wx = new WxState();

/** The first line of her conversation's newest text, for the persona list. */
export function wxPreview(p: { openid: string | null }): string {
  if (!p.openid) return "";
  const last = wx
    .entries(p.openid)
    .filter((e) => e.text)
    .at(-1);
  return last?.text?.split("\n")[0] ?? "";
}

const READ_KEY = "jinguo-sim:wxread:";

/** The account's messages to her she has not seen (newer than the last one shown while her chat was open). */
export function wxUnread(p: { openid: string | null }): number {
  if (!p.openid) return 0;
  const read = Number(localStorage.getItem(READ_KEY + p.openid) ?? 0) || 0;
  return wx.entries(p.openid).filter((e) => e.direction === "out" && e.seq > read).length;
}

/** Marks her conversation read up to its newest line. */
export function wxMarkRead(openid: string): void {
  const last = wx.entries(openid).at(-1)?.seq ?? 0;
  localStorage.setItem(READ_KEY + openid, String(last));
}

function openids(): string[] {
  return store.personas.flatMap((p) => (p.channel === "wechat" && p.openid ? [p.openid] : []));
}

/** Loads the menu and every WeChat persona's conversation (start, reset, reconnect, new personas). */
export async function loadWechat(only?: readonly string[]): Promise<void> {
  if (!store.wechat) return;
  const [menu, ...logs] = await Promise.all([
    wxApi.menu().catch(() => ({ menu: null })),
    ...(only ?? openids()).map(async (openid) => ({ openid, ...(await wxApi.messages(openid)) })),
  ]);
  wx.menu = menu.menu;
  for (const log of logs) {
    const chat = wx.chat(log.openid);
    // Entries that arrived by event meanwhile are kept (a log answer is older than them).
    for (const entry of log.messages) chat.entries.set(entry.seq, entry);
    chat.user = log.user;
  }
  wx.emit();
}

/** Loads the conversations of WeChat personas the page has not seen yet. */
export function loadNewWechat(): Promise<void> {
  const missing = openids().filter((openid) => !wx.chats.has(openid));
  return missing.length > 0 ? loadWechat(missing) : Promise.resolve();
}

const refreshing = new Map<string, ReturnType<typeof setTimeout>>();

/** Reads her state again (her window moves with every message either way), once per burst of lines. */
function refreshUser(openid: string): void {
  if (refreshing.has(openid)) return;
  refreshing.set(
    openid,
    setTimeout(() => {
      refreshing.delete(openid);
      wxApi.user(openid).then(
        ({ user }) => {
          wx.chat(openid).user = user;
          wx.emit(openid);
        },
        () => undefined,
      );
    }, 150),
  );
}

/** A forwarded WeChat emulator event: a line of a conversation, a user's new state, the menu, a reset. */
export function onWxEvent(event: NonNullable<EmuEvent["wx"]>): void {
  switch (event.type) {
    case "message":
      if (event.openid && event.entry) {
        const entry = event.entry as WxEntry;
        wx.chat(event.openid).entries.set(entry.seq, entry);
        wx.emit(event.openid);
        refreshUser(event.openid);
      }
      break;
    case "user": {
      const user = event.user as WxUser | undefined;
      if (user) {
        wx.chat(user.openid).user = user;
        wx.emit(user.openid);
      }
      break;
    }
    case "menu":
      wx.menu = (event.menu as WxMenuButton[] | null) ?? null;
      wx.emit();
      break;
    case "reset":
      wx.chats.clear();
      wx.menu = null;
      void loadWechat();
      break;
  }
}
