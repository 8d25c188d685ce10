import { parseArgs } from "node:util";
import { DEFAULT_DEV_BOT, startEmulator } from "./index.ts";

/**
 * Standalone emulator: `node dev/emulator/cli.ts --port 8081 --token X [--webhook URL --secret S]`.
 * Prints the API root and keeps running until interrupted.
 */
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8081" },
    host: { type: "string", default: "127.0.0.1" },
    token: { type: "string" },
    webhook: { type: "string" },
    secret: { type: "string" },
    "rate-limit": { type: "string" },
    "strict-chats": { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
});

if (!values.token) {
  console.error(
    "usage: node dev/emulator/cli.ts --token <bot token> [--port 8081] [--webhook URL --secret S]",
  );
  process.exit(2);
}

const perSecond = values["rate-limit"] ? Number(values["rate-limit"]) : undefined;
const emulator = await startEmulator({
  port: Number(values.port),
  host: values.host,
  token: values.token,
  botInfo: DEFAULT_DEV_BOT,
  webhookUrl: values.webhook,
  webhookSecret: values.secret,
  strictChats: values["strict-chats"],
  rateLimit: perSecond ? { perSecond } : null,
  log: (line) => console.error(line),
});

console.log(`Telegram Bot API emulator on ${emulator.url} (control API: ${emulator.url}/__emu/)`);
if (!values.quiet) {
  emulator.onEvent((event) => {
    if (event.type !== "call") return;
    const call = event.call as {
      method: string;
      response: { ok: boolean; error_code?: number; description?: string };
    };
    const outcome = call.response.ok
      ? "ok"
      : `${call.response.error_code} ${call.response.description ?? ""}`;
    console.log(`  ${call.method} → ${outcome}`);
  });
}

const stop = () => {
  emulator.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
