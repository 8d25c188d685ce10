import { describe, expect, it } from "vitest";
import {
  constantTimeEqual,
  verifyMsgSignature,
  verifySignature,
  wechatSignature,
} from "../../src/wechat/signature.ts";
import { DOC, SAMPLE } from "../support/wechat-vectors.ts";

describe("signature = sha1(sort(token, timestamp, nonce))", () => {
  it.each([
    ["the documentation's URL check", DOC.urlCheck],
    ["the documentation's plaintext push", DOC.plainPush],
    ["the documentation's safe-mode push (its plain signature)", DOC.safePush],
  ])("matches %s", async (_name, query) => {
    expect(await wechatSignature(DOC.token, query.timestamp, query.nonce)).toBe(query.signature);
    expect(await verifySignature(DOC.token, query)).toBe(true);
  });

  it("sorts, so the order of the parts does not matter", async () => {
    const { timestamp, nonce, signature } = DOC.urlCheck;
    expect(await wechatSignature(nonce, DOC.token, timestamp)).toBe(signature);
  });

  it("refuses a wrong token, a changed timestamp or nonce, and a changed or truncated signature", async () => {
    const q = DOC.urlCheck;
    expect(await verifySignature("AAAAB", q)).toBe(false);
    expect(await verifySignature(DOC.token, { ...q, timestamp: "1714036505" })).toBe(false);
    expect(await verifySignature(DOC.token, { ...q, nonce: "1514711493" })).toBe(false);
    expect(await verifySignature(DOC.token, { ...q, signature: q.signature.replace(/.$/, "0") })).toBe(false);
    expect(await verifySignature(DOC.token, { ...q, signature: q.signature.slice(0, 39) })).toBe(false);
    expect(await verifySignature(DOC.token, { ...q, signature: "" })).toBe(false);
    expect(await verifySignature(DOC.token, { ...q, signature: q.signature.toUpperCase() })).toBe(false);
  });
});

describe("msg_signature = sha1(sort(token, timestamp, nonce, Encrypt))", () => {
  it("matches the documentation's safe-mode push and reply", async () => {
    const push = DOC.safePush;
    const encrypt = /<Encrypt><!\[CDATA\[(.*)\]\]><\/Encrypt>/.exec(push.body)?.[1] ?? "";
    expect(await verifyMsgSignature(DOC.token, push, encrypt)).toBe(true);
    const reply = DOC.reply;
    expect(await wechatSignature(DOC.token, String(reply.timestamp), reply.nonce, reply.encrypt)).toBe(
      reply.msgSignature,
    );
  });

  it("matches the Python sample's decrypt call", async () => {
    const py = SAMPLE.python;
    const encrypt = /<Encrypt><!\[CDATA\[(.*)\]\]><\/Encrypt>/.exec(py.fromXml)?.[1] ?? "";
    expect(await verifyMsgSignature(py.token, py, encrypt)).toBe(true);
    expect(await verifyMsgSignature(py.token, py, `${encrypt.slice(0, -2)}A=`)).toBe(false);
  });
});

describe("constant-time comparison", () => {
  it.each([
    ["abc", "abc", true],
    ["abc", "abd", false],
    ["abc", "ab", false],
    ["", "", true],
    ["", "a", false],
    ["a\u0000", "a", false],
  ])("%j vs %j → %s", (a, b, equal) => {
    expect(constantTimeEqual(a, b)).toBe(equal);
    expect(constantTimeEqual(b, a)).toBe(equal);
  });
});
