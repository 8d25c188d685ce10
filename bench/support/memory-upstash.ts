// An in-memory stand-in for Upstash behind the real @upstash/redis client, for benchmarks that
// must count requests and measure the bot's own CPU without network time. Only the commands the
// measured paths use are implemented; anything else throws, so a bench cannot silently lie.
import { Redis as NodeRedis, type Requester } from "@upstash/redis";
import type { Redis } from "../../src/store/redis.ts";

type Value = string | Map<string, string> | Set<string>;
type Command = (string | number)[];

/** A client plus the number of HTTP requests it would have made (a pipeline or MULTI is one). */
export interface CountingRedis {
  redis: Redis;
  requests(): number;
}

export function memoryRedis(): CountingRedis {
  const data = new Map<string, Value>();
  let requests = 0;
  const hash = (key: string) => {
    const h = data.get(key);
    if (h instanceof Map) return h;
    const fresh = new Map<string, string>();
    data.set(key, fresh);
    return fresh;
  };
  const zset = (key: string) => hash(key); // member -> score, enough for ZADD/ZREM/ZSCORE
  const set = (key: string) => {
    const s = data.get(key);
    if (s instanceof Set) return s;
    const fresh = new Set<string>();
    data.set(key, fresh);
    return fresh;
  };
  const run = (cmd: Command): unknown => {
    const [name = "", key = "", ...args] = cmd.map(String);
    const flags = new Set(args.map((a) => a.toUpperCase()));
    switch (name.toUpperCase()) {
      case "GET":
        return typeof data.get(key) === "string" ? data.get(key) : null;
      case "SET": {
        const old = data.get(key);
        if (flags.has("NX") && old !== undefined) return null;
        data.set(key, args[0]!);
        return flags.has("GET") ? (typeof old === "string" ? old : null) : "OK";
      }
      case "DEL":
        return [key, ...args].filter((k) => data.delete(k)).length;
      case "HGETALL":
        return [...(data.get(key) instanceof Map ? (data.get(key) as Map<string, string>) : [])].flat();
      case "HGET":
        return (data.get(key) as Map<string, string> | undefined)?.get(args[0]!) ?? null;
      case "HSET":
        for (let i = 0; i + 1 < args.length; i += 2) hash(key).set(args[i]!, args[i + 1]!);
        return args.length / 2;
      case "HSETNX":
        if (hash(key).has(args[0]!)) return 0;
        hash(key).set(args[0]!, args[1]!);
        return 1;
      case "HDEL":
        return args.filter((f) => hash(key).delete(f)).length;
      case "INCR": {
        const n = Number(data.get(key) ?? 0) + 1;
        data.set(key, String(n));
        return n;
      }
      case "ZADD": {
        const pairs = args.filter((a) => !["NX", "XX", "GT", "LT", "CH"].includes(a.toUpperCase()));
        for (let i = 0; i + 1 < pairs.length; i += 2) {
          if (flags.has("XX") && !zset(key).has(pairs[i + 1]!)) continue;
          zset(key).set(pairs[i + 1]!, pairs[i]!);
        }
        return pairs.length / 2;
      }
      case "ZREM":
        return args.filter((m) => zset(key).delete(m)).length;
      case "SADD":
        return args.filter((m) => !set(key).has(m) && set(key).add(m)).length;
      case "SREM":
        return args.filter((m) => set(key).delete(m)).length;
      case "SMEMBERS":
        return [...set(key)];
      case "XADD":
        return "0-1";
      default:
        throw new Error(`memoryRedis: ${name} is not implemented`);
    }
  };
  const requester: Requester = {
    async request<T>(req: { path?: string[]; body?: unknown }) {
      requests++;
      const path = req.path?.[0];
      if (path === "pipeline" || path === "multi-exec") {
        return (req.body as Command[]).map((cmd) => ({ result: run(cmd) })) as T;
      }
      return { result: run(req.body as Command) as T };
    },
  } as Requester;
  const client = new NodeRedis(requester) as unknown as Redis;
  return { redis: client, requests: () => requests };
}
