import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { RespConnection } from "./resp.ts";
import { ensureTools, redisServer } from "./tools.ts";

const READY_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;

/** A running redis-server; `stop()` resolves once the process has exited. */
export type RedisHandle = { url: string; port: number; stop(): Promise<void> };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => server.once("error", fail).listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === "string") throw new Error("could not determine a free port");
  return address.port;
}

// Redis runs behind a shell that holds our stdin pipe: when this process dies for any reason (even
// SIGKILL, where no 'exit' handler runs) the pipe reaches EOF and the watcher stops redis, so it is never
// orphaned. The shell prints redis's pid first so stop() can escalate to SIGKILL.
const WRAPPER = `exec 3<&0
"$0" "$@" >&2 3<&- &
pid=$!
echo "$pid"
(read _ <&3; kill -TERM "$pid" 2>/dev/null) &
watcher=$!
wait "$pid"
code=$?
kill "$watcher" 2>/dev/null
exit "$code"`;

/**
 * Starts redis-server on 127.0.0.1 and waits until it answers PING. With `persist` (which needs `dir`)
 * data is kept in an append-only file there and survives restarts; otherwise nothing touches the disk.
 */
export async function startRedis(
  opts: { dir?: string; port?: number; persist?: boolean } = {},
): Promise<RedisHandle> {
  if (opts.persist && !opts.dir) throw new Error("startRedis: `persist` needs a `dir` to keep data in");
  const [bin] = (await ensureTools([redisServer])) as [string];
  const dir = opts.dir ? resolve(opts.dir) : tmpdir();
  mkdirSync(dir, { recursive: true });
  // A port found free can be taken before redis binds it, so a picked (not a requested) port gets retries.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(bin, dir, opts.port ?? (await freePort()), opts.persist ?? false);
    } catch (err) {
      if (opts.port !== undefined || attempt >= 3) throw err;
    }
  }
}

async function launch(bin: string, dir: string, port: number, persist: boolean): Promise<RedisHandle> {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""];
  args.push("--appendonly", persist ? "yes" : "no", "--daemonize", "no", "--loglevel", "warning");
  const child = spawn("sh", ["-c", WRAPPER, bin, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  let closed = false;
  const exited = new Promise<void>((done) =>
    child.once("close", () => {
      closed = true;
      done();
    }),
  );
  const redisPid = await readPid(child);
  const signalRedis = (signal: NodeJS.Signals) => {
    try {
      if (redisPid) process.kill(redisPid, signal);
    } catch {}
  };
  const killOnExit = () => signalRedis("SIGTERM");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.off("exit", killOnExit);
    if (closed) return;
    child.stdin.end(); // the wrapper's watcher sends redis SIGTERM
    const timer = setTimeout(() => {
      signalRedis("SIGKILL");
      child.kill("SIGKILL");
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitForPing(port, redisPid, () => closed);
  } catch (err) {
    await stop();
    throw new Error(`redis-server on port ${port} did not start: ${(err as Error).message}\n${log}`);
  }
  return { url: `redis://127.0.0.1:${port}`, port, stop };
}

function readPid(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) done(Number.parseInt(out, 10) || 0);
    });
    child.once("close", () => done(0));
  });
}

// Checking process_id matters when a port was requested: another redis already listening there would
// otherwise answer the PING while ours fails to bind.
async function waitForPing(port: number, pid: number, gone: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (gone()) throw new Error("the process exited");
    try {
      const conn = await RespConnection.open(port);
      const [pong, info] = await conn.send([["PING"], ["INFO", "server"]]);
      await conn.close();
      if (pong === "PONG" && String(info).includes(`process_id:${pid}\r\n`)) return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`no PONG within ${READY_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
