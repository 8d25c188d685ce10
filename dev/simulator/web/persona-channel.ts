// The persona editor's channel: Telegram or WeChat (fixed once she exists), and a WeChat persona's openid.
import { h } from "./dom.ts";
import { store } from "./store.ts";
import type { Persona } from "./types.ts";

/** The editor's channel choice (fixed once she exists) and, for WeChat, her openid (automatic unless given). */
export function channelFields(
  existing: Persona | undefined,
  field: (label: string, input: HTMLElement) => HTMLElement,
) {
  const select = h(
    "select",
    { name: "channel" },
    h("option", { value: "telegram", text: "Telegram" }),
    h("option", {
      value: "wechat",
      text: store.wechat ? "WeChat (Official Account follower)" : "WeChat (needs the local WeChat emulator)",
      disabled: !store.wechat,
    }),
  );
  select.value = existing?.channel ?? "telegram";
  select.disabled = existing !== undefined;
  const openid = h("input", {
    name: "openid",
    maxlength: 64,
    pattern: "[A-Za-z0-9_\\-]{6,64}",
    placeholder: "automatic",
    value: existing?.openid ?? "",
  });
  openid.disabled = existing !== undefined;
  return {
    select,
    field: field("Channel", select),
    openidField: field("WeChat openid", openid),
    /** What a new persona gets: her channel, and an openid when one was typed. */
    created: (): Partial<Persona> =>
      select.value === "wechat"
        ? { channel: "wechat", ...(openid.value.trim() ? { openid: openid.value.trim() } : {}) }
        : { channel: "telegram" },
  };
}
