import { once } from "node:events";
import { connect, type Socket } from "node:net";

/** A command-level error reply (`-ERR ...`) from Redis. */
export class RespError extends Error {
  override name = "RespError";
}

/** A RESP2 reply. Simple strings are strings, bulk strings Buffers: binary-safe, and `+OK` ≠ stored "OK". */
export type RespValue = string | Buffer | number | null | RespError | RespValue[];

/** One argument of a command; strings are sent as UTF-8. */
export type RespArg = string | Buffer;

/** Serialises one command as a RESP array of bulk strings. */
export function encodeCommand(args: readonly RespArg[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = typeof arg === "string" ? Buffer.from(arg, "utf8") : arg;
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"));
  }
  return Buffer.concat(parts);
}

// Returns either a complete value or the minimum buffer length needed before trying again, so a large
// bulk reply arriving in many chunks is parsed once rather than on every chunk.
function parseAt(buf: Buffer, pos: number): { value: RespValue; end: number } | number {
  const lineEnd = buf.indexOf("\r\n", pos);
  if (lineEnd < 0) return buf.length + 1;
  const line = buf.toString("utf8", pos + 1, lineEnd);
  const next = lineEnd + 2;
  switch (buf.toString("latin1", pos, pos + 1)) {
    case "+":
      return { value: line, end: next };
    case "-":
      return { value: new RespError(line), end: next };
    case ":":
      return { value: Number(line), end: next };
    case "$": {
      const len = Number(line);
      if (len < 0) return { value: null, end: next };
      const end = next + len + 2;
      return buf.length < end ? end : { value: buf.subarray(next, next + len), end };
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return { value: null, end: next };
      const items: RespValue[] = [];
      let at = next;
      for (let i = 0; i < count; i++) {
        const item = parseAt(buf, at);
        if (typeof item === "number") return item;
        items.push(item.value);
        at = item.end;
      }
      return { value: items, end: at };
    }
    default:
      throw new Error(`RESP protocol error: unexpected type byte ${buf[pos]} at offset ${pos}`);
  }
}

/** Incremental RESP2 reply parser: feed it socket chunks, get back every reply completed so far. */
export class RespParser {
  private chunks: Buffer[] = [];
  private size = 0;
  private need = 1;

  push(chunk: Buffer): RespValue[] {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size < this.need) return [];
    let buf = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.size);
    const out: RespValue[] = [];
    let parsed = parseAt(buf, 0);
    while (typeof parsed !== "number") {
      out.push(parsed.value);
      buf = buf.subarray(parsed.end);
      parsed = buf.length > 0 ? parseAt(buf, 0) : 1;
    }
    this.need = parsed;
    this.chunks = buf.length > 0 ? [buf] : [];
    this.size = buf.length;
    return out;
  }
}

type Pending = { count: number; replies: RespValue[]; resolve(v: RespValue[]): void; reject(e: Error): void };

/**
 * One Redis connection. Replies are matched to requests through a FIFO queue, and each `send` writes its
 * whole batch at once, so concurrent batches never interleave (this is what makes MULTI/EXEC safe here).
 */
export class RespConnection {
  private readonly socket: Socket;
  private readonly parser = new RespParser();
  private readonly pending: Pending[] = [];
  private failure: Error | null = null;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", (err) => this.fail(err));
    socket.on("close", () => this.fail(new Error("redis connection closed")));
  }

  /** Opens a TCP connection and runs `init` (e.g. AUTH, SELECT) on it, failing on any error reply. */
  static async open(port: number, host = "127.0.0.1", init: RespArg[][] = []): Promise<RespConnection> {
    const socket = connect({ port, host });
    await once(socket, "connect"); // rejects with the socket's error, e.g. ECONNREFUSED
    const conn = new RespConnection(socket);
    const failed = (await conn.send(init)).find((reply) => reply instanceof RespError);
    if (!failed) return conn;
    await conn.close();
    throw failed;
  }

  /** False once the socket failed or closed; such a connection must be discarded. */
  get usable(): boolean {
    return this.failure === null;
  }

  /** Sends a batch of commands in one write and resolves with their replies, in order. */
  send(commands: readonly (readonly RespArg[])[]): Promise<RespValue[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (commands.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.pending.push({ count: commands.length, replies: [], resolve, reject });
      this.socket.write(Buffer.concat(commands.map(encodeCommand)));
    });
  }

  close(): Promise<void> {
    this.fail(new Error("redis connection closed by client"));
    if (this.socket.closed) return Promise.resolve();
    return new Promise((resolve) => this.socket.end(resolve));
  }

  private onData(chunk: Buffer): void {
    try {
      for (const reply of this.parser.push(chunk)) {
        const head = this.pending[0];
        if (!head) throw new Error("RESP protocol error: reply without a pending request");
        head.replies.push(reply);
        if (head.replies.length < head.count) continue;
        this.pending.shift();
        head.resolve(head.replies);
      }
    } catch (err) {
      this.fail(err as Error);
      this.socket.destroy();
    }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.splice(0)) p.reject(err);
  }
}

/**
 * A self-healing shared connection: opened lazily, replaced after a failure. Redis runs one command at a
 * time anyway, so pipelining every request over one FIFO connection costs no throughput; callers must
 * keep blocking and connection-state commands (BLPOP, SELECT, SUBSCRIBE, ...) off it.
 */
export class RespClient {
  private readonly open: () => Promise<RespConnection>;
  private current: RespConnection | null = null;
  private connecting: Promise<RespConnection> | null = null;
  private closed = false;

  constructor(port: number, host = "127.0.0.1", init: RespArg[][] = []) {
    this.open = () => RespConnection.open(port, host, init);
  }

  /** Sends a batch in one write (see {@link RespConnection.send}), reconnecting first if needed. */
  async send(commands: readonly (readonly RespArg[])[]): Promise<RespValue[]> {
    return (await this.connection()).send(commands);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.current?.close();
  }

  private async connection(): Promise<RespConnection> {
    if (this.closed) throw new Error("redis client is closed");
    if (this.current?.usable) return this.current;
    // Concurrent callers share one connection attempt instead of each opening a socket.
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    this.current = await this.connecting;
    if (this.closed) void this.current.close(); // close() ran while connecting and missed this socket
    return this.current;
  }
}
