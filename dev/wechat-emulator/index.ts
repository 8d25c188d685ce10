// A local stand-in for WeChat's servers (api.weixin.qq.com and the pushes to the Official Account's URL).
import type { AddressInfo } from "node:net";
import type { CallRecord, EmuEvent } from "../emulator/types.ts";
import { createCore, findCalls, nowOf, resetCore, summary, type WxCore } from "./core.ts";
import type { WxFault } from "./faults.ts";
import type { PushResult } from "./push.ts";
import { createWechatServer } from "./server.ts";
import type { WechatEmulatorOptions, WxLogEntry } from "./types.ts";
import { type ActionResult, click, follow, rawPush, scan, sendText, unfollow } from "./users.ts";
import { verifyWebhook } from "./webhook.ts";

export { UNAVAILABLE } from "./push.ts";
export type * from "./types.ts";
export type { ActionResult, PushResult, WxFault };

/** A running WeChat emulator. Everything here is also reachable over HTTP under `/__wx/`. */
export interface WechatEmulator {
  /** Base URL: the Worker's WECHAT_API_ROOT. */
  url: string;
  port: number;
  /** The settings in force (AppId, secret, Token, key, mode, account id). */
  readonly settings: WxCore["settings"];
  close(): Promise<void>;
  /** Forgets users, calls, faults, tokens, the menu and the clock offset (the webhook stays). */
  reset(): void;
  setWebhook(url: string | null): void;
  /** WeChat's GET URL check against the webhook. */
  verifyWebhook(): ReturnType<typeof verifyWebhook>;
  follow(input: { openid?: string; nickname?: string; scene?: string }): Promise<ActionResult>;
  scan(input: { openid?: string; scene: string }): Promise<ActionResult>;
  unfollow(openid: string): Promise<ActionResult>;
  send(openid: string, text: string): Promise<ActionResult>;
  click(openid: string, button: { key?: string; name?: string }): Promise<ActionResult>;
  push(openid: string, fields: Record<string, string | number>): Promise<ActionResult>;
  /** Her conversation with the account, both ways, oldest first. */
  messages(openid: string): WxLogEntry[];
  user(openid: string): ReturnType<typeof summary> | undefined;
  /** API calls (method = path after /cgi-bin/, params = the body without secrets), oldest first. */
  calls(filter?: { since?: number; api?: string; openid?: string }): Promise<CallRecord[]>;
  waitForCalls(
    filter: { since?: number; api?: string; openid?: string },
    timeoutMs?: number,
  ): Promise<CallRecord[]>;
  injectFault(fault: Partial<WxFault> & Pick<WxFault, "errcode">): void;
  /** Moves the emulator's clock (the 48-hour window, token expiry, CreateTime). */
  advanceClock(ms: number): number;
  now(): number;
  /** stable_token calls answered since the last reset. */
  stableTokenCalls(): number;
  onEvent(listener: (event: EmuEvent) => void): () => void;
}

/** Starts the emulator on `port` (0 = any free port). */
export async function startWechatEmulator(opts: WechatEmulatorOptions = {}): Promise<WechatEmulator> {
  const core = createCore(opts);
  const server = createWechatServer(core);
  const host = core.settings.host;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const openidOrNew = (openid?: string) => (openid ? { openid } : {});
  return {
    url,
    port,
    settings: core.settings,
    close: async () => {
      core.events.closeAll();
      core.calls.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    reset: () => resetCore(core),
    setWebhook: (webhookUrl) => {
      core.settings.webhookUrl = webhookUrl ?? undefined;
    },
    verifyWebhook: () => verifyWebhook(core),
    follow: (input) => follow(core, input),
    scan: (input) => scan(core, input),
    unfollow: (openid) => unfollow(core, { openid }),
    send: (openid, text) => sendText(core, { ...openidOrNew(openid), text }),
    click: (openid, button) => click(core, { openid, ...button }),
    push: (openid, fields) => rawPush(core, { openid, fields }),
    messages: (openid) => core.users.get(openid)?.log ?? [],
    user: (openid) => {
      const user = core.users.get(openid);
      return user ? summary(core, user) : undefined;
    },
    calls: (filter = {}) => findCalls(core, filter),
    waitForCalls: (filter, timeoutMs = 5000) => findCalls(core, filter, timeoutMs),
    injectFault: (fault) => core.faults.add({ count: 1, ...fault }),
    advanceClock: (ms) => {
      core.clockOffsetMs += ms;
      return nowOf(core);
    },
    now: () => nowOf(core),
    stableTokenCalls: () => core.tokens.issuedStable,
    onEvent: (listener) => core.events.subscribe(listener),
  };
}
