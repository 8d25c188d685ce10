import { createRedis, type Redis } from "../../../src/store/redis.ts";
import type { Emulator } from "../../emulator/index.ts";
import { readBroadcasts } from "./broadcasts.ts";
import { mergeStaff, type PersonaStore } from "./personas.ts";
import type { SimulatorHost, WorkerState } from "./routes.ts";

/** What the launcher gives the simulator: its pieces and the two actions only it can take. */
export interface HostDeps {
  personas: PersonaStore;
  emulator: Emulator;
  bot: { username?: string; first_name: string };
  /** The console's Mini App URL, for the staff personas' "Open console". */
  consoleApp?: string;
  /** STAFF from the environment ("" when unset); personas add to it and decide their own ids. */
  baseStaff: string;
  /** Set when the launcher runs redis-server itself, so flushing it touches nobody else's data. */
  storage: { url: string; token: string; owned: boolean };
  /** Restarts `wrangler dev` with this STAFF; Redis and the emulator keep running. */
  restartWorker(staff: string): Promise<void>;
  /** Puts back what an emulator reset forgets but the bot set up at start (webhook, commands). */
  afterEmulatorReset(): Promise<void>;
}

/** A simulator host plus the STAFF the Worker should run with right now. */
export interface LiveHost extends SimulatorHost {
  staff(): string;
  markReady(): void;
}

/**
 * Keeps the Worker's STAFF in step with the personas: the Worker reads STAFF from its env only,
 * so a change of staff personas restarts `wrangler dev` (a few seconds; chats and data stay).
 * Changes that arrive during a restart are folded into one more restart.
 */
export function createHost(deps: HostDeps): LiveHost {
  let staff = mergeStaff(deps.baseStaff, deps.personas.all());
  let state: WorkerState = "starting";
  let error: string | undefined;
  let running: Promise<void> | undefined;
  let redis: Redis | undefined;

  const publish = () => deps.emulator.emit("sim_worker", { state, staff, error });

  async function apply(): Promise<void> {
    while (mergeStaff(deps.baseStaff, deps.personas.all()) !== staff) {
      staff = mergeStaff(deps.baseStaff, deps.personas.all());
      state = "restarting";
      error = undefined;
      publish();
      try {
        await deps.restartWorker(staff);
        state = "ready";
      } catch (err) {
        state = "failed";
        error = String((err as Error).message ?? err);
      }
      publish();
    }
  }

  const sync = (): Promise<void> => {
    running ??= apply().finally(() => {
      running = undefined;
    });
    return running;
  };
  deps.personas.onChange(() => {
    // Every open page (and a test driving the API) sees the change at once.
    deps.emulator.emit("sim_personas");
    void sync();
  });

  return {
    personas: deps.personas,
    bot: deps.bot,
    ...(deps.consoleApp ? { consoleApp: deps.consoleApp } : {}),
    staff: () => staff,
    markReady() {
      state = "ready";
      publish();
    },
    worker: () => ({ state, staff, ...(error ? { error } : {}) }),
    broadcasts() {
      redis ??= createRedis({ url: deps.storage.url, token: deps.storage.token });
      return readBroadcasts(
        redis,
        deps.personas.all().map((p) => p.id),
      );
    },
    async reset() {
      deps.emulator.reset();
      await deps.afterEmulatorReset();
      deps.personas.reset();
      let storage: "flushed" | "kept" = "kept";
      let note: string | undefined = "storage is not the launcher's own redis-server, so it was kept";
      if (deps.storage.owned) {
        const res = await fetch(deps.storage.url, {
          method: "POST",
          headers: { authorization: `Bearer ${deps.storage.token}`, "content-type": "application/json" },
          body: JSON.stringify(["FLUSHDB"]),
        });
        if (!res.ok) throw new Error(`FLUSHDB failed: ${res.status}`);
        storage = "flushed";
        note = undefined;
      }
      await sync();
      return { storage, ...(note ? { note } : {}) };
    },
  };
}
