import type { Core } from "./core.ts";
import { ApiError, Described, tooManyRequests } from "./errors.ts";
import { faultError } from "./faults.ts";
import { sleep } from "./http-util.ts";
import { lookupMethod } from "./methods/index.ts";
import { describeParams, type Params } from "./params.ts";
import type { CallRecord } from "./types.ts";

/** How to answer one Bot API call over HTTP. */
export interface Outcome {
  status: number;
  body: string;
  contentType: string;
  /** Drop the connection without answering (injected network fault). */
  destroy?: boolean;
  call: CallRecord;
}

/** Logs a call and publishes it; used for every call, including refused ones. */
export function recordCall(
  core: Core,
  method: string,
  p: Params,
  response: CallRecord["response"],
  source: CallRecord["source"],
  result?: unknown,
): CallRecord {
  const call = core.calls.add({
    method,
    params: describeParams(p),
    at: Date.now(),
    response,
    result,
    source,
  });
  core.events.emit("call", { call });
  return call;
}

function failure(
  core: Core,
  method: string,
  p: Params,
  err: ApiError,
  source: CallRecord["source"],
): Outcome {
  const response = { ok: false, error_code: err.code, description: err.description };
  const call = recordCall(core, method, p, response, source);
  return { status: err.code, body: JSON.stringify(err.toJSON()), contentType: "application/json", call };
}

/**
 * Runs one Bot API call: unknown methods, injected faults and the rate limit come first, then
 * the handler. Never throws: emulator bugs become a 500 in Telegram's shape, noted in the log.
 */
export async function invoke(
  core: Core,
  rawMethod: string,
  p: Params,
  source: CallRecord["source"],
  signal?: AbortSignal,
): Promise<Outcome> {
  const found = lookupMethod(rawMethod);
  if (!found) return failure(core, rawMethod, p, new ApiError(404, "Not Found: method not found"), source);
  const method = found.name;
  const fault = core.faults.take(method, p.fields.chat_id);
  if (fault?.kind === "delay") await sleep(fault.ms ?? 1000, signal);
  else if (fault?.kind === "network") {
    const call = recordCall(core, method, p, { ok: false, injected: "network" }, source);
    return { status: 0, body: "", contentType: "", destroy: true, call };
  } else if (fault) {
    const { status, body, type } = faultError(fault);
    const parsed = type === "application/json" ? (JSON.parse(body) as { description?: string }) : {};
    const response = {
      ok: false,
      error_code: status,
      description: parsed.description ?? `nginx error page (${status})`,
      injected: fault.kind,
    };
    const call = recordCall(core, method, p, response, source);
    return { status, body, contentType: type, call };
  }
  if (!core.faults.admit(method, Date.now())) return failure(core, method, p, tooManyRequests(1), source);
  try {
    const value = await found.handler(core, p, { signal });
    const result = value instanceof Described ? value.result : value;
    const payload: Record<string, unknown> = { ok: true, result };
    if (value instanceof Described) payload.description = value.description;
    const call = recordCall(core, method, p, { ok: true }, source, result);
    return { status: 200, body: JSON.stringify(payload), contentType: "application/json", call };
  } catch (err) {
    if (err instanceof ApiError) return failure(core, method, p, err, source);
    core.opts.log(
      `[emulator] ${method} crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    const bug = new ApiError(500, `Internal Server Error: emulator failed in ${method}: ${String(err)}`);
    return failure(core, method, p, bug, source);
  }
}
