// Everything the WeChat emulator knows: options, clock, followers and their conversations, tokens, menu, faults.
import { randomBytes } from "node:crypto";
import type { CallFilter } from "../emulator/calls.ts";
import { CallLog } from "../emulator/calls.ts";
import { EventHub } from "../emulator/events.ts";
import type { CallRecord } from "../emulator/types.ts";
import { FaultQueue } from "./faults.ts";
import type { MenuButtonJson } from "./menu.ts";
import { DEFAULT_QUOTA, type Grant, windowOf } from "./quota.ts";
import { TokenStore } from "./tokens.ts";
import type { PushMode, QuotaRules, TemplateSpec, WechatEmulatorOptions, WxLogEntry } from "./types.ts";

/** A WeChat user as the account sees her. */
export interface WxUser {
  openid: string;
  nickname: string;
  followed: boolean;
  /** Customer-service allowances her interactions opened. */
  grants: Grant[];
  log: WxLogEntry[];
}

/** Options with defaults applied; the webhook and a few settings change at run time. */
export interface WxSettings {
  appId: string;
  appSecret: string;
  token: string;
  encodingAesKey: string | undefined;
  mode: PushMode;
  account: string;
  host: string;
  webhookUrl: string | undefined;
  webhookTimeoutMs: number;
  retries: number;
  ipWhitelist: string[] | undefined;
  /** undefined: any template_id is accepted. */
  templates: Map<string, TemplateSpec> | undefined;
  quota: QuotaRules;
  log: (line: string) => void;
}

/** The emulator's state; API handlers and control routes work on it. */
export interface WxCore {
  settings: WxSettings;
  /** Added to the real clock (tests move time forward to close the 48-hour window). */
  clockOffsetMs: number;
  users: Map<string, WxUser>;
  tokens: TokenStore;
  menu: MenuButtonJson[] | null;
  faults: FaultQueue;
  calls: CallLog;
  events: EventHub;
  /** openid + client_msg_id → msgid and time, so a repeated template send is not sent twice. */
  templateClaims: Map<string, { msgid: number; at: number }>;
  nextSeq: number;
  nextMsgId: bigint;
  nextTemplateMsgId: number;
}

/** The emulator's clock (epoch ms). */
export const nowOf = (core: WxCore) => Date.now() + core.clockOffsetMs;

export function createCore(opts: WechatEmulatorOptions): WxCore {
  const key = opts.encodingAesKey;
  if (key !== undefined && !/^[A-Za-z0-9]{43}$/.test(key))
    throw new Error("encodingAesKey must be 43 characters");
  const mode = opts.mode ?? (key ? "safe" : "plain");
  if (mode !== "plain" && !key) throw new Error(`mode "${mode}" needs an encodingAesKey`);
  return {
    settings: {
      appId: opts.appId ?? "wx6a1b2c3d4e5f6a7b",
      appSecret: opts.appSecret ?? "0123456789abcdef0123456789abcdef",
      token: opts.token ?? "jinguo",
      encodingAesKey: key,
      mode,
      account: opts.account ?? "gh_0a1b2c3d4e5f",
      host: opts.host ?? "127.0.0.1",
      webhookUrl: opts.webhookUrl,
      webhookTimeoutMs: opts.webhookTimeoutMs ?? 5000,
      retries: opts.retries ?? 3,
      ipWhitelist: opts.ipWhitelist,
      templates: opts.templates ? new Map(Object.entries(opts.templates)) : undefined,
      quota: { ...DEFAULT_QUOTA, ...opts.quota },
      log: opts.log ?? (() => undefined),
    },
    clockOffsetMs: 0,
    users: new Map(),
    tokens: new TokenStore((opts.tokenTtlSec ?? 7200) * 1000),
    menu: null,
    faults: new FaultQueue(),
    calls: new CallLog(opts.maxCalls ?? 10_000),
    events: new EventHub(),
    templateClaims: new Map(),
    nextSeq: 1,
    // Real MsgIds are around 6 × 10^18: beyond a JavaScript number's exact range, as they should be.
    nextMsgId: 6_000_000_000_000_000_000n + BigInt(Date.now()) * 1000n,
    nextTemplateMsgId: 2_000_000_000,
  };
}

/** Forgets users, calls, faults, tokens, the menu and the clock offset; keeps the webhook and settings. */
export function resetCore(core: WxCore): void {
  core.users.clear();
  core.tokens.clear();
  core.menu = null;
  core.faults.clear();
  core.calls.clear();
  core.templateClaims.clear();
  core.clockOffsetMs = 0;
  core.events.clearReplay();
  core.events.emit("reset");
}

/** A new openid: 28 characters starting with "o", like WeChat's. */
export function newOpenid(): string {
  return `o${randomBytes(21).toString("base64url").slice(0, 27)}`;
}

/** The user with this openid, created (not following yet) if unknown. */
export function userOf(core: WxCore, openid: string, nickname?: string): WxUser {
  let user = core.users.get(openid);
  if (!user) {
    user = {
      openid,
      nickname: nickname ?? `用户${core.users.size + 1}`,
      followed: false,
      grants: [],
      log: [],
    };
    core.users.set(openid, user);
    core.events.emit("user", { user: summary(core, user) });
  } else if (nickname) {
    user.nickname = nickname;
  }
  return user;
}

/** Appends to her conversation and tells the event stream. */
export function record(core: WxCore, user: WxUser, entry: Omit<WxLogEntry, "seq" | "at">): WxLogEntry {
  const full: WxLogEntry = { seq: core.nextSeq++, at: nowOf(core), ...entry };
  user.log.push(full);
  core.events.emit("message", { openid: user.openid, entry: full });
  return full;
}

/** What the control API shows of a user. */
export function summary(core: WxCore, user: WxUser) {
  return {
    openid: user.openid,
    nickname: user.nickname,
    followed: user.followed,
    window: windowOf(user.grants, nowOf(core)),
    message_count: user.log.length,
    last_message: user.log.at(-1),
  };
}

/** API calls matching `api` and `openid` (the body's touser), after `since`; waits up to `waitMs` for one. */
export async function findCalls(
  core: WxCore,
  filter: { since?: number; api?: string; openid?: string },
  waitMs = 0,
): Promise<CallRecord[]> {
  const base: CallFilter = {};
  if (filter.api !== undefined) base.method = filter.api;
  const mine = (calls: CallRecord[]) =>
    filter.openid === undefined ? calls : calls.filter((c) => c.params.touser === filter.openid);
  let since = filter.since;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const found = mine(core.calls.query({ ...base, ...(since !== undefined ? { since } : {}) }));
    if (found.length || Date.now() >= deadline) return found;
    const more = await core.calls.wait({ ...base, since: core.calls.lastSeq }, deadline - Date.now());
    if (!more.length) return [];
    since = (more[0]?.seq ?? 1) - 1;
  }
}
