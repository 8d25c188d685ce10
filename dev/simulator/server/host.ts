import { type PersonId, wechatPerson } from "../../../src/people/id.ts";
import { createRedis, type Redis } from "../../../src/store/redis.ts";
import type { Emulator } from "../../emulator/index.ts";
import { readBroadcasts } from "./broadcasts.ts";
import { mergeStaff, type Persona, type PersonaStore } from "./personas.ts";
import type { SimulatorHost, WorkerState } from "./routes.ts";
import { forwardWechatEvents, type WechatLink } from "./wechat.ts";

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
  /** Gives WeChat personas the WeChat emulator (started after the host); its events join the page's stream. */
  attachWechat(link: WechatLink): void;
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
  let wechat: WechatLink | undefined;

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
    wechat: () => wechat,
    attachWechat(link) {
      wechat = link;
      forwardWechatEvents(link.emulator, deps.emulator);
    },
    broadcasts() {
      redis ??= createRedis({ url: deps.storage.url, token: deps.storage.token });
      return readBroadcastsForPersonas(redis, deps.personas.all());
    },
    async reset() {
      deps.emulator.reset();
      await deps.afterEmulatorReset();
      if (wechat) {
        wechat.emulator.reset();
        await wechat.setupMenu();
      }
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

/** The broadcasts with what each persona got, keyed by persona id whichever channel she is on (a WeChat persona is `wx:` + her openid to the engine). */
async function readBroadcastsForPersonas(redis: Redis, personas: readonly Persona[]) {
  const byPerson = new Map<string, number>();
  for (const p of personas) {
    const person: PersonId | null = p.channel === "wechat" && p.openid ? wechatPerson(p.openid) : p.id;
    if (person !== null) byPerson.set(String(person), p.id);
  }
  const views = await readBroadcasts(redis, [...byPerson.keys()] as PersonId[]);
  return views.map((view) => ({
    ...view,
    personas: Object.fromEntries(
      Object.entries(view.personas).map(([person, got]) => [String(byPerson.get(person) ?? person), got]),
    ),
  }));
}
