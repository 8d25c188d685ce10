import type { IncomingMessage, ServerResponse } from "node:http";
import { corsHeaders } from "./http-util.ts";
import type { EmuEvent } from "./types.ts";

const REPLAY = 1000;
const HEARTBEAT_MS = 15_000;

/**
 * Fan-out of emulator events to in-process listeners and Server-Sent Events clients. Recent
 * events are kept so a page that reconnects (Last-Event-ID) misses nothing.
 */
export class EventHub {
  private seq = 0;
  private recent: EmuEvent[] = [];
  private readonly listeners = new Set<(event: EmuEvent) => void>();
  private readonly clients = new Set<ServerResponse>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;

  emit(type: string, fields: Record<string, unknown> = {}): EmuEvent {
    const event: EmuEvent = { ...fields, id: ++this.seq, at: Date.now(), type };
    this.recent.push(event);
    if (this.recent.length > REPLAY) this.recent.splice(0, this.recent.length - REPLAY);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener must not break the Bot API call that caused the event.
      }
    }
    if (this.clients.size > 0) {
      const frame = `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;
      for (const client of this.clients) client.write(frame);
    }
    return event;
  }

  /** Calls `listener` for every event from now on; returns the unsubscribe function. */
  subscribe(listener: (event: EmuEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events after `id` still in the replay buffer. */
  since(id: number): EmuEvent[] {
    return this.recent.filter((e) => e.id > id);
  }

  /** Turns a request into an SSE stream, replaying what the client missed. */
  attach(req: IncomingMessage, res: ServerResponse, url: URL): void {
    res.writeHead(200, {
      ...corsHeaders(req),
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write("retry: 1000\n\n");
    const last = Number(req.headers["last-event-id"] ?? url.searchParams.get("since") ?? Number.NaN);
    if (Number.isFinite(last)) {
      for (const event of this.since(last)) res.write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
    }
    this.clients.add(res);
    res.on("close", () => this.clients.delete(res));
    // Comment lines keep proxies and idle timeouts from closing a quiet stream.
    this.heartbeat ??= setInterval(() => {
      for (const client of this.clients) client.write(": ping\n\n");
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  clearReplay(): void {
    this.recent = [];
  }

  closeAll(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    for (const client of this.clients) client.end();
    this.clients.clear();
    this.listeners.clear();
  }
}
