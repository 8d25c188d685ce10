/** The console's dependencies built from the Worker's runtime (kept apart so tests can build their own). */
import { bundledI18n } from "../locales.ts";
import type { Runtime } from "../runtime.ts";
import { deriveConsoleKeys } from "./auth/keys.ts";
import type { ConsoleDeps } from "./deps.ts";

// Keys are derived once per runtime (per isolate and env), not on every request.
const built = new WeakMap<Runtime, Promise<ConsoleDeps>>();

/** The console's dependencies for a runtime, built on first use. */
export function consoleDeps(runtime: Runtime): Promise<ConsoleDeps> {
  let deps = built.get(runtime);
  if (!deps) {
    deps = deriveConsoleKeys(runtime.config.TELEGRAM_BOT_TOKEN).then((keys) => ({
      staff: runtime.config.STAFF,
      redis: runtime.redis,
      keys,
      now: Date.now,
      i18n: bundledI18n(),
      timeZone: runtime.config.TIMEZONE,
      bot: `@${runtime.bot.botInfo.username}`,
      domain: runtime.deps,
    }));
    built.set(runtime, deps);
  }
  return deps;
}
