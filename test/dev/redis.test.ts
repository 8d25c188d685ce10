import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startRedis } from "../../dev/redis.ts";
import { encodeCommand, RespClient, RespConnection, RespError, RespParser } from "../../dev/resp.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("RESP parser", () => {
  it("parses every RESP2 type, including nested and null arrays, split at any byte", () => {
    const wire = Buffer.from(
      "+OK\r\n-ERR boom\r\n:42\r\n$5\r\nhe\r\nl\r\n$-1\r\n*-1\r\n*3\r\n*2\r\n:1\r\n$1\r\na\r\n$0\r\n\r\n*0\r\n",
    );
    const expected = [
      "OK",
      new RespError("ERR boom"),
      42,
      Buffer.from("he\r\nl"),
      null,
      null,
      [[1, Buffer.from("a")], Buffer.from(""), []],
    ];
    for (let split = 0; split <= wire.length; split++) {
      const parser = new RespParser();
      const got = [...parser.push(wire.subarray(0, split)), ...parser.push(wire.subarray(split))];
      expect(got).toEqual(expected);
    }
    const bytewise = new RespParser();
    expect([...wire].flatMap((byte) => bytewise.push(Buffer.from([byte])))).toEqual(expected);
  });

  it("encodes commands as arrays of bulk strings, counting UTF-8 bytes", () => {
    expect(encodeCommand(["SET", "键", Buffer.from([0, 255])])).toEqual(
      Buffer.concat([Buffer.from("*3\r\n$3\r\nSET\r\n$3\r\n键\r\n$2\r\n"), Buffer.from([0, 255, 13, 10])]),
    );
  });
});

describe("startRedis", () => {
  it("runs a throwaway server and pipelines batches without mixing replies", async () => {
    const server = await startRedis({});
    try {
      expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
      const client = new RespClient(server.port);
      const batches = Array.from({ length: 50 }, (_, i) => [
        ["SET", `k${i}`, `v${i}`],
        ["GET", `k${i}`],
      ]);
      const replies = await Promise.all(batches.map((batch) => client.send(batch)));
      expect(replies.map((r) => String(r[1]))).toEqual(batches.map((_, i) => `v${i}`));
      await client.close();
    } finally {
      await server.stop();
    }
    await expect(RespConnection.open(server.port)).rejects.toThrow();
  });

  it("keeps data across restarts when persisting to a directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jinguo-redis-"));
    dirs.push(dir);
    const first = await startRedis({ dir, persist: true });
    const writer = await RespConnection.open(first.port);
    await writer.send([
      ["SET", "persisted", "巾帼"],
      ["HSET", "persisted:h", "f", "1"],
    ]);
    await writer.close();
    await first.stop();

    const second = await startRedis({ dir, persist: true });
    try {
      const reader = await RespConnection.open(second.port);
      const [value, field] = await reader.send([
        ["GET", "persisted"],
        ["HGET", "persisted:h", "f"],
      ]);
      expect(String(value)).toBe("巾帼");
      expect(String(field)).toBe("1");
      await reader.close();
    } finally {
      await second.stop();
    }
  });

  it("refuses to persist without a directory", async () => {
    await expect(startRedis({ persist: true })).rejects.toThrow(/needs a `dir`/);
  });
});
