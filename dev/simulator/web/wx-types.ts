// The shapes the page reads from the WeChat emulator's control API (dev/wechat-emulator/types.ts), kept here for the browser bundle.

/** One line of her conversation with the Official Account, either way. */
export interface WxEntry {
  seq: number;
  /** Emulator clock, epoch ms. */
  at: number;
  direction: "in" | "out";
  /** `user`: she did it; `passive`: the webhook's answer; `custom`/`template`: API sends; `system`: WeChat's own notice. */
  via: "user" | "passive" | "custom" | "template" | "system";
  msgtype: string;
  text?: string;
  /** subscribe, unsubscribe, SCAN, CLICK, VIEW. */
  event?: string;
  /** EventKey (qrscene_…, a menu key), or a template's id. */
  key?: string;
  template?: { template_id: string; url?: string; data: Record<string, { value: string }>; msgid: number };
}

/** A WeChat user as the emulator knows her. */
export interface WxUser {
  openid: string;
  nickname: string;
  followed: boolean;
  /** Her customer-service window: open, until when, how many messages are left. */
  window: { open: boolean; until: number | null; left: number };
}

/** A button of the account menu, as menu/create took it. */
export interface WxMenuButton {
  type?: string;
  name?: string;
  key?: string;
  url?: string;
  sub_button?: WxMenuButton[];
}

/** What a user action answered: whether the Worker took the push, and WeChat's reading of its answer. */
export interface WxAction {
  user: string;
  delivered: boolean;
  status: number | null;
  reply?: { text?: string };
  reply_error?: string;
}
