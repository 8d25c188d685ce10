import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisHandle, startRedis } from "../../dev/redis.ts";
import { type BridgeHandle, startBridge } from "../../dev/upstash-bridge.ts";

const token = "test-token";
let server: RedisHandle;
let bridge: BridgeHandle;
let redis: Redis;

beforeAll(async () => {
  server = await startRedis({});
  bridge = await startBridge({ redisUrl: server.url, token });
  // Default options on purpose: base64 responses and auto-pipelining, exactly as the worker uses it.
  redis = new Redis({ url: bridge.url, token });
});

afterAll(async () => {
  await bridge?.close();
  await server?.stop();
});

async function raw(path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(bridge.url + path, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, ...headers },
    body,
  });
  return { status: res.status, json: await res.json() };
}

describe("official @upstash/redis client through the bridge", () => {
  it("strings, expiry and NX", async () => {
    expect(await redis.set("s:1", "hello")).toBe("OK");
    expect(await redis.get("s:1")).toBe("hello");
    expect(await redis.set("s:1", "other", { nx: true })).toBeNull();
    expect(await redis.set("s:2", "x", { ex: 10 })).toBe("OK");
    const ttl = await redis.ttl("s:2");
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(10);
    expect(await redis.expire("s:1", 100)).toBe(1);
    expect(await redis.ttl("s:1")).toBeGreaterThan(90);
    expect(await redis.del("s:1", "s:2", "s:missing")).toBe(2);
    expect(await redis.get("s:1")).toBeNull();
  });

  it("JSON objects and numbers", async () => {
    const value = { name: "Li", tags: ["a", "b"], nested: { ok: true, n: 3 } };
    await redis.set("j:1", value);
    expect(await redis.get("j:1")).toEqual(value);
    await redis.set("n:1", 41);
    expect(await redis.incr("n:1")).toBe(42);
    expect(await redis.get("n:1")).toBe(42);
  });

  it("hashes", async () => {
    expect(await redis.hset("h:1", { a: 1, b: "two", c: { d: [1, 2] } })).toBe(3);
    expect(await redis.hgetall("h:1")).toEqual({ a: 1, b: "two", c: { d: [1, 2] } });
    expect(await redis.hget("h:1", "b")).toBe("two");
    expect(await redis.hget("h:1", "missing")).toBeNull();
  });

  it("sets", async () => {
    expect(await redis.sadd("set:1", "x", "y", "z")).toBe(3);
    expect((await redis.smembers("set:1")).sort()).toEqual(["x", "y", "z"]);
    expect(await redis.sismember("set:1", "y")).toBe(1);
    expect(await redis.sismember("set:1", "w")).toBe(0);
    const [cursor, members] = await redis.sscan("set:1", 0, { count: 100 });
    expect(String(cursor)).toBe("0");
    expect(members.sort()).toEqual(["x", "y", "z"]);
  });

  it("sorted sets", async () => {
    await redis.zadd(
      "z:1",
      { score: 1, member: "a" },
      { score: 2.5, member: "b" },
      { score: 3, member: "c" },
    );
    expect(await redis.zrange("z:1", 0, -1)).toEqual(["a", "b", "c"]);
    expect(await redis.zrange("z:1", 0, 1, { withScores: true })).toEqual(["a", 1, "b", 2.5]);
    expect(await redis.zrange("z:1", 2, 3, { byScore: true })).toEqual(["b", "c"]);
    expect(await redis.zscore("z:1", "b")).toBe(2.5);
  });

  it("lists", async () => {
    await redis.rpush("l:1", "b", "c");
    await redis.lpush("l:1", "a");
    expect(await redis.lrange("l:1", 0, -1)).toEqual(["a", "b", "c"]);
    expect(await redis.lpop("l:1")).toBe("a");
    expect(await redis.llen("l:1")).toBe(2);
  });

  it("explicit pipeline and multi", async () => {
    const p = redis.pipeline().set("p:1", "v").incr("p:n").get("p:1").hset("p:h", { f: 1 }).hget("p:h", "f");
    expect(await p.exec()).toEqual(["OK", 1, "v", 1, 1]);
    const tx = redis.multi().set("m:1", 5).incr("m:1").get("m:1");
    expect(await tx.exec()).toEqual(["OK", 6, 6]);
  });

  it("command errors reject with the redis message", async () => {
    await redis.set("e:1", "not a number");
    await expect(redis.incr("e:1")).rejects.toThrow(/ERR value is not an integer or out of range/);
  });

  it("a pipeline with one failing command", async () => {
    const build = () => redis.pipeline().set("pe:1", "x").incr("pe:1").get("pe:1");
    await expect(build().exec()).rejects.toThrow(/Command 2 \[ incr \] failed: ERR value is not an integer/);
    const entries = await build().exec({ keepErrors: true });
    expect(entries.map((e) => e.error)).toEqual([undefined, expect.stringMatching(/^ERR value/), undefined]);
    expect(entries[2]?.result).toBe("x");
  });

  it("rejects a wrong token", async () => {
    const intruder = new Redis({ url: bridge.url, token: "wrong" });
    await expect(intruder.get("s:1")).rejects.toThrow(/Unauthorized/);
  });

  it("round-trips Chinese text and emoji in keys, values, hashes and sets", async () => {
    const text = "巾帼助手 — 妇女联合会 👩‍👩‍👧 🌸 ünïcödé";
    await redis.set(`u:${text}`, text);
    expect(await redis.get(`u:${text}`)).toBe(text);
    await redis.hset("u:h", { 名字: text });
    expect(await redis.hgetall("u:h")).toEqual({ 名字: text });
    await redis.sadd("u:s", "🌸", "花");
    expect((await redis.smembers("u:s")).sort()).toEqual(["🌸", "花"].sort());
  });

  it("keeps 200 concurrent requests consistent", async () => {
    const ids = Array.from({ length: 200 }, (_, i) => i);
    await Promise.all(ids.map((i) => redis.set(`c:${i}`, { i, text: `值${i}` })));
    const values = await Promise.all(ids.map((i) => redis.get<{ i: number; text: string }>(`c:${i}`)));
    expect(values).toEqual(ids.map((i) => ({ i, text: `值${i}` })));
    const direct = new Redis({ url: bridge.url, token, enableAutoPipelining: false });
    const counts = await Promise.all(ids.map(() => direct.incr("c:counter")));
    expect(new Set(counts).size).toBe(200);
    expect(await direct.get("c:counter")).toBe(200);
  });
});

describe("REST protocol details", () => {
  it("base64-encodes strings except a plain OK, never integers or errors", async () => {
    const b64 = { "upstash-encoding": "base64" };
    expect(await raw("", '["SET","r:1","bar"]', b64)).toEqual({ status: 200, json: { result: "OK" } });
    expect((await raw("", '["GET","r:1"]', b64)).json).toEqual({ result: "YmFy" });
    expect((await raw("", '["PING"]', b64)).json).toEqual({ result: "UE9ORw==" });
    expect((await raw("", '["MGET","r:1","r:none"]', b64)).json).toEqual({ result: ["YmFy", null] });
    expect((await raw("", '["STRLEN","r:1"]', b64)).json).toEqual({ result: 3 });
    expect(await raw("/pipeline", '[["INCR","r:1"],["GET","r:1"]]', b64)).toEqual({
      status: 200,
      json: [{ error: "ERR value is not an integer or out of range" }, { result: "YmFy" }],
    });
  });

  it("supports commands in the path, with a raw body and query arguments", async () => {
    expect((await raw("/set/r:2?EX=100", "a/b value")).json).toEqual({ result: "OK" });
    expect((await raw("/get/r:2", "")).json).toEqual({ result: "a/b value" });
    expect((await raw("/ttl/r:2", "")).json).toEqual({ result: 100 });
  });

  it("answers bad requests with 400/401 and an error field", async () => {
    expect((await raw("", "not json")).status).toBe(400);
    expect(await raw("", '["INCR","r:1"]')).toEqual({
      status: 400,
      json: { error: "ERR value is not an integer or out of range" },
    });
    const discarded = await raw("/multi-exec", '[["SET","r:3","x"],["SET","r:3"]]');
    expect(discarded).toEqual({ status: 400, json: { error: expect.stringMatching(/wrong number of arg/) } });
    expect((await raw("", '["GET","r:3"]')).json).toEqual({ result: null });
    const res = await fetch(bridge.url, { method: "POST", body: '["GET","r:1"]' });
    expect({ status: res.status, json: await res.json() }).toEqual({
      status: 401,
      json: { error: "Unauthorized" },
    });
    const huge = JSON.stringify(["SET", "r:4", "x".repeat(11 * 1024 * 1024)]);
    expect(await raw("", huge)).toEqual({
      status: 400,
      json: { error: expect.stringMatching(/max request size/) },
    });
  });

  it("authenticates and selects the database given in the redis URL", async () => {
    await raw("", '["ACL","SETUSER","tester","on",">pw","~*","&*","+@all"]');
    const other = await startBridge({ redisUrl: `redis://tester:pw@127.0.0.1:${server.port}/3`, token });
    try {
      await new Redis({ url: other.url, token }).set("db3:key", "in db 3");
      expect(await redis.get("db3:key")).toBeNull();
      expect(await new Redis({ url: other.url, token }).get("db3:key")).toBe("in db 3");
    } finally {
      await other.close();
    }
  });
});
