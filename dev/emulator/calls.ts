import type { CallRecord } from "./types.ts";

/** Which calls to return: after a seq, of a method, to a chat. */
export interface CallFilter {
  since?: number;
  method?: string;
  chat_id?: number | string;
}

function matches(call: CallRecord, filter: CallFilter): boolean {
  if (filter.since !== undefined && call.seq <= filter.since) return false;
  if (filter.method !== undefined && call.method.toLowerCase() !== filter.method.toLowerCase()) return false;
  if (filter.chat_id !== undefined && String(call.params.chat_id) !== String(filter.chat_id)) return false;
  return true;
}

interface Waiter {
  filter: CallFilter;
  resolve: (calls: CallRecord[]) => void;
}

/** Every Bot API call in order, bounded; supports waiting for a matching call to arrive. */
export class CallLog {
  private seq = 0;
  private items: CallRecord[] = [];
  private waiters = new Set<Waiter>();
  private readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  /** Latest seq handed out, so tests can ask for "calls after now". */
  get lastSeq(): number {
    return this.seq;
  }

  add(call: Omit<CallRecord, "seq">): CallRecord {
    const record: CallRecord = { seq: ++this.seq, ...call };
    this.items.push(record);
    if (this.items.length > this.max) this.items.splice(0, this.items.length - this.max);
    for (const waiter of this.waiters) {
      if (!matches(record, waiter.filter)) continue;
      this.waiters.delete(waiter);
      waiter.resolve(this.query(waiter.filter));
    }
    return record;
  }

  query(filter: CallFilter = {}): CallRecord[] {
    return this.items.filter((call) => matches(call, filter));
  }

  /** Matching calls now, or the first ones to arrive within `ms` (empty on timeout). */
  wait(filter: CallFilter, ms: number): Promise<CallRecord[]> {
    const now = this.query(filter);
    if (now.length > 0 || ms <= 0) return Promise.resolve(now);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        filter,
        resolve: (calls) => {
          clearTimeout(timer);
          resolve(calls);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve([]);
      }, ms);
      this.waiters.add(waiter);
    });
  }

  /** Forgets the calls; seq keeps counting so `since` cursors stay valid. */
  clear(): void {
    this.items = [];
  }

  /** Releases pending waiters (on shutdown). */
  close(): void {
    for (const waiter of this.waiters) waiter.resolve([]);
    this.waiters.clear();
  }
}
