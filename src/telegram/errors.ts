/** Telegram's refusals classified once (courier style): gone, throttled, worth a retry, wrong in itself, or no change. */
import { GrammyError, HttpError } from "grammy";
import {
  NotModifiedError,
  RateLimitedError,
  RecipientGoneError,
  RejectedSendError,
  type SendError,
  TransientSendError,
} from "../channel/errors.ts";

/**
 * Maps a grammY failure to the domain's error classes: 403 of any kind (blocked, deactivated, kicked)
 * and 400 "chat not found" mean she is gone; 429 waits `retry_after`; 5xx and network failures are
 * worth a retry; "message is not modified" changes nothing; any other 4xx is the message's own fault.
 * Anything that is not a Bot API failure is returned as it is (a bug, not a refusal).
 */
export function classifyTelegramError(error: unknown): SendError | unknown {
  if (error instanceof GrammyError) {
    const d = error.description.toLowerCase();
    if (error.error_code === 429)
      return new RateLimitedError(error.parameters.retry_after ?? 1, { cause: error });
    if (error.error_code === 403 || d.includes("chat not found") || d.includes("user is deactivated")) {
      return new RecipientGoneError(error.description, { cause: error });
    }
    if (error.error_code >= 500) return new TransientSendError(error.description, { cause: error });
    if (d.includes("message is not modified"))
      return new NotModifiedError(error.description, { cause: error });
    return new RejectedSendError(error.description, { cause: error });
  }
  if (error instanceof HttpError) return new TransientSendError(error.message, { cause: error });
  return error;
}
