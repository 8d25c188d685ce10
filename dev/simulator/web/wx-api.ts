// The WeChat emulator's control API as the page reaches it: through the launcher's /__sim/wx/ (the page's CSP allows only its own origin).
import { ApiFailure, call } from "./api.ts";
import type { Persona } from "./types.ts";
import type { WxAction, WxEntry, WxMenuButton, WxUser } from "./wx-types.ts";

const base = "/__sim/wx";
const who = (p: Persona) => ({ openid: p.openid ?? undefined });

/** Her user actions (each one a signed, sealed push to the Worker) and what the page reads. */
export const wxApi = {
  users: () => call<{ users: WxUser[] }>("GET", `${base}/users`),
  /** Her conversation; a persona who never followed is unknown to the emulator and has none. */
  async messages(openid: string): Promise<{ user: WxUser | null; messages: WxEntry[] }> {
    try {
      return await call("GET", `${base}/users/${encodeURIComponent(openid)}/messages`);
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 404) return { user: null, messages: [] };
      throw err;
    }
  },
  /** Her state: following or not, and her customer-service window. */
  user: (openid: string) => call<{ user: WxUser }>("GET", `${base}/users/${encodeURIComponent(openid)}`),
  menu: () => call<{ menu: WxMenuButton[] | null }>("GET", `${base}/menu`),
  /** She follows the account; with a scene, through that poster's QR code. */
  follow: (p: Persona, scene?: string) =>
    call<WxAction>("POST", `${base}/follow`, {
      ...who(p),
      nickname: p.first_name,
      ...(scene ? { scene } : {}),
    }),
  /** She scans a poster QR: SCAN when she follows, a follow through it otherwise. */
  scan: (p: Persona, scene: string) =>
    call<WxAction>("POST", `${base}/scan`, { ...who(p), nickname: p.first_name, scene }),
  unfollow: (p: Persona) => call<WxAction>("POST", `${base}/unfollow`, who(p)),
  send: (p: Persona, text: string) => call<WxAction>("POST", `${base}/send`, { ...who(p), text }),
  /** She presses a menu button (CLICK for click buttons, VIEW for links). */
  click: (p: Persona, button: { key?: string; name?: string }) =>
    call<WxAction>("POST", `${base}/click`, { ...who(p), ...button }),
};
