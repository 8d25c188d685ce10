/** The WeChat door, `/wechat/webhook`: WeChat's URL check, its pushes verified, deduped and answered inside its 5 seconds. */
import { Hono } from "hono";
import { rememberAnswer } from "../channel/last-choice.ts";
import type { Deps } from "../deps.ts";
import type { Env } from "../env.ts";
import { logError, logInfo } from "../log.ts";
import { openidOf, type WechatId, wechatPerson } from "../people/id.ts";
import type { WechatApi } from "./api.ts";
import { dispatchIntent } from "./dispatch.ts";
import type { WechatFeature } from "./feature.ts";
import type { Inbound } from "./inbound.ts";
import { textReplyXml } from "./reply.ts";
import {
  answerBody,
  checkEcho,
  readPush,
  type WebhookQuery,
  WebhookRejection,
  type WechatReceiver,
} from "./request.ts";
import { createTurn, finishTurn, intentOf, loadTurnState } from "./turn.ts";
import { reserveSend } from "./window.ts";

/** What the door needs: the account's receiving settings, the API, the deps of a push, the features' WeChat parts. */
export interface WechatDoor {
  receiver: WechatReceiver;
  api: Pick<WechatApi, "sendCustom">;
  deps(now: number): Deps;
  features: readonly WechatFeature[];
}

/** WeChat gives up on an answer after 5 s: past this, she is answered through the customer-service API instead. */
export const PASSIVE_DEADLINE_MS = 3000;

/** What one push came to: whose it was, and the texts that answer it. */
export interface PushOutcome {
  person: WechatId | null;
  texts: string[];
  /** A retry of a push already taken: nothing was done. */
  duplicate: boolean;
}

/**
 * Answers one verified push: claims it (a retry does nothing), loads her session and profile in
 * the same round trip, reads what she did, runs it through the features, and writes back what
 * changed. Returns the texts to send her.
 */
export async function answerPush(door: WechatDoor, deps: Deps, inbound: Inbound): Promise<PushOutcome> {
  const person = wechatPerson(inbound.openid);
  if (!person) {
    logInfo("wechat_push_unknown_sender", { kind: inbound.kind });
    return { person: null, texts: [], duplicate: false };
  }
  const state = await loadTurnState(deps, person, inbound);
  if (state?.duplicate) return { person, texts: [], duplicate: true };
  const turn = createTurn(deps, person, inbound, state);
  const before = JSON.stringify(turn.session);
  const intent = intentOf(inbound, turn);
  const stage = await dispatchIntent(door.features, turn, intent);
  // A text a form step took (« 提交 » at the review) is an answer: the same again soon after is sent twice.
  if (intent.kind === "text" && stage === "handle") rememberAnswer(turn.session, intent.text, deps.now);
  return { person, texts: await finishTurn(turn, before), duplicate: false };
}

/**
 * Sends texts she could not get as the passive reply, through the customer-service API, each
 * taking one send of her window; stops (and logs) when the window has none left.
 */
export async function sendLater(door: WechatDoor, deps: Deps, person: WechatId, texts: readonly string[]) {
  for (const [i, content] of texts.entries()) {
    const grant = await reserveSend(deps.redis, person, Date.now());
    if (grant.verdict !== "message" && grant.verdict !== "event") {
      logInfo("wechat_later_dropped", { parts: texts.length - i, window: grant.verdict });
      return;
    }
    await door.api.sendCustom({ touser: openidOf(person), msgtype: "text", text: { content } });
  }
}

const TIMEOUT = Symbol("timeout");

/**
 * The route (mount it at /wechat/webhook). `getDoor` answers null when the channel is off: every
 * call is then a 404, nothing is read and nothing is sent.
 * - GET: WeChat's URL check, `signature` over (Token, timestamp, nonce); the answer is `echostr`.
 * - POST: plaintext (`signature`) or safe mode (`msg_signature`, AES, AppId checked). A call that
 *   cannot be shown to come from WeChat for this account gets 401, a body that is not a WeChat
 *   payload 400. A retry of a push already taken (by MsgId, or FromUserName + CreateTime + event)
 *   gets "success" and does nothing. Her answer goes back as the passive reply when it is ready
 *   within PASSIVE_DEADLINE_MS (well inside WeChat's 5 s); whatever does not fit in one text, or
 *   comes later, goes out afterwards (waitUntil) through the customer-service API; "success" when
 *   there is nothing to say.
 */
export function wechatWebhook(
  getDoor: (env: Env) => Promise<WechatDoor | null>,
  opts: { deadlineMs?: number } = {},
): Hono<{ Bindings: Env }> {
  const app = new Hono<{ Bindings: Env }>();
  const deadlineMs = opts.deadlineMs ?? PASSIVE_DEADLINE_MS;

  const refusal = (error: WebhookRejection) => {
    logInfo("wechat_refused", { status: error.status, reason: error.reason });
    return new Response(error.status === 401 ? "unauthorized" : "bad request", {
      status: error.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  };

  app.get("/", async (c) => {
    const door = await getDoor(c.env);
    if (!door) return c.notFound();
    try {
      return c.text(await checkEcho(door.receiver, c.req.query() as WebhookQuery));
    } catch (error) {
      if (error instanceof WebhookRejection) return refusal(error);
      throw error;
    }
  });

  app.post("/", async (c) => {
    const door = await getDoor(c.env);
    if (!door) return c.notFound();
    let push: Awaited<ReturnType<typeof readPush>>;
    try {
      push = await readPush(door.receiver, c.req.query() as WebhookQuery, await c.req.text());
    } catch (error) {
      if (error instanceof WebhookRejection) return refusal(error);
      throw error;
    }
    const deps = door.deps(Date.now());
    const later = (work: Promise<unknown>) => {
      const guarded = work.catch((error) => logError("wechat_later_failed", error));
      try {
        c.executionCtx.waitUntil(guarded);
      } catch {
        // No execution context (a test calling the app directly): the promise still runs.
      }
    };
    // A failure around the features (their own failures get an apology inside) would fail the same
    // way on every retry: logged, and acknowledged.
    const work = answerPush(door, deps, push.inbound).catch((error): PushOutcome => {
      logError("wechat_push_failed", error, { kind: push.inbound.kind });
      return { person: null, texts: [], duplicate: false };
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<typeof TIMEOUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMEOUT), deadlineMs);
    });
    const outcome = await Promise.race([work, late]).finally(() => clearTimeout(timer));
    let passive: string | undefined;
    if (outcome === TIMEOUT) {
      logInfo("wechat_passive_late", { kind: push.inbound.kind });
      later(work.then((o) => (o.person ? sendLater(door, deps, o.person, o.texts) : undefined)));
    } else {
      const [first, ...rest] = outcome.texts;
      passive = first;
      if (rest.length > 0 && outcome.person) later(sendLater(door, deps, outcome.person, rest));
    }
    const xml =
      passive === undefined
        ? null
        : textReplyXml({
            openid: push.inbound.openid,
            account: push.inbound.account,
            text: passive,
            createTime: Math.floor(Date.now() / 1000),
          });
    const body = await answerBody(door.receiver, push, xml, Math.floor(Date.now() / 1000));
    const type = xml === null ? "text/plain" : "application/xml";
    return c.body(body, 200, { "content-type": `${type}; charset=utf-8` });
  });

  return app;
}
