/** WeChat users for integration tests: the emulator builds each push as WeChat would, the test posts it to the Worker, the emulator reads the answer. */
import { env, exports } from "cloudflare:workers";
import type { WxLogEntry } from "../../dev/wechat-emulator/types.ts";

/** One entry of her conversation in the emulator: the emulator's own type. */
export type { WxLogEntry };

const bindings = env as unknown as Record<string, string>;
const root = bindings.WECHAT_EMULATOR_URL!;

type Json = Record<string, unknown>;

async function control<T = Json>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(`${root}/__wx/${path}`, {
    method: init?.method ?? (init?.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json" },
    ...(init?.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const json = (await res.json()) as Json;
  if (!res.ok || json.ok !== true)
    throw new Error(`wechat emulator ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json as T;
}

/** A push as WeChat sent it (the URL's path and query, the body). */
export interface PushRequest {
  url: string;
  query: Record<string, string>;
  body: string;
  xml: string;
}

/** How a push reaches a Worker: the test Worker's own fetch unless given another app's. */
export type PostPush = (url: string, init: RequestInit) => Promise<Response>;

const selfPost: PostPush = (url, init) => exports.default.fetch(url, init);

/** Posts a push (or a tampered copy) to `/wechat/webhook` of the Worker under test. */
export function postPush(request: Pick<PushRequest, "url" | "body">, post: PostPush = selfPost) {
  const target = new URL(request.url);
  return post(`http://jinguo.test/wechat/webhook${target.search}`, {
    method: "POST",
    headers: { "content-type": "text/xml; charset=utf-8" },
    body: request.body,
  });
}

/** What one action of hers came to: her openid, the HTTP answer, and what WeChat showed her. */
export interface WxOutcome {
  openid: string;
  request: PushRequest;
  status: number;
  body: string;
  /** The passive reply's text, as she sees it (decrypted in safe mode). */
  reply?: string;
  /** Why WeChat would not show the answer (then she sees « 该公众号暂时无法提供服务 »). */
  replyError?: string;
  ms: number;
}

/** She does something in WeChat: the emulator builds the push, it is posted, and its answer is read back. */
async function act(path: string, body: Json, post: PostPush = selfPost): Promise<WxOutcome> {
  const built = await control<{ user: string; request: PushRequest }>(path, {
    body: { ...body, deliver: false },
  });
  const started = Date.now();
  const res = await postPush(built.request, post);
  const text = await res.text();
  const ms = Date.now() - started;
  const answer = await control<{ reply?: { text?: string }; reply_error?: string }>("answer", {
    body: { openid: built.user, status: res.status, body: text },
  });
  return {
    openid: built.user,
    request: built.request,
    status: res.status,
    body: text,
    ...(answer.reply?.text !== undefined ? { reply: answer.reply.text } : {}),
    ...(answer.reply_error ? { replyError: answer.reply_error } : {}),
    ms,
  };
}

/** One API call the Worker made to the emulator. */
export interface WxCall {
  seq: number;
  method: string;
  at: number;
  params: Json & { touser?: string };
  response?: { ok: boolean; error_code?: number };
}

/** Driving WeChat users and reading what reached them. */
export function wechatDriver(post: PostPush = selfPost) {
  return {
    /** A new user follows (through a poster QR when `scene` is set). */
    follow: (opts: { scene?: string; openid?: string; nickname?: string } = {}) => act("follow", opts, post),
    scan: (openid: string, scene: string) => act("scan", { openid, scene }, post),
    unfollow: (openid: string) => act("unfollow", { openid }, post),
    send: (openid: string, text: string) => act("send", { openid, text }, post),
    click: (openid: string, key: string) => act("click", { openid, key }, post),
    push: (openid: string, fields: Record<string, string | number>) => act("push", { openid, fields }, post),
  };
}

const driver = wechatDriver();
/** The default driver, posting to the test Worker. */
export const wx = {
  ...driver,
  /** Builds a push without posting it, for tests that tamper with it or post it twice. */
  build: (path: "follow" | "send" | "click" | "unfollow" | "scan", body: Json) =>
    control<{ user: string; request: PushRequest }>(path, { body: { ...body, deliver: false } }),
  /** Hands an answer back to the emulator as WeChat would read it. */
  answer: (openid: string, status: number | null, body: string) =>
    control<{ reply?: { text?: string }; reply_error?: string }>("answer", {
      body: { openid, status, body },
    }),
  async messages(openid: string): Promise<WxLogEntry[]> {
    return (await control<{ messages: WxLogEntry[] }>(`users/${encodeURIComponent(openid)}/messages`))
      .messages;
  },
  async user(openid: string) {
    return (
      await control<{ user: Json & { followed: boolean; window: { open: boolean; left: number } } }>(
        `users/${encodeURIComponent(openid)}`,
      )
    ).user;
  },
  /** API calls (method = path after /cgi-bin/), optionally for one openid; waits up to `wait` ms for one. */
  async calls(
    filter: { api?: string; openid?: string; since?: number; wait?: number } = {},
  ): Promise<WxCall[]> {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v !== undefined) q.set(k, String(v));
    return (await control<{ calls: WxCall[] }>(`calls?${q}`)).calls;
  },
  async lastSeq(): Promise<number> {
    return (await control<{ last_seq: number }>("calls?since=999999999999")).last_seq;
  },
  fault: (fault: {
    errcode: number;
    count?: number;
    api?: "custom" | "template" | "menu" | "token";
    openid?: string;
  }) => control("faults", { body: fault }),
  clearFaults: () => control("faults", { method: "DELETE" }),
  mode: (mode: "plain" | "safe" | "compat") => control("webhook", { body: { mode } }),
  advanceClock: (ms: number) => control("clock", { body: { advance_ms: ms } }),
  options: (options: Json) => control("options", { body: options }),
  menu: () => control<{ menu: unknown }>("menu"),
};

/** Her openid as the Worker stores her: `wx:` + openid. */
export const personOf = (openid: string) => `wx:${openid}` as const;
