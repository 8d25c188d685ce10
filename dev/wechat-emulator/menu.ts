// The account menu: validated as /cgi-bin/menu/create does, and looked up when a user presses a button.
import { WxError } from "./errors.ts";

/** A stored menu button (the JSON menu/create took). */
export interface MenuButtonJson {
  type?: string;
  name?: string;
  key?: string;
  url?: string;
  sub_button?: MenuButtonJson[];
}

const bytes = (text: unknown) => (typeof text === "string" ? Buffer.byteLength(text, "utf8") : 0);
const TYPES = new Set(["click", "view"]);

function checkLeaf(button: MenuButtonJson, sub: boolean): void {
  // Sub-buttons use the codes one higher in each family (40024 type, 40026 key, 40027 url).
  const code = (top: number, inSub: number) => (sub ? inSub : top);
  if (!button.type || !TYPES.has(button.type)) throw new WxError(code(40017, 40024));
  if (button.type === "click" && (bytes(button.key) < 1 || bytes(button.key) > 128)) {
    throw new WxError(code(40019, 40026));
  }
  if (button.type === "view" && (bytes(button.url) < 1 || bytes(button.url) > 1024)) {
    throw new WxError(code(40020, 40027));
  }
}

/** Checks a menu/create body like WeChat: 1–3 buttons, 1–5 sub-buttons, names ≤ 16 (sub ≤ 60) bytes. */
export function validateMenu(body: Record<string, unknown>): MenuButtonJson[] {
  const buttons = body.button;
  if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3) throw new WxError(40016);
  for (const button of buttons as MenuButtonJson[]) {
    if (typeof button !== "object" || button === null) throw new WxError(40017);
    if (bytes(button.name) < 1 || bytes(button.name) > 16) throw new WxError(40018);
    if (button.sub_button !== undefined) {
      const subs = button.sub_button;
      if (!Array.isArray(subs) || subs.length < 1 || subs.length > 5) throw new WxError(40023);
      for (const sub of subs) {
        if (typeof sub !== "object" || sub === null) throw new WxError(40024);
        if (bytes(sub.name) < 1 || bytes(sub.name) > 60) throw new WxError(40025);
        checkLeaf(sub, true);
      }
    } else {
      checkLeaf(button, false);
    }
  }
  return buttons as MenuButtonJson[];
}

/** The pressable buttons of a menu (sub-buttons, and top-level buttons without a group). */
export function leaves(menu: MenuButtonJson[]): MenuButtonJson[] {
  return menu.flatMap((b) => (b.sub_button ? b.sub_button : [b]));
}

/** The button with this key, or else this name; undefined when the menu has none. */
export function findButton(
  menu: MenuButtonJson[],
  by: { key?: string; name?: string },
): MenuButtonJson | undefined {
  const all = leaves(menu);
  return (
    (by.key !== undefined ? all.find((b) => b.key === by.key) : undefined) ??
    (by.name !== undefined ? all.find((b) => b.name === by.name) : undefined)
  );
}
