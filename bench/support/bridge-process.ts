// The Upstash bridge in a child process, so a bench's CPU and render figures are its own side's alone.
import { spawn } from "node:child_process";
import { join } from "node:path";

/** A running bridge child; `stop()` resolves once the process has exited (no handle outlives it). */
export type BridgeProcess = { url: string; stop: () => Promise<void> };

/** Starts dev/upstash-bridge.ts in its own Node process in front of `redisUrl`, demanding `token`. */
export async function startBridgeProcess(redisUrl: string, token: string): Promise<BridgeProcess> {
  const bridge = join(import.meta.dirname, "../../dev/upstash-bridge.ts");
  const code = `const { startBridge } = await import(${JSON.stringify(bridge)});
const b = await startBridge({ redisUrl: ${JSON.stringify(redisUrl)}, token: ${JSON.stringify(token)} });
console.log(b.url);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const url = await new Promise<string>((done, fail) => {
    child.stdout.once("data", (chunk: Buffer) => done(chunk.toString().trim()));
    child.once("exit", (c) => fail(new Error(`bridge exited with ${c}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
