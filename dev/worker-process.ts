import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { waitForHttp } from "./net.ts";

const root = join(import.meta.dirname, "..");

/** How `wrangler dev` is run; `vars` become `--var` flags, so changing them needs a restart. */
export interface WorkerProcessOptions {
  port: number;
  persistDir: string;
  /** "inherit" prints wrangler's output; a function receives it instead (tests keep it quiet). */
  output: "inherit" | ((chunk: string) => void);
  /** Called when wrangler exits without being asked to (a crash, a bad config). */
  onUnexpectedExit: (code: number | null) => void;
}

/** A running `wrangler dev` that can be restarted with new vars while Redis and the emulator stay up. */
export interface WorkerProcess {
  url: string;
  /** Stops wrangler and starts it again with `vars`; resolves once /healthz answers. */
  restart(vars: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

function launch(opts: WorkerProcessOptions, vars: Record<string, string>): ChildProcess {
  const args = ["dev", "--port", String(opts.port), "--ip", "127.0.0.1", "--local", "--test-scheduled"];
  args.push("--persist-to", opts.persistDir, "--show-interactive-dev-session=false");
  for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
  // Its own process group, so stopping kills workerd too and leaves no orphans.
  const piped = opts.output !== "inherit";
  // This Node (24, from node_modules) rather than whatever `node` is first on PATH: wrangler refuses
  // Node 20, which may be the machine's global one when the launcher is run without npm.
  const child = spawn(process.execPath, [join(root, "node_modules/wrangler/bin/wrangler.js"), ...args], {
    cwd: root,
    detached: true,
    stdio: ["ignore", piped ? "pipe" : "inherit", piped ? "pipe" : "inherit"],
    // No metrics, and no fetch of Cloudflare's `request.cf` sample: offline it fails with a stack trace
    // that looks like an error, and the Worker reads nothing from request.cf.
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  });
  if (typeof opts.output === "function") {
    const sink = opts.output;
    child.stdout?.on("data", (chunk: Buffer) => sink(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => sink(chunk.toString()));
  }
  return child;
}

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  try {
    if (child?.pid) process.kill(-child.pid, signal);
  } catch {}
}

async function terminate(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
  // workerd may outlive wrangler by a moment; the group kill makes sure the port is released.
  killGroup(child, "SIGKILL");
}

/** Starts `wrangler dev` with `vars` and waits until the Worker answers /healthz. */
export async function startWorkerProcess(
  opts: WorkerProcessOptions,
  vars: Record<string, string>,
): Promise<WorkerProcess> {
  const url = `http://127.0.0.1:${opts.port}`;
  let child: ChildProcess | undefined;
  let expected = false;
  const killOnExit = () => killGroup(child, "SIGKILL");
  process.on("exit", killOnExit);

  const run = async (next: Record<string, string>) => {
    expected = false;
    child = launch(opts, next);
    const current = child;
    let starting = true;
    const died = new Promise<never>((_, reject) =>
      current.once("exit", (code) => {
        if (starting) reject(new Error(`wrangler dev exited (${code}) before the Worker answered`));
        else if (!expected && current === child) opts.onUnexpectedExit(code);
      }),
    );
    died.catch(() => undefined);
    try {
      await Promise.race([waitForHttp(`${url}/healthz`, 90_000), died]);
    } finally {
      starting = false;
    }
  };

  try {
    await run(vars);
  } catch (err) {
    expected = true;
    process.off("exit", killOnExit);
    await terminate(child);
    throw err;
  }
  return {
    url,
    async restart(next) {
      expected = true;
      await terminate(child);
      await run(next);
    },
    async stop() {
      expected = true;
      process.off("exit", killOnExit);
      await terminate(child);
    },
  };
}
