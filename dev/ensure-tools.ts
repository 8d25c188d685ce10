// Run by `npm test` before vitest: installs what a fresh Debian machine lacks (redis-server for the
// integration tests, Chromium for the browser tests), or says clearly what to install.
import { chromium, ensureTools, redisServer } from "./tools.ts";

try {
  await ensureTools([redisServer, chromium]);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
