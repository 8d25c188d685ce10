import { describe, expect, it } from "vitest";
import { startBroadcast } from "../../src/broadcast/index.ts";
import { recoverStale } from "../../src/broadcast/job.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import type { Channel } from "../../src/channel/types.ts";
import type { Redis } from "../../src/store/redis.ts";
import { engineDeps, received, seedPeople, seedSet, waitForStatus } from "../support/broadcast.ts";
import { captureQueue, drain } from "../support/broadcast-queue.ts";
import { redis } from "../support/worker.ts";

const content = { kind: "html" as const, html: "crash test" };

describe("faults during delivery", () => {
  it("a consumer that throws halfway through a batch, then gets it again, sends everyone exactly once", async () => {
    const base = await engineDeps();
    const { bodies, queue } = captureQueue();
    let sends = 0;
    let crashed = false;
    const channel: Channel = {
      ...base.channel,
      async send(chatId, message) {
        // Halfway through the page the consumer throws (a bug, an evicted isolate) while the
        // ids accepted just before are still waiting in the group commit.
        if (++sends === 8 && !crashed) {
          crashed = true;
          throw new Error("simulated crash halfway through the batch");
        }
        return base.channel.send(chatId, message);
      },
    };
    const people = await seedPeople(30);
    const deps = { ...base, queue, channel };
    const { id } = await startBroadcast(deps, {
      kind: "system",
      author: 0,
      audience: { kind: "sets", keys: [await seedSet(people)] },
      content,
      label: "crash",
    });
    const retried = await drain(deps, bodies, id);
    expect(crashed).toBe(true);
    expect(retried).toBeGreaterThanOrEqual(1);
    const got = await received(people);
    expect([...got.values()]).toEqual(people.map(() => 1));
    const { counts } = await waitForStatus(id, ["done"]);
    expect(counts.sent).toBe(30);
  });

  it("keeps sending after a short Redis outage mid-page, counting nobody twice", async () => {
    const base = await engineDeps();
    const { bodies, queue } = captureQueue();
    let down = false;
    let refused = 0;
    const failing = () => {
      if (!down) return;
      refused++;
      throw new Error("fetch failed: Upstash unreachable");
    };
    const flaky = new Proxy(base.redis, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (prop === "pipeline") {
          return () => {
            const pipe = target.pipeline();
            const exec = pipe.exec.bind(pipe);
            return Object.assign(pipe, {
              exec: async (...a: []) => {
                failing();
                return exec(...a);
              },
            });
          };
        }
        if (typeof value !== "function") return value;
        return (...a: unknown[]) => {
          failing();
          return value.apply(target, a);
        };
      },
    }) as Redis;
    let sends = 0;
    const channel: Channel = {
      ...base.channel,
      async send(chatId, message) {
        const result = await base.channel.send(chatId, message);
        if (++sends === 5) {
          down = true;
          setTimeout(() => (down = false), 1500);
        }
        return result;
      },
    };
    const people = await seedPeople(25);
    const deps = { ...base, redis: flaky, queue, channel };
    const { id } = await startBroadcast(
      { ...deps, redis: base.redis },
      {
        kind: "system",
        author: 0,
        audience: { kind: "sets", keys: [await seedSet(people)] },
        content,
        label: "redis outage",
      },
    );
    await drain(deps, bodies, id);
    expect(refused).toBeGreaterThan(0);
    expect([...(await received(people)).values()]).toEqual(people.map(() => 1));
    expect((await waitForStatus(id, ["done"])).counts).toEqual({
      sent: 25,
      blocked: 0,
      failed: 0,
      skipped: 0,
      erased: 0,
    });
  });

  it("a lost queue message leaves a resumable broadcast that the watchdog restarts", async () => {
    const base = await engineDeps();
    const broken = { send: async () => Promise.reject(new Error("Queue unavailable")) } as unknown as Queue;
    const people = await seedPeople(6);
    const { id } = await startBroadcast(
      { ...base, queue: broken },
      {
        kind: "system",
        author: 0,
        audience: { kind: "sets", keys: [await seedSet(people)] },
        content,
        label: "lost message",
      },
    );
    expect(await redis.hget(broadcastKeys.record(id), "status")).toBe("preparing");
    // An hour passes without a heartbeat; the cron's watchdog queues it again on the real Queue.
    await redis.hset(broadcastKeys.record(id), { heartbeat: Date.now() - 3_600_000 });
    const recovered = await recoverStale(base, { staleMs: 600_000, idleMs: 0, maxStarts: 20 });
    expect(recovered).toContain(id);
    await waitForStatus(id, ["done"]);
    expect([...(await received(people)).values()]).toEqual(people.map(() => 1));
  });
});
