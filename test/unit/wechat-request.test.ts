import { describe, expect, it } from "vitest";
import { importEncodingAesKey } from "../../src/wechat/crypto.ts";
import { openEnvelope } from "../../src/wechat/envelope.ts";
import { textReplyXml } from "../../src/wechat/reply.ts";
import {
  answerBody,
  checkEcho,
  type RejectionReason,
  readPush,
  type WebhookQuery,
  WebhookRejection,
  type WechatReceiver,
} from "../../src/wechat/request.ts";
import { wechatSignature } from "../../src/wechat/signature.ts";
import { DOC } from "../support/wechat-vectors.ts";

const token = "jinguoToken2026";
const appId = "wx6a1b2c3d4e5f6a7b";
const plainXml =
  "<xml><ToUserName><![CDATA[gh_jinguo]]></ToUserName><FromUserName><![CDATA[oMei0000000000000000000000a]]></FromUserName><CreateTime>1765000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[招聘会]]></Content><MsgId>24500000000000001</MsgId></xml>";

async function signed(extra: WebhookQuery = {}): Promise<WebhookQuery> {
  const timestamp = "1765000000";
  const nonce = "920371";
  return { timestamp, nonce, signature: await wechatSignature(token, timestamp, nonce), ...extra };
}

async function rejection(promise: Promise<unknown>): Promise<[number, RejectionReason]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookRejection);
  return [(error as WebhookRejection).status, (error as WebhookRejection).reason];
}

describe("URL check (GET)", () => {
  it("answers the documentation's example with its echostr", async () => {
    const receiver: WechatReceiver = { token: DOC.token, appId: DOC.appId };
    expect(await checkEcho(receiver, DOC.urlCheck)).toBe("4375120948345356249");
  });

  it("refuses a wrong or missing signature with 401", async () => {
    const receiver: WechatReceiver = { token: DOC.token, appId: DOC.appId };
    expect(await rejection(checkEcho(receiver, { ...DOC.urlCheck, signature: "0".repeat(40) }))).toEqual([
      401,
      "signature",
    ]);
    const { signature: _s, ...unsigned } = DOC.urlCheck;
    expect(await rejection(checkEcho(receiver, unsigned))).toEqual([401, "params"]);
    const { echostr: _e, ...noEcho } = DOC.urlCheck;
    expect(await rejection(checkEcho(receiver, noEcho))).toEqual([401, "params"]);
  });
});

describe("plaintext push", () => {
  const receiver: WechatReceiver = { token, appId };

  it("is read when its signature is right", async () => {
    const push = await readPush(receiver, await signed({ openid: "oMei0000000000000000000000a" }), plainXml);
    expect(push.encrypted).toBe(false);
    expect(push.inbound).toMatchObject({ kind: "text", text: "招聘会", msgId: "24500000000000001" });
    expect(await answerBody(receiver, push, null, 1765000001)).toBe("success");
    const reply = textReplyXml({
      openid: "oMei0000000000000000000000a",
      account: "gh_jinguo",
      text: "好",
      createTime: 1,
    });
    expect(await answerBody(receiver, push, reply, 1765000001)).toBe(reply);
  });

  it("answers 401 to a wrong token or missing parameters before reading the body", async () => {
    const forged = await signed();
    expect(await rejection(readPush({ token: "other", appId }, forged, plainXml))).toEqual([
      401,
      "signature",
    ]);
    expect(await rejection(readPush(receiver, { ...forged, signature: undefined }, "not xml"))).toEqual([
      401,
      "params",
    ]);
    expect(await rejection(readPush(receiver, { ...forged, nonce: undefined }, plainXml))).toEqual([
      401,
      "params",
    ]);
    expect(await rejection(readPush(receiver, { ...forged, nonce: "920372" }, "not xml"))).toEqual([
      401,
      "signature",
    ]);
  });

  it("answers 400 to a signed body that is not a WeChat payload", async () => {
    const query = await signed();
    expect(await rejection(readPush(receiver, query, "not xml"))).toEqual([400, "xml"]);
    expect(await rejection(readPush(receiver, query, "<xml><A>1</A></xml>"))).toEqual([400, "shape"]);
  });
});

describe("safe-mode push", () => {
  it("opens the documentation's encrypted push and seals the answer", async () => {
    const aes = await importEncodingAesKey(DOC.encodingAesKey);
    const receiver: WechatReceiver = { token: DOC.token, appId: DOC.appId, aes };
    const p = DOC.safePush;
    const query = {
      signature: p.signature,
      timestamp: p.timestamp,
      nonce: p.nonce,
      openid: "o9AgO5Kd5ggOC-bXrbNODIiE3bGY",
      encrypt_type: "aes",
      msg_signature: p.msgSignature,
    };
    const push = await readPush(receiver, query, p.body);
    expect(push).toMatchObject({ encrypted: true, nonce: p.nonce });
    expect(push.inbound).toMatchObject({
      kind: "other",
      event: "debug_demo",
      openid: "o9AgO5Kd5ggOC-bXrbNODIiE3bGY",
    });

    const reply = textReplyXml({
      openid: push.inbound.openid,
      account: push.inbound.account,
      text: "收到",
      createTime: 1,
    });
    const sealed = await answerBody(receiver, push, reply, 1765000002);
    const back =
      /<MsgSignature><!\[CDATA\[(\w+)\]\]><\/MsgSignature><TimeStamp>(\d+)<\/TimeStamp><Nonce><!\[CDATA\[(\d+)\]\]>/.exec(
        sealed,
      );
    expect(back?.[2]).toBe("1765000002");
    expect(back?.[3]).toBe(p.nonce);
    const opened = await openEnvelope(
      { token: DOC.token, aes, appId: DOC.appId },
      { timestamp: back?.[2] ?? "", nonce: back?.[3] ?? "", msgSignature: back?.[1] ?? "" },
      sealed,
    );
    expect(opened).toBe(reply);
    expect(await answerBody(receiver, push, null, 1765000002)).toBe("success");
  });

  it("refuses what cannot be shown to be this account's with 401, and an unreadable body with 400", async () => {
    const aes = await importEncodingAesKey(DOC.encodingAesKey);
    const p = DOC.safePush;
    const query = {
      timestamp: p.timestamp,
      nonce: p.nonce,
      encrypt_type: "aes",
      msg_signature: p.msgSignature,
    };
    const receiver: WechatReceiver = { token: DOC.token, appId: DOC.appId, aes };
    expect(await rejection(readPush(receiver, { ...query, msg_signature: undefined }, p.body))).toEqual([
      401,
      "params",
    ]);
    expect(await rejection(readPush(receiver, { ...query, msg_signature: "0".repeat(40) }, p.body))).toEqual([
      401,
      "signature",
    ]);
    expect(await rejection(readPush({ ...receiver, appId: "wxba5fad812f8e6fb9" }, query, p.body))).toEqual([
      401,
      "appid",
    ]);
    const otherKey = await importEncodingAesKey("B".repeat(43));
    expect(await rejection(readPush({ ...receiver, aes: otherKey }, query, p.body))).toEqual([
      401,
      "decrypt",
    ]);
    expect(await rejection(readPush({ token: DOC.token, appId: DOC.appId }, query, p.body))).toEqual([
      401,
      "no-key",
    ]);
    expect(await rejection(readPush(receiver, query, "garbage"))).toEqual([400, "xml"]);
    expect(await rejection(readPush(receiver, query, "<xml><ToUserName>gh</ToUserName></xml>"))).toEqual([
      400,
      "shape",
    ]);
  });
});
