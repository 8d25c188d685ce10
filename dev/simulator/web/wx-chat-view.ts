// The middle column for a WeChat persona, styled like WeChat: her conversation with the Official Account, poster QR scans, follow/unfollow, the account menu and the text box.
import { byId, fill, h, toast } from "./dom.ts";
import { store } from "./store.ts";
import type { Persona } from "./types.ts";
import { wxApi } from "./wx-api.ts";
import { type WxBubbleActions, wxBubble } from "./wx-bubbles.ts";
import { wx, wxMarkRead } from "./wx-state.ts";
import type { WxAction, WxMenuButton } from "./wx-types.ts";

/** Poster QR scenes (the same payloads as the Telegram deep links). */
const SCENES: [scene: string, what: string][] = [
  ["sub_370700", "job-fair alerts, Weifang"],
  ["sub_370100", "job-fair alerts, Jinan"],
  ["signup", "mentor sign-up"],
  ["fair_1", "a job fair (fair_<id>)"],
];

/** Menu (like WeChat when the account has one) or keyboard at the bottom. */
let mode: "menu" | "keyboard" = "menu";
/** The menu group whose sub-buttons are open. */
let openGroup: number | null = null;

function selectedWechat(): Persona | undefined {
  const p = store.persona(store.selected);
  return p?.channel === "wechat" && p.openid ? p : undefined;
}

/** Runs one of her actions; what it changes arrives through the event stream. */
async function act(run: (p: Persona) => Promise<WxAction>): Promise<void> {
  const p = selectedWechat();
  if (!p) return;
  const section = byId("wx-chat");
  section.dataset.busy = "true";
  try {
    const result = await run(p);
    if (!result.delivered)
      toast(`The Worker did not take the push${result.status ? ` (HTTP ${result.status})` : ""}`, "error");
    else if (result.reply_error) toast(`WeChat could not read the answer: ${result.reply_error}`, "error");
  } catch (err) {
    toast(String((err as Error).message), "error");
  } finally {
    delete section.dataset.busy;
  }
}

const send = (text: string) => (text.trim() ? act((p) => wxApi.send(p, text)) : Promise.resolve());

const bubbleActions: WxBubbleActions = {
  typeOption: (number) => {
    mode = "keyboard";
    renderBottom();
    void send(number);
  },
  buttonName: (key) => wx.buttonName(key),
  optionHints: () => store.wechat?.optionHints ?? [],
};

/** Her customer-service window as the emulator counts it: what the account may still send her unasked. */
function windowText(openid: string): string {
  const w = wx.chat(openid).user?.window;
  if (!w) return "";
  if (!w.open) return " · window closed (template messages only)";
  const until = w.until
    ? new Date(w.until).toLocaleString([], { dateStyle: "short", timeStyle: "short" })
    : "";
  return ` · window open until ${until}, ${Number.isFinite(w.left) ? w.left : "∞"} left`;
}

function renderHeader(p: Persona): void {
  const followed = wx.followed(p.openid as string);
  const scene = h("input", {
    id: "wx-scene",
    list: "wx-scenes",
    value: "sub_370700",
    "aria-label": "Poster scene",
    pattern: "[A-Za-z0-9_\\-]{1,64}",
  });
  const scenes = h(
    "datalist",
    { id: "wx-scenes" },
    ...SCENES.map(([value, what]) => h("option", { value, text: what })),
  );
  const scan = h("button", { id: "wx-scan", type: "button", text: "Scan poster QR" });
  scan.addEventListener("click", () => {
    const value = scene.value.trim();
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) return toast("A scene is letters, digits, _ or -", "error");
    void act((me) => wxApi.scan(me, value));
  });
  const follow = h("button", {
    id: "wx-follow-toggle",
    type: "button",
    class: followed ? "danger small" : "primary small",
    text: followed ? "Unfollow" : "Follow",
  });
  follow.addEventListener(
    "click",
    () => void act((me) => (wx.followed(me.openid as string) ? wxApi.unfollow(me) : wxApi.follow(me))),
  );
  fill(
    byId("wx-header"),
    h(
      "div",
      { class: "wx-title" },
      h("strong", { text: store.bot.first_name || "公众号" }),
      h("small", {
        text: `Official Account ${store.wechat?.account ?? ""} · ${p.first_name} (${p.openid}) · ${followed ? "following" : "not following"}${followed ? windowText(p.openid as string) : ""}`,
      }),
    ),
    h("div", { class: "wx-actions" }, scene, scenes, scan, follow),
  );
}

function renderMessages(p: Persona): void {
  const list = byId("wx-messages");
  const entries = wx.entries(p.openid as string);
  if (document.visibilityState === "visible") wxMarkRead(p.openid as string);
  if (entries.length === 0) {
    fill(
      list,
      h(
        "div",
        { class: "empty" },
        h("p", { text: `${p.first_name} does not follow the account yet.` }),
        h("p", { class: "muted", text: "Follow it, or scan a poster QR (above) to follow through it." }),
      ),
    );
  } else {
    fill(list, ...entries.map((e) => wxBubble(e, bubbleActions)));
  }
  list.scrollTop = list.scrollHeight;
}

function menuButton(button: WxMenuButton, index: number): HTMLElement {
  const group = button.sub_button;
  const el = h("button", {
    type: "button",
    class: `wx-menu-btn${group ? " group" : ""}`,
    text: group ? `≡ ${button.name ?? ""}` : (button.name ?? ""),
  });
  el.addEventListener("click", () => {
    if (group) {
      openGroup = openGroup === index ? null : index;
      renderBottom();
    } else press(button);
  });
  const popup =
    group && openGroup === index
      ? h(
          "div",
          { class: "wx-submenu", role: "menu" },
          ...group.map((sub) => {
            const item = h("button", {
              type: "button",
              role: "menuitem",
              class: "wx-sub-btn",
              text: sub.name ?? "",
            });
            item.addEventListener("click", () => press(sub));
            return item;
          }),
        )
      : null;
  return h("div", { class: "wx-menu-cell" }, popup, el);
}

function press(button: WxMenuButton): void {
  openGroup = null;
  renderBottom();
  void act((p) => wxApi.click(p, button.key ? { key: button.key } : { name: button.name ?? "" }));
}

function renderBottom(): void {
  const el = byId("wx-bottom");
  const p = selectedWechat();
  if (!p) {
    fill(el);
    return;
  }
  if (!wx.followed(p.openid as string)) {
    const follow = h("button", { type: "button", class: "primary", text: "Follow the account" });
    follow.addEventListener("click", () => void act((me) => wxApi.follow(me)));
    fill(el, h("div", { class: "wx-follow" }, follow));
    return;
  }
  const menu = wx.menu ?? [];
  const showMenu = mode === "menu" && menu.length > 0;
  const toggle = h("button", {
    id: "wx-mode",
    type: "button",
    class: "icon",
    title: showMenu ? "Type a message" : "The account menu",
    text: showMenu ? "⌨" : "☰",
    disabled: menu.length === 0,
  });
  toggle.addEventListener("click", () => {
    mode = showMenu ? "keyboard" : "menu";
    openGroup = null;
    renderBottom();
  });
  if (showMenu) {
    fill(el, toggle, h("div", { id: "wx-menu", class: "wx-menu" }, ...menu.map(menuButton)));
    return;
  }
  const input = h("textarea", {
    id: "wx-input",
    rows: 1,
    maxlength: 2000,
    "aria-label": "Message",
    disabled: store.worker.state !== "ready",
  });
  const sendButton = h("button", { id: "wx-send", type: "submit", class: "wx-send", text: "发送" });
  const form = h("form", { class: "wx-composer", autocomplete: "off" }, toggle, input, sendButton);
  const submit = () => {
    const text = input.value;
    input.value = "";
    void send(text);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  fill(el, form);
}

/** Shows the WeChat column instead of the Telegram one while a WeChat persona is selected. */
function render(openid?: string): void {
  const p = selectedWechat();
  byId("wx-chat").hidden = !p;
  byId("tg-chat").hidden = Boolean(p);
  document.body.dataset.channel = p ? "wechat" : "telegram";
  if (!p || (openid !== undefined && openid !== p.openid)) return;
  const typing = document.activeElement?.id === "wx-input";
  renderHeader(p);
  renderMessages(p);
  // The text box is kept while she types (a reply arriving must not wipe what she is writing).
  if (!typing) renderBottom();
}

/** The WeChat column: follows the selected persona and the WeChat store. */
export function mountWechatChat(): void {
  let shown: number | null = null;
  store.on("chat", () => {
    if (store.selected !== shown) {
      shown = store.selected;
      mode = "menu";
      openGroup = null;
    }
    render();
  });
  store.on("worker", () => render());
  wx.on(render);
  document.addEventListener("visibilitychange", () => render());
  render();
}
