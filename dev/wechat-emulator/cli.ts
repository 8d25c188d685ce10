// Standalone WeChat emulator: `node dev/wechat-emulator/cli.ts --port 8082 [--webhook URL] [--aes-key KEY]`.
import { parseArgs } from "node:util";
import { startWechatEmulator } from "./index.ts";
import type { PushMode } from "./types.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8082" },
    host: { type: "string", default: "127.0.0.1" },
    appid: { type: "string" },
    secret: { type: "string" },
    token: { type: "string" },
    "aes-key": { type: "string" },
    mode: { type: "string" },
    webhook: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

const emulator = await startWechatEmulator({
  port: Number(values.port),
  host: values.host,
  ...(values.appid ? { appId: values.appid } : {}),
  ...(values.secret ? { appSecret: values.secret } : {}),
  ...(values.token ? { token: values.token } : {}),
  ...(values["aes-key"] ? { encodingAesKey: values["aes-key"] } : {}),
  ...(values.mode ? { mode: values.mode as PushMode } : {}),
  ...(values.webhook ? { webhookUrl: values.webhook } : {}),
  log: (line) => console.error(line),
});

const s = emulator.settings;
console.log(`WeChat emulator on ${emulator.url} (control API: ${emulator.url}/__wx/)`);
console.log(`  AppId ${s.appId}, account ${s.account}, ${s.mode} mode, webhook ${s.webhookUrl ?? "(none)"}`);
if (!values.quiet) {
  emulator.onEvent((event) => {
    if (event.type === "call") {
      const call = event.call as { method: string; response: { ok: boolean; error_code?: number } };
      console.log(`  ${call.method} → ${call.response.ok ? "ok" : call.response.error_code}`);
    }
  });
}

const stop = () => {
  emulator.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
