import { describe, expect, it } from "vitest";
import { fromBase64, toBase64, utf8 } from "../../src/wechat/bytes.ts";
import {
  decryptMessage,
  encryptMessage,
  importEncodingAesKey,
  WechatCryptoError,
  type WechatCryptoProblem,
} from "../../src/wechat/crypto.ts";
import { encryptedField, MsgSignatureError, openEnvelope, sealReply } from "../../src/wechat/envelope.ts";
import { parseWechatXml } from "../../src/wechat/xml.ts";
import { DOC, SAMPLE } from "../support/wechat-vectors.ts";

const ascii = (text: string) => utf8(text);

async function problemOf(promise: Promise<unknown>): Promise<WechatCryptoProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WechatCryptoError);
  return (error as WechatCryptoError).problem;
}

describe("EncodingAESKey", () => {
  it("imports 43 characters into a 32-byte key whose first 16 bytes are the IV", async () => {
    const aes = await importEncodingAesKey(SAMPLE.encodingAesKey);
    expect(aes.iv).toEqual(fromBase64(`${SAMPLE.encodingAesKey}=`).slice(0, 16));
    expect((aes.key.algorithm as { length: number }).length).toBe(256);
  });

  it.each([
    ["42 characters", SAMPLE.encodingAesKey.slice(0, 42)],
    ["44 characters", `${SAMPLE.encodingAesKey}A`],
    ["a character outside A-Z a-z 0-9", `${SAMPLE.encodingAesKey.slice(0, 42)}+`],
    ["empty", ""],
  ])("refuses %s", async (_name, key) => {
    expect(await problemOf(importEncodingAesKey(key))).toBe("key");
  });
});

describe("the documentation's safe-mode example (Token AAAAA, key 43 × A)", () => {
  it("decrypts the debug_demo push to the 292-byte message and checks the AppId", async () => {
    const aes = await importEncodingAesKey(DOC.encodingAesKey);
    const encrypt = encryptedField(DOC.safePush.body);
    const message = await decryptMessage(aes, DOC.appId, encrypt);
    expect(message).toBe(DOC.safePush.message);
    expect(utf8(message).length).toBe(292);
    expect(await problemOf(decryptMessage(aes, "wxba5fad812f8e6fb9", encrypt))).toBe("appid");
  });

  it("encrypts the reply with the documented random to the documented Encrypt", async () => {
    const aes = await importEncodingAesKey(DOC.encodingAesKey);
    const r = DOC.reply;
    expect(await encryptMessage(aes, DOC.appId, r.message, ascii(r.random))).toBe(r.encrypt);
  });

  it("seals the reply into exactly the documented envelope", async () => {
    const aes = await importEncodingAesKey(DOC.encodingAesKey);
    const r = DOC.reply;
    const sealed = await sealReply(
      { token: DOC.token, aes, appId: DOC.appId },
      { xml: r.message, timestamp: r.timestamp, nonce: r.nonce, random: ascii(r.random) },
    );
    expect(sealed).toBe(
      `<xml><Encrypt><![CDATA[${r.encrypt}]]></Encrypt><MsgSignature><![CDATA[${r.msgSignature}]]></MsgSignature><TimeStamp>${r.timestamp}</TimeStamp><Nonce><![CDATA[${r.nonce}]]></Nonce></xml>`,
    );
  });

  it("opens the push: msg_signature first, then AES and AppId", async () => {
    const aes = await importEncodingAesKey(DOC.encodingAesKey);
    const keys = { token: DOC.token, aes, appId: DOC.appId };
    const push = DOC.safePush;
    expect(await openEnvelope(keys, push, push.body)).toBe(push.message);
    await expect(openEnvelope({ ...keys, token: "AAAAB" }, push, push.body)).rejects.toBeInstanceOf(
      MsgSignatureError,
    );
    await expect(openEnvelope(keys, { ...push, nonce: "1" }, push.body)).rejects.toBeInstanceOf(
      MsgSignatureError,
    );
  });

  it("refuses a tampered Encrypt by its signature, before decrypting anything", async () => {
    const aes = await importEncodingAesKey(DOC.encodingAesKey);
    const keys = { token: DOC.token, aes, appId: DOC.appId };
    const encrypt = encryptedField(DOC.safePush.body);
    const bytes = fromBase64(encrypt);
    bytes[40] = (bytes[40] ?? 0) ^ 1; // would silently change one byte of the message after decryption
    const tampered = DOC.safePush.body.replace(encrypt, toBase64(bytes));
    await expect(openEnvelope(keys, DOC.safePush, tampered)).rejects.toBeInstanceOf(MsgSignatureError);
  });
});

describe("the official sample code (WXBizMsgCrypt)", () => {
  it("encrypts like the Java sample's test with random aaaabbbbccccdddd", async () => {
    const aes = await importEncodingAesKey(SAMPLE.encodingAesKey);
    const j = SAMPLE.java;
    expect(await encryptMessage(aes, j.appId, j.replyMsg, ascii(j.random))).toBe(j.afterAesEncrypt);
    expect(await encryptMessage(aes, j.appId, j.replyMsg2, ascii(j.random))).toBe(j.afterAesEncrypt2);
    expect(await decryptMessage(aes, j.appId, j.afterAesEncrypt2)).toBe(j.replyMsg2);
  });

  it("decrypts the Python sample's message, verified by its msg_signature", async () => {
    const aes = await importEncodingAesKey(SAMPLE.encodingAesKey);
    const py = SAMPLE.python;
    const inner = await openEnvelope({ token: py.token, aes, appId: py.appId }, py, py.fromXml);
    expect(parseWechatXml(inner)).toMatchObject({
      ToUserName: "gh_10f6c3c3ac5a",
      FromUserName: "oyORnuP8q7ou2gfYjqLzSIWZf0rs",
      MsgType: "text",
      Content: "abcdteT",
      MsgId: "6054768590064713728",
    });
  });
});

describe("round trip and refusals", () => {
  it.each([
    ["empty", ""],
    ["one byte", "a"],
    // 20 bytes of frame and an 18-byte AppId: 26 bytes fill two blocks, so a whole block of 32s pads it.
    ["a frame that fills its blocks (a whole pad block)", "x".repeat(26)],
    ["a frame one byte short of its blocks (pad 1)", "y".repeat(25)],
    ["Chinese, emoji and a ]]>", "春风送岗 🌸 潍坊 ]]> <b>&amp;"],
    ["4 KB", "巾".repeat(1400)],
  ])("%s", async (_name, message) => {
    const aes = await importEncodingAesKey(SAMPLE.encodingAesKey);
    const appId = "wx0123456789abcdef";
    const a = await encryptMessage(aes, appId, message);
    const b = await encryptMessage(aes, appId, message);
    expect(a).not.toBe(b); // fresh random bytes each time
    expect(fromBase64(a).length % 32).toBe(0);
    expect(await decryptMessage(aes, appId, a)).toBe(message);
  });

  it("refuses another AppId, another key, bad base64, partial blocks and a broken last block", async () => {
    const aes = await importEncodingAesKey(SAMPLE.encodingAesKey);
    const other = await importEncodingAesKey(DOC.encodingAesKey);
    const appId = "wx0123456789abcdef";
    const sealed = await encryptMessage(aes, appId, "<xml><Content><![CDATA[hi]]></Content></xml>");
    expect(await problemOf(decryptMessage(aes, "wx0123456789abcdeg", sealed))).toBe("appid");
    expect(await problemOf(decryptMessage(aes, `${appId}x`, sealed))).toBe("appid");
    expect(["padding", "length", "utf8", "appid"]).toContain(
      await problemOf(decryptMessage(other, appId, sealed)),
    );
    expect(await problemOf(decryptMessage(aes, appId, "not base64!"))).toBe("base64");
    expect(await problemOf(decryptMessage(aes, appId, ""))).toBe("cipher");
    expect(await problemOf(decryptMessage(aes, appId, toBase64(fromBase64(sealed).slice(0, 40))))).toBe(
      "cipher",
    );
    const lastBlockBroken = fromBase64(sealed);
    lastBlockBroken[lastBlockBroken.length - 20] = (lastBlockBroken[lastBlockBroken.length - 20] ?? 0) ^ 0xff;
    expect(["padding", "length", "utf8", "appid"]).toContain(
      await problemOf(decryptMessage(aes, appId, toBase64(lastBlockBroken))),
    );
  });

  it("refuses a frame whose length points past the end", async () => {
    const aes = await importEncodingAesKey(SAMPLE.encodingAesKey);
    // Hand-built plaintext: 16 random bytes, length 1000, 12 bytes of message and AppId, pad 32.
    const frame = new Uint8Array(64);
    new DataView(frame.buffer).setUint32(16, 1000, false);
    frame.fill(32, 32);
    const key = await crypto.subtle.importKey(
      "raw",
      fromBase64(`${SAMPLE.encodingAesKey}=`),
      "AES-CBC",
      false,
      ["encrypt"],
    );
    const cipher = new Uint8Array(
      await crypto.subtle.encrypt({ name: "AES-CBC", iv: aes.iv }, key, frame),
    ).slice(0, 64);
    expect(await problemOf(decryptMessage(aes, "wx", toBase64(cipher)))).toBe("length");
  });
});
