import { describe, expect, it } from "vitest";
import { signInitData } from "../../dev/emulator/webapp.ts";
import { checkInitData, INIT_DATA_MAX_AGE_S } from "../../src/console/auth/init-data.ts";
import { deriveConsoleKeys } from "../../src/console/auth/keys.ts";
import published from "../fixtures/webapp-init-data.json";

const TOKEN = "7000000001:AAtest-token-for-the-console";
const NOW = Date.UTC(2026, 11, 7, 9, 30);
const nowS = Math.floor(NOW / 1000);
const keys = await deriveConsoleKeys(TOKEN);

type Fields = [string, string][];
const user = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 900000002, first_name: "王芳", language_code: "zh-hans", ...extra });
const fields = (authDate = nowS, userJson = user()): Fields => [
  ["query_id", "AAHdF6IQAAAAAN0XohDhrOrc"],
  ["user", userJson],
  ["auth_date", String(authDate)],
];
const check = (raw: string, at = NOW) => checkInitData(raw, keys.webApp, at);

describe("Mini App initData", () => {
  it("accepts the initData published with their tokens, signature field included in the HMAC", async () => {
    for (const vector of published.vectors) {
      const own = await deriveConsoleKeys(vector.token);
      const result = await checkInitData(vector.initData, own.webApp, vector.authDate * 1000 + 60_000);
      expect(result).toMatchObject({ ok: true, user: { id: vector.userId }, authDate: vector.authDate });
    }
    // The newer vector carries `signature`: leaving it out of the data-check-string breaks the hash.
    const modern = published.vectors[1]!;
    const withoutSignature = modern.initData.replace(/&signature=[^&]*/, "");
    const own = await deriveConsoleKeys(modern.token);
    expect(await checkInitData(withoutSignature, own.webApp, modern.authDate * 1000)).toEqual({
      ok: false,
      problem: "signature",
    });
  });

  it("accepts freshly signed data and reads the user's id and language", async () => {
    const result = await check(signInitData(TOKEN, fields()));
    expect(result).toEqual({
      ok: true,
      user: { id: 900000002, first_name: "王芳", language_code: "zh-hans" },
      authDate: nowS,
    });
  });

  it("refuses data signed with another bot's token, or with any field changed", async () => {
    const raw = signInitData(TOKEN, fields());
    expect(await check(signInitData("7000000002:AAanother-bot", fields()))).toEqual({
      ok: false,
      problem: "signature",
    });
    const tampered = [
      raw.replace("900000002", "900000001"), // someone else's id
      raw.replace(`auth_date=${nowS}`, `auth_date=${nowS + 1}`),
      raw.replace("query_id=AAH", "query_id=AAX"),
      raw.replace(/hash=([0-9a-f])/, (_m, c: string) => `hash=${c === "0" ? "1" : "0"}`),
      `${raw}&start_param=admin`, // a field added
      raw.replace(/&query_id=[^&]*|query_id=[^&]*&/, ""), // a field removed
    ];
    for (const forged of tampered) {
      expect(forged).not.toBe(raw);
      expect(await check(forged)).toEqual({ ok: false, problem: "signature" });
    }
  });

  it("refuses data more than an hour old, and data dated well ahead of our clock", async () => {
    const at = (authDate: number) => check(signInitData(TOKEN, fields(authDate)));
    expect((await at(nowS - INIT_DATA_MAX_AGE_S + 1)).ok).toBe(true);
    expect(await at(nowS - INIT_DATA_MAX_AGE_S - 1)).toEqual({ ok: false, problem: "expired" });
    expect(await at(nowS - 86_400)).toEqual({ ok: false, problem: "expired" });
    expect((await at(nowS + 60)).ok).toBe(true);
    expect(await at(nowS + 3600)).toEqual({ ok: false, problem: "expired" });
  });

  it("refuses data without a hash, or with a hash that is not 32 bytes of hex", async () => {
    const raw = signInitData(TOKEN, fields());
    const withoutHash = raw.replace(/&hash=[0-9a-f]+/, "");
    const hash = /hash=([0-9a-f]+)/.exec(raw)![1]!;
    for (const bad of [
      withoutHash,
      `${withoutHash}&hash=`,
      `${withoutHash}&hash=${hash.slice(2)}`,
      `${withoutHash}&hash=${hash}00`,
      `${withoutHash}&hash=${"zz".repeat(32)}`,
    ]) {
      expect(await check(bad)).toEqual({ ok: false, problem: "malformed" });
    }
  });

  it("refuses a key given twice, even when the hash covers both lines", async () => {
    const twoUsers: Fields = [...fields(), ["user", user({ id: 900000001 })]];
    expect(await check(signInitData(TOKEN, twoUsers))).toEqual({ ok: false, problem: "malformed" });
    const raw = signInitData(TOKEN, fields());
    expect(await check(`${raw}&hash=${/hash=([0-9a-f]+)/.exec(raw)![1]}`)).toEqual({
      ok: false,
      problem: "malformed",
    });
  });

  it("refuses signed data whose user or date cannot be read", async () => {
    const signed = (f: Fields) => check(signInitData(TOKEN, f));
    const noUser = fields().filter(([key]) => key !== "user");
    const noDate = fields().filter(([key]) => key !== "auth_date");
    for (const f of [
      noUser,
      noDate,
      fields(nowS, "{not json"),
      fields(nowS, JSON.stringify({ first_name: "no id" })),
      fields(nowS, JSON.stringify({ id: "900000002" })),
      fields(nowS, JSON.stringify({ id: -5 })),
      [...noDate, ["auth_date", "yesterday"]] as Fields,
    ]) {
      expect(await signed(f)).toEqual({ ok: false, problem: "malformed" });
    }
  });

  it("refuses empty and oversized input without work", async () => {
    expect(await check("")).toEqual({ ok: false, problem: "malformed" });
    expect(await check(`user=${"x".repeat(10_000)}`)).toEqual({ ok: false, problem: "malformed" });
  });
});
