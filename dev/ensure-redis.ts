// Run by `npm test` before vitest: the dev and integration tests start a real redis-server, and a
// missing binary is far clearer reported here than as a failure inside every suite's setup.
import { ensureRedisInstalled } from "./redis.ts";

try {
  await ensureRedisInstalled();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
