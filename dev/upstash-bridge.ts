import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type RespArg, RespClient, RespError, type RespValue } from "./resp.ts";

const MAX_BODY_BYTES = 10 * 1024 * 1024;

// Commands that would block the shared connection or change its state for every later request. Upstash
// does not offer them over REST either (pub/sub and MONITOR have their own streaming endpoints there).
const UNAVAILABLE = new Set(
  `auth blmove blmpop blpop brpop brpoplpush bzmpop bzpopmax bzpopmin client discard exec hello monitor multi
  psubscribe punsubscribe quit reset select ssubscribe subscribe sunsubscribe unsubscribe unwatch wait waitaof
  watch`.split(/\s+/),
);

type Entry = { result: RespValue } | { error: string };

/** Thrown for requests that get a whole-request error body instead of a result. */
class HttpError extends Error {
  status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Where redis is (redis://[[user]:password@]host[:port][/db]), the token to demand, where to listen. */
export type BridgeOptions = { redisUrl: string; token: string; port?: number; host?: string };

/** The running bridge; `url` is what UPSTASH_REDIS_REST_URL should be set to. */
export type BridgeHandle = { url: string; port: number; close(): Promise<void> };

/**
 * Serves the Upstash Redis REST protocol (as spoken by @upstash/redis) in front of a local redis-server:
 * `POST /` with a JSON command, `/pipeline`, `/multi-exec`, and commands in the URL path.
 */
export async function startBridge(opts: BridgeOptions): Promise<BridgeHandle> {
  const target = redisTarget(opts.redisUrl);
  const redis = new RespClient(target.port, target.host, target.init);
  const server = createServer((req, res) => {
    handle(req, res, redis, opts.token).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof HttpError ? err.message : `ERR bridge: ${(err as Error).message}`;
      reply(res, status, { error: message });
    });
  });
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((done, fail) => server.once("error", fail).listen(opts.port ?? 0, host, done));
  const port = (server.address() as AddressInfo).port;
  const close = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await redis.close();
  };
  return { url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`, port, close };
}

// redis://[[user]:password@]host[:port][/db], as in REDIS_URL; the password and db become AUTH and SELECT.
function redisTarget(redisUrl: string): { port: number; host: string; init: RespArg[][] } {
  const url = new URL(redisUrl);
  if (url.protocol !== "redis:") throw new Error(`startBridge: only redis:// URLs work, not ${url.protocol}`);
  const [user, password] = [url.username, url.password].map(decodeURIComponent);
  const init: RespArg[][] = password ? [user ? ["AUTH", user, password] : ["AUTH", password]] : [];
  if (url.pathname.length > 1) init.push(["SELECT", url.pathname.slice(1)]);
  return { port: Number(url.port || 6379), host: url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1", init };
}

async function handle(req: IncomingMessage, res: ServerResponse, redis: RespClient, token: string) {
  const url = new URL(req.url ?? "/", "http://bridge");
  if (!authorized(req.headers.authorization, url.searchParams.get("_token"), token)) {
    throw new HttpError(401, "Unauthorized");
  }
  if (!["GET", "HEAD", "POST", "PUT"].includes(req.method ?? ""))
    throw new HttpError(405, "Method Not Allowed");
  const body = await readBody(req);
  const base64 = String(req.headers["upstash-encoding"]).toLowerCase() === "base64";
  const path = url.pathname.replace(/\/+$/, "");

  if (path === "/pipeline" || path === "/multi-exec") {
    const commands = parseJson(body);
    if (!Array.isArray(commands) || commands.length === 0) {
      throw new HttpError(400, "ERR the request body must be a non-empty array of commands");
    }
    const args = commands.map(toArgs);
    const entries = path === "/pipeline" ? await pipeline(redis, args) : await multiExec(redis, args);
    const payload = entries.map((e) => ("error" in e ? e : { result: encode(e.result, base64) }));
    return reply(res, 200, payload);
  }
  const command = path === "" ? toArgs(parseJson(body)) : pathCommand(path, url, body);
  const [entry] = await pipeline(redis, [command]);
  if (!entry || "error" in entry) throw new HttpError(400, entry?.error ?? "ERR no reply");
  return reply(res, 200, { result: encode(entry.result, base64) });
}

async function pipeline(redis: RespClient, commands: RespArg[][]): Promise<Entry[]> {
  const refusals = commands.map(unavailable);
  const replies = await redis.send(commands.filter((_, i) => !refusals[i]));
  let next = 0;
  return refusals.map((error) => (error ? { error } : toEntry(replies[next++] ?? null)));
}

// MULTI, the commands and EXEC go out in one write, so nothing else can run on the connection in between.
async function multiExec(redis: RespClient, commands: RespArg[][]): Promise<Entry[]> {
  const refused = commands.map(unavailable).find(Boolean);
  if (refused) throw new HttpError(400, refused);
  const replies = await redis.send([["MULTI"], ...commands, ["EXEC"]]);
  // Like Upstash, a command rejected while queueing discards the whole transaction with that error.
  const queueError = replies.find((r) => r instanceof RespError);
  const exec = replies.at(-1);
  if (queueError instanceof RespError) throw new HttpError(400, queueError.message);
  if (!Array.isArray(exec)) throw new HttpError(400, "ERR transaction discarded");
  return exec.map(toEntry);
}

function toEntry(value: RespValue): Entry {
  return value instanceof RespError ? { error: value.message } : { result: value };
}

function unavailable(command: RespArg[]): string | undefined {
  const name = String(command[0] ?? "").toLowerCase();
  const blocking =
    (name === "xread" || name === "xreadgroup") && command.some((a) => /^block$/i.test(String(a)));
  return UNAVAILABLE.has(name) || blocking ? `ERR Command is not available: '${name}'` : undefined;
}

/**
 * Shapes a reply as Upstash does: with base64 on, every string is base64 of its raw bytes except a
 * simple-string "OK"; without it, bytes are decoded as UTF-8 with U+FFFD for invalid sequences.
 */
function encode(value: RespValue, base64: boolean): unknown {
  if (value === null || typeof value === "number") return value;
  if (value instanceof RespError) return encode(value.message, base64);
  if (Array.isArray(value)) return value.map((v) => encode(v, base64));
  if (typeof value !== "string") return value.toString(base64 ? "base64" : "utf8");
  return base64 && value !== "OK" ? Buffer.from(value).toString("base64") : value;
}

function toArgs(command: unknown): RespArg[] {
  if (!Array.isArray(command) || command.length === 0) {
    throw new HttpError(400, "ERR a command must be a non-empty JSON array");
  }
  return command.map((arg) => {
    if (typeof arg === "string") return arg;
    if (typeof arg === "number" || typeof arg === "boolean") return String(arg);
    throw new HttpError(400, `ERR invalid command argument: ${JSON.stringify(arg)}`);
  });
}

// `/set/k/v?EX=10` with an optional raw POST body appended after the path args and before the query args.
function pathCommand(path: string, url: URL, body: Buffer): RespArg[] {
  let args: RespArg[];
  try {
    args = path.slice(1).split("/").map(decodeURIComponent);
  } catch {
    throw new HttpError(400, "ERR malformed percent-encoding in the request path");
  }
  if (body.length > 0) args.push(body);
  for (const [key, value] of url.searchParams) {
    if (key !== "_token") args.push(key, ...(value ? [value] : []));
  }
  return args;
}

function authorized(header: string | undefined, queryToken: string | null, token: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer\s+(.+)$/i)?.[1] ?? queryToken ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// Past the limit the rest is drained rather than cut off, so the client still reads the error reply.
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("error", reject);
    req.on("end", () => {
      if (size <= MAX_BODY_BYTES) return resolve(Buffer.concat(chunks));
      reject(new HttpError(400, `ERR max request size exceeded. Limit: ${MAX_BODY_BYTES} bytes`));
    });
  });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch (err) {
    throw new HttpError(400, `ERR failed to parse the request body as JSON: ${(err as Error).message}`);
  }
}

function reply(res: ServerResponse, status: number, payload: unknown): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}
