import type { AddressInfo } from "node:net";
import type { CallFilter } from "./calls.ts";
import { createCore, resetCore } from "./core.ts";
import type { DeliveryResult } from "./delivery.ts";
import type { FaultSpec } from "./faults.ts";
import { applyWebhook } from "./methods/webhook.ts";
import { createEmulatorServer } from "./server.ts";
import type { BlockReason, CallRecord, EmuEvent, EmulatorOptions, LogEntry, RateLimit } from "./types.ts";
import { type CallbackInput, rawUpdate, type SendInput, userCallback, userSend } from "./users.ts";

export { DEFAULT_DEV_BOT } from "./bot-info.ts";
export type { CallFilter } from "./calls.ts";
export type { DeliveryResult } from "./delivery.ts";
export type { FaultSpec } from "./faults.ts";
export type * from "./types.ts";
export type { CallbackInput, MediaInput, SendInput, UserInput } from "./users.ts";

/** A running emulator. Everything here is also reachable over HTTP under `/__emu/`. */
export interface Emulator {
  /** Base URL: use as grammY's `apiRoot` / the Worker's TELEGRAM_API_ROOT. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Recorded Bot API calls, oldest first. */
  calls(filter?: CallFilter): CallRecord[];
  /** Resolves with the matching calls once at least one exists, or [] after `timeoutMs`. */
  waitForCalls(filter: CallFilter, timeoutMs?: number): Promise<CallRecord[]>;
  clearCalls(): void;
  /** Forgets chats, calls, files, faults and settings (the webhook stays). */
  reset(): void;
  /** Where updates go; null removes the webhook (updates then wait for getUpdates). */
  setWebhook(url: string | null, secret?: string): void;
  /** A user sends a message; resolves with the webhook's answer. */
  send(input: SendInput): Promise<DeliveryResult>;
  /** A user presses an inline button; `answer` is the bot's answerCallbackQuery, if any. */
  callback(input: CallbackInput): Promise<DeliveryResult & { answer?: unknown }>;
  /** Delivers a hand-made update. */
  update(update: Record<string, unknown>): Promise<DeliveryResult>;
  /** A chat's log, deleted messages included (flagged). */
  messages(chatId: number): LogEntry[];
  injectFault(fault: Partial<FaultSpec> & Pick<FaultSpec, "kind">): void;
  block(chatId: number, blocked?: boolean, reason?: BlockReason): void;
  setRateLimit(rate: RateLimit | null): void;
  /** Subscribes to emulator events; returns the unsubscribe function. */
  onEvent(listener: (event: EmuEvent) => void): () => void;
  /** Publishes an event of the host (e.g. the simulator's worker status) on the same stream. */
  emit(type: string, fields?: Record<string, unknown>): void;
}

/**
 * Starts a local Telegram Bot API: `/bot{token}/{method}` and `/file/bot{token}/{path}` behave
 * like api.telegram.org (shapes, error wording, limits), and `/__emu/*` drives it.
 */
export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const core = createCore(opts);
  const server = createEmulatorServer(core);
  const host = core.opts.host;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url,
    port,
    close: async () => {
      core.events.closeAll();
      core.updates.close();
      core.calls.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    calls: (filter) => core.calls.query(filter),
    waitForCalls: (filter, timeoutMs = 5000) => core.calls.wait(filter, timeoutMs),
    clearCalls: () => core.calls.clear(),
    reset: () => resetCore(core),
    setWebhook: (webhookUrl, secret) => applyWebhook(core, webhookUrl ?? undefined, secret),
    send: (input) => userSend(core, input),
    callback: (input) => userCallback(core, input),
    update: (update) => rawUpdate(core, update),
    messages: (chatId) => core.chats.get(chatId)?.log ?? [],
    injectFault: (fault) => core.faults.add({ count: 1, ...fault }),
    block: (chatId, blocked = true, reason = "blocked") => {
      core.faults.block(chatId, blocked, reason);
      core.events.emit("block", { chat_id: chatId, blocked, reason });
    },
    setRateLimit: (rate) => core.faults.setRateLimit(rate),
    onEvent: (listener) => core.events.subscribe(listener),
    emit: (type, fields) => void core.events.emit(type, fields),
  };
}
