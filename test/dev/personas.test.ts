import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  mergeStaff,
  PersonaError,
  PersonaStore,
  STARTER_PERSONAS,
} from "../../dev/simulator/server/personas.ts";

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jinguo-personas-"));
  file = join(dir, "personas.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("PersonaStore", () => {
  it("starts with the starter personas: two women in different cities (zh, en), Weifang staff, an admin", () => {
    const store = new PersonaStore(file);
    const all = store.all();
    expect(all).toEqual(STARTER_PERSONAS);
    const women = all.filter((p) => p.role === "user");
    expect(women.map((p) => p.language).sort()).toEqual(["en", "zh-hans"]);
    expect(new Set(women.map((p) => p.note)).size).toBe(2);
    expect(all.find((p) => p.role === "staff")?.region).toBe("370700");
    expect(all.some((p) => p.role === "admin")).toBe(true);
    expect(existsSync(file)).toBe(true);
  });

  it("keeps changes across restarts, numbers new personas, and clears the region of non-staff", () => {
    const store = new PersonaStore(file);
    const made = store.create({ first_name: "  Lin  ", language: "en", role: "user", region: "370700" });
    expect(made).toMatchObject({ id: 700000003, first_name: "Lin", region: null });
    store.update(made.id, { first_name: "Lin Y.", role: "staff", region: "370500" });
    store.remove(700000001);
    const again = new PersonaStore(file).all();
    expect(again.find((p) => p.id === made.id)).toMatchObject({
      first_name: "Lin Y.",
      role: "staff",
      region: "370500",
    });
    expect(again.some((p) => p.id === 700000001)).toBe(false);
    new PersonaStore(file).update(made.id, { role: "user" });
    expect(new PersonaStore(file).get(made.id)?.region).toBeNull();
  });

  it("never gives a new persona the id of a deleted one, also after a restart", () => {
    const store = new PersonaStore(file);
    const first = store.create({ first_name: "A", language: "en", role: "user" });
    store.remove(first.id);
    const second = new PersonaStore(file).create({ first_name: "B", language: "en", role: "user" });
    expect(second.id).toBe(first.id + 1);
  });

  it("refuses bad personas with a reason, and changes nothing", () => {
    const store = new PersonaStore(file);
    const before = store.all();
    expect(() => store.create({ first_name: "", language: "en", role: "user" })).toThrow(ZodError);
    expect(() => store.create({ first_name: "A", language: "fr" as never, role: "user" })).toThrow(ZodError);
    expect(() => store.create({ first_name: "A", language: "en", role: "staff" })).toThrow(/region/);
    expect(() => store.create({ first_name: "A", language: "en", role: "staff", region: "999999" })).toThrow(
      /unknown region/,
    );
    expect(() => store.create({ id: 700000001, first_name: "A", language: "en", role: "user" })).toThrow(
      PersonaError,
    );
    expect(() => store.update(1, { first_name: "x" })).toThrow(/no persona/);
    expect(() => store.create({ first_name: "x".repeat(65), language: "en", role: "user" })).toThrow(
      ZodError,
    );
    expect(store.all()).toEqual(before);
  });

  it("starts over from the starters when the file is broken, keeping the broken one aside", () => {
    writeFileSync(file, "{ not json");
    const store = new PersonaStore(file);
    expect(store.all()).toEqual(STARTER_PERSONAS);
    expect(readFileSync(`${file}.bad`, "utf8")).toBe("{ not json");
  });

  it("makes WeChat personas: an openid of her own (automatic or given), a plain user, her channel fixed", () => {
    const store = new PersonaStore(file);
    const mei = store.create({ first_name: "小梅", language: "zh-hans", role: "user", channel: "wechat" });
    expect(mei).toMatchObject({ channel: "wechat", role: "user", region: null });
    expect(mei.openid).toMatch(/^o[\w-]{27}$/);
    const given = store.create({
      first_name: "小兰",
      language: "zh-hans",
      role: "user",
      channel: "wechat",
      openid: "oGivenOpenid_123",
    });
    expect(given.openid).toBe("oGivenOpenid_123");
    expect(new PersonaStore(file).get(mei.id)).toEqual(mei);
    // Telegram personas have none, whatever is sent.
    const tg = store.create({ first_name: "T", language: "en", role: "user", openid: "oSomething" });
    expect(tg).toMatchObject({ channel: "telegram", openid: null });
    // Staff work on Telegram; the openid is hers alone; channel and openid do not change afterwards.
    const before = store.all();
    expect(() =>
      store.create({ first_name: "S", language: "zh-hans", role: "admin", channel: "wechat" }),
    ).toThrow(/WeChat persona is a user/);
    expect(() =>
      store.create({
        first_name: "D",
        language: "zh-hans",
        role: "user",
        channel: "wechat",
        openid: "oGivenOpenid_123",
      }),
    ).toThrow(PersonaError);
    expect(() =>
      store.create({ first_name: "B", language: "en", role: "user", channel: "wechat", openid: "o!" }),
    ).toThrow(ZodError);
    expect(() => store.update(mei.id, { role: "staff", region: "370700" })).toThrow(
      /WeChat persona is a user/,
    );
    expect(store.update(mei.id, { channel: "telegram", openid: "x" } as never)).toEqual(mei);
    expect(store.all()).toEqual(before);
  });

  it("reads a personas file from before channels as Telegram personas", () => {
    const old = STARTER_PERSONAS.map(({ channel: _c, openid: _o, ...p }) => p);
    writeFileSync(file, JSON.stringify({ version: 1, personas: old, last_id: 0 }));
    expect(new PersonaStore(file).all()).toEqual(STARTER_PERSONAS);
  });

  it("tells listeners about every change", () => {
    const store = new PersonaStore(file);
    const seen: number[] = [];
    store.onChange((all) => seen.push(all.length));
    store.create({ first_name: "Q", language: "en", role: "user" });
    store.reset();
    expect(seen).toEqual([5, 4]);
  });
});

describe("mergeStaff", () => {
  it("adds staff and admin personas to STAFF, and a persona made a plain user leaves it", () => {
    const personas = structuredClone(STARTER_PERSONAS);
    expect(mergeStaff("", personas)).toBe("900000002:staff:370700,900000001:admin");
    expect(mergeStaff("123:admin,900000002:admin", personas)).toBe(
      "123:admin,900000002:staff:370700,900000001:admin",
    );
    const demoted = personas.map((p) => (p.id === 900000001 ? { ...p, role: "user" as const } : p));
    expect(mergeStaff("900000001:admin", demoted)).toBe("900000002:staff:370700");
  });

  it("leaves STAFF alone for WeChat personas (their numeric id is the simulator's, not a Telegram id)", () => {
    const mei = {
      ...structuredClone(STARTER_PERSONAS[0]!),
      id: 123,
      channel: "wechat" as const,
      openid: "oAbcdef",
    };
    expect(mergeStaff("123:admin", [mei])).toBe("123:admin");
  });
});
