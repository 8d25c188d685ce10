// Injected WeChat errors: the next `count` calls (of one API, to one openid, if given) fail with `errcode`.
import { KNOWN_CODES } from "./errors.ts";

/** The APIs a fault can be aimed at. */
export const FAULT_APIS = ["custom", "template", "menu", "token"] as const;
export type FaultApi = (typeof FAULT_APIS)[number];

/** An injected error, e.g. `{errcode: 45015, openid: "o…"}` or `{errcode: 45009, count: 100}`. */
export interface WxFault {
  errcode: number;
  count: number;
  api?: FaultApi;
  openid?: string;
}

/** Validates a fault from the control API; throws a message naming the bad field. */
export function parseFault(raw: Record<string, unknown>): WxFault {
  const errcode = Number(raw.errcode);
  if (!KNOWN_CODES.has(errcode)) {
    throw new Error(`errcode must be one of ${[...KNOWN_CODES].sort((a, b) => a - b).join(", ")}`);
  }
  const count = raw.count === undefined ? 1 : Number(raw.count);
  if (!Number.isInteger(count) || count < 1) throw new Error("count must be a positive integer");
  const fault: WxFault = { errcode, count };
  if (raw.api !== undefined) {
    if (!FAULT_APIS.includes(raw.api as FaultApi))
      throw new Error(`api must be one of ${FAULT_APIS.join(", ")}`);
    fault.api = raw.api as FaultApi;
  }
  if (raw.openid !== undefined) {
    if (typeof raw.openid !== "string" || !raw.openid) throw new Error("openid must be a string");
    fault.openid = raw.openid;
  }
  return fault;
}

/** Pending faults, consumed first-come. */
export class FaultQueue {
  private queue: WxFault[] = [];

  add(fault: WxFault): void {
    this.queue.push({ ...fault });
  }

  pending(): WxFault[] {
    return this.queue.map((f) => ({ ...f }));
  }

  /** Consumes one unit of the first fault that applies to this call, and returns its code. */
  take(api: FaultApi, openid?: string): number | undefined {
    const fault = this.queue.find(
      (f) => (f.api === undefined || f.api === api) && (f.openid === undefined || f.openid === openid),
    );
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.queue.splice(this.queue.indexOf(fault), 1);
    return fault.errcode;
  }

  clear(): void {
    this.queue = [];
  }
}
