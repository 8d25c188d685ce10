import type { Update } from "grammy/types";
import { ApiError } from "./errors.ts";

const MAX_PENDING = 1000;

interface Waiter {
  wake: () => void;
  conflict: () => void;
}

/** Updates waiting for getUpdates when no webhook is set, with Telegram's long-poll rules. */
export class UpdateQueue {
  private items: Update[] = [];
  private waiter: Waiter | undefined;

  get size(): number {
    return this.items.length;
  }

  push(update: Update): void {
    this.items.push(update);
    // Telegram keeps undelivered updates for a day; a bound stands in for that.
    if (this.items.length > MAX_PENDING) this.items.splice(0, this.items.length - MAX_PENDING);
    this.waiter?.wake();
  }

  private confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset < 0) this.items = this.items.slice(offset);
    else this.items = this.items.filter((u) => u.update_id >= offset);
  }

  /**
   * getUpdates: confirms updates below `offset`, then returns up to `limit`, waiting up to
   * `timeoutSec` for one. A second concurrent poll ends the first with Telegram's 409.
   */
  async take(
    offset: number | undefined,
    limit: number,
    timeoutSec: number,
    signal?: AbortSignal,
  ): Promise<Update[]> {
    this.confirm(offset);
    if (this.items.length === 0 && timeoutSec > 0) {
      this.waiter?.conflict();
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          if (this.waiter === waiter) this.waiter = undefined;
        };
        const waiter: Waiter = {
          wake: () => {
            done();
            resolve();
          },
          conflict: () => {
            done();
            reject(
              new ApiError(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
              ),
            );
          },
        };
        const timer = setTimeout(waiter.wake, timeoutSec * 1000);
        signal?.addEventListener("abort", waiter.wake);
        this.waiter = waiter;
      });
    }
    return this.items.slice(0, limit);
  }

  clear(): void {
    this.items = [];
  }

  /** Ends a pending long poll (on shutdown). */
  close(): void {
    this.waiter?.wake();
  }
}
