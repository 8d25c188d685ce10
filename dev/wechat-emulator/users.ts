// What a simulated WeChat user does: follow (possibly through a poster QR), write, press the menu, scan, unfollow.
import { newOpenid, nowOf, record, userOf, type WxCore, type WxUser } from "./core.ts";
import { findButton } from "./menu.ts";
import { type PushResult, push } from "./push.ts";
import { grant } from "./quota.ts";
import type { PushFields } from "./xml.ts";

/** A control-API failure (400 unless said otherwise), rendered as `{ok:false, error_code, description}`. */
export class ControlError extends Error {
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.status = status;
  }
}

/**
 * Who acts: an existing openid, or a new user (with an optional nickname). With `deliver: false`
 * the push is built but not posted (see preparePush); everything else happens as usual.
 */
export interface Actor {
  openid?: string;
  nickname?: string;
  deliver?: boolean;
}

/** The user acting; a new one is created when no openid is given or it is unknown. */
export function actor(core: WxCore, who: Actor): WxUser {
  return userOf(core, who.openid || newOpenid(), who.nickname);
}

function envelope(core: WxCore, user: WxUser, msgType: string): PushFields {
  return [
    ["ToUserName", core.settings.account],
    ["FromUserName", user.openid],
    ["CreateTime", Math.floor(nowOf(core) / 1000)],
    ["MsgType", msgType],
  ];
}

function nextMsgId(core: WxCore): bigint {
  core.nextMsgId += 1n;
  return core.nextMsgId;
}

function mustFollow(user: WxUser): void {
  if (!user.followed) throw new ControlError(`${user.openid} does not follow the account (follow first)`);
}

/** The outcome of a user action: who acted, and how the push went. */
export type ActionResult = { user: WxUser["openid"] } & PushResult;

async function event(
  core: WxCore,
  user: WxUser,
  fields: PushFields,
  granting: boolean,
  deliver = true,
): Promise<ActionResult> {
  if (granting) user.grants = grant(user.grants, core.settings.quota, "event", nowOf(core));
  return { user: user.openid, ...(await push(core, user, fields, deliver)) };
}

/** She follows the account; with `scene`, through a poster QR (EventKey qrscene_{scene}). */
export async function follow(core: WxCore, who: Actor & { scene?: string }): Promise<ActionResult> {
  const user = actor(core, who);
  if (user.followed) throw new ControlError(`${user.openid} already follows the account (scan instead)`);
  user.followed = true;
  const scene = who.scene ? `qrscene_${who.scene}` : undefined;
  record(core, user, {
    direction: "in",
    via: "user",
    msgtype: "event",
    event: "subscribe",
    ...(scene ? { key: scene } : {}),
  });
  const fields = [...envelope(core, user, "event"), ["Event", "subscribe"]] as PushFields;
  if (scene) fields.push(["EventKey", scene], ["Ticket", `gQ${Buffer.from(scene).toString("base64url")}`]);
  return event(core, user, fields, true, who.deliver);
}

/** She scans a poster QR: SCAN when she already follows, otherwise she follows through it. */
export async function scan(core: WxCore, who: Actor & { scene: string }): Promise<ActionResult> {
  if (!who.scene) throw new ControlError("scene is required");
  const user = actor(core, who);
  if (!user.followed) return follow(core, { openid: user.openid, scene: who.scene, deliver: who.deliver });
  record(core, user, { direction: "in", via: "user", msgtype: "event", event: "SCAN", key: who.scene });
  const fields: PushFields = [
    ...envelope(core, user, "event"),
    ["Event", "SCAN"],
    ["EventKey", who.scene],
    ["Ticket", `gQ${Buffer.from(who.scene).toString("base64url")}`],
  ];
  return event(core, user, fields, true, who.deliver);
}

/** She unfollows: the account can no longer message her (43004), and her window closes. */
export async function unfollow(core: WxCore, who: Actor): Promise<ActionResult> {
  const user = actor(core, who);
  mustFollow(user);
  user.followed = false;
  user.grants = [];
  record(core, user, { direction: "in", via: "user", msgtype: "event", event: "unsubscribe" });
  return event(core, user, [...envelope(core, user, "event"), ["Event", "unsubscribe"]], false, who.deliver);
}

/** She types a text message; it opens (or renews) her 48-hour window. */
export async function sendText(core: WxCore, who: Actor & { text: string }): Promise<ActionResult> {
  if (typeof who.text !== "string" || who.text === "") throw new ControlError("text is required");
  const user = actor(core, who);
  mustFollow(user);
  const msgId = nextMsgId(core);
  user.grants = grant(user.grants, core.settings.quota, "message", nowOf(core));
  record(core, user, { direction: "in", via: "user", msgtype: "text", text: who.text, msgId: String(msgId) });
  const fields: PushFields = [...envelope(core, user, "text"), ["Content", who.text], ["MsgId", msgId]];
  return { user: user.openid, ...(await push(core, user, fields, who.deliver)) };
}

/** She presses a menu button, found by key or by its label: CLICK for click buttons, VIEW for links. */
export async function click(
  core: WxCore,
  who: Actor & { key?: string; name?: string },
): Promise<ActionResult> {
  const user = actor(core, who);
  mustFollow(user);
  if (!core.menu) throw new ControlError("the account has no menu (create one with /cgi-bin/menu/create)");
  const button = findButton(core.menu, who);
  if (!button) throw new ControlError(`the menu has no button ${JSON.stringify(who.key ?? who.name)}`);
  // A link opens a page (VIEW, no customer-service allowance); a click asks the account (CLICK, 3 in a minute).
  const [name, key, granting] =
    button.type === "view" ? ["VIEW", button.url ?? "", false] : ["CLICK", button.key ?? "", true];
  record(core, user, { direction: "in", via: "user", msgtype: "event", event: name, key });
  const fields: PushFields = [...envelope(core, user, "event"), ["Event", name], ["EventKey", key]];
  return event(core, user, fields, granting, who.deliver);
}

/**
 * Posts any other payload for her (image, voice, location, LOCATION reports…): `fields` after the
 * envelope, with MsgType. Messages (any MsgType but event) open her 48-hour window like text does.
 */
export async function rawPush(
  core: WxCore,
  who: Actor & { fields: Record<string, string | number> },
): Promise<ActionResult> {
  const user = actor(core, who);
  const { MsgType, ...rest } = who.fields ?? {};
  if (typeof MsgType !== "string" || !MsgType) throw new ControlError("fields.MsgType is required");
  const fields: PushFields = [...envelope(core, user, MsgType), ...Object.entries(rest)];
  if (MsgType !== "event") {
    mustFollow(user);
    if (!("MsgId" in rest)) fields.push(["MsgId", nextMsgId(core)]);
    user.grants = grant(user.grants, core.settings.quota, "message", nowOf(core));
  }
  record(core, user, {
    direction: "in",
    via: "user",
    msgtype: MsgType,
    ...(typeof rest.Event === "string" ? { event: rest.Event } : {}),
  });
  return { user: user.openid, ...(await push(core, user, fields, who.deliver)) };
}
