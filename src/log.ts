/** Structured logs without personal data: long numbers masked, Upstash commands cut. */
// Logs must never hold phone or ID numbers: runs of 7+ digits (with spaces or dashes) are masked.
const LONG_NUMBER = /(?:\+?\d[\d\s-]{5,}\d[\dXx]?)/g;

/** Masks anything that looks like a phone, ID card or account number. */
export function redact(text: string): string {
  return text.replace(LONG_NUMBER, (m) => {
    const digits = m.replace(/\D/g, "");
    return digits.length >= 7 ? `[${digits.length} digits]` : m;
  });
}

/** Structured error log without personal data: error class, redacted message, and where it came from. */
export function logError(event: string, error: unknown, context: Record<string, string | number> = {}): void {
  const err = error instanceof Error ? error : new Error(String(error));
  const cause = err.cause instanceof Error ? `${err.cause.name}: ${redact(err.cause.message)}` : undefined;
  // Upstash errors echo the whole command, which may contain user text: keep only the head.
  const message = redact(err.message.split(", command was:")[0] ?? "").slice(0, 300);
  console.error(JSON.stringify({ level: "error", event, error: err.name, message, cause, ...context }));
}

/** Structured info log; callers pass ids and counts, never names or phone numbers. */
export function logInfo(event: string, context: Record<string, string | number | boolean> = {}): void {
  console.log(JSON.stringify({ level: "info", event, ...context }));
}
