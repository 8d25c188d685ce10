// `npm start`: the whole bot on one machine, no internet needed (see dev/stack.ts).
import { startStack } from "./stack.ts";

let stopping = false;
let stack: Awaited<ReturnType<typeof startStack>> | undefined;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stack?.stop().catch(() => undefined);
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
// `kill -TERM <npm's pid>` stops npm and its shell but not this process, which the system then adopts:
// a new parent means whoever started us is gone, so stop everything rather than be orphaned.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 500).unref();

stack = await startStack({
  env: process.env,
  onWorkerExit: (code) => {
    if (stopping) return;
    console.error(`wrangler dev exited (${code}); stopping.`);
    void shutdown(1);
  },
});
const base = stack.workerUrl;
const local = stack.emulator !== undefined;
const wechat = stack.wechat
  ? `  WeChat      ${stack.wechat.url}   (WeChat emulator, control API /__wx; pushes to ${base}/wechat/webhook in safe mode, Token "${stack.wechat.token}")\n`
  : "";
console.log(`
Jinguo is running.
  Worker      ${base}   (webhook: POST ${base}/telegram/webhook, secret "${stack.secret}")
  Console     ${stack.consoleUrl}   (staff: send /console to the bot, or press its menu button)
  Bot API     ${stack.apiRoot}${local ? "   (local emulator)" : ""}
  Storage     ${stack.storage.url}   (Upstash REST${stack.storage.upstash ? "" : " bridge → redis-server"})
${wechat}${stack.simulatorUrl ? `  Simulator   ${stack.simulatorUrl}\n` : ""}Press Ctrl-C to stop.`);
