/** Base of every classified delivery failure; `cause` keeps the channel's own error. */
export class SendError extends Error {
  override name = "SendError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** 403 (blocked, deactivated) or 400 "chat not found": the recipient is gone; mark her stopped. */
export class RecipientGoneError extends SendError {
  override name = "RecipientGoneError";
}

/** 429: the channel wants us to pause everything for `retryAfter` seconds. */
export class RateLimitedError extends SendError {
  override name = "RateLimitedError";
  readonly retryAfter: number;
  constructor(retryAfter: number, options?: { cause?: unknown }) {
    super(`rate limited, retry after ${retryAfter} s`, options);
    this.retryAfter = retryAfter;
  }
}

/** 5xx or a network failure: worth retrying with backoff. */
export class TransientSendError extends SendError {
  override name = "TransientSendError";
}

/** Any other 4xx: the message itself is wrong; retrying will not help. */
export class RejectedSendError extends SendError {
  override name = "RejectedSendError";
}

/** "message is not modified" and the like: nothing to do. */
export class NotModifiedError extends SendError {
  override name = "NotModifiedError";
}

/**
 * The channel's free-form window to this recipient is closed (WeChat: 48 hours after her last
 * message, or its per-window quota used up); a pre-approved template message still reaches her.
 */
export class WindowClosedError extends SendError {
  override name = "WindowClosedError";
  /** `expired`: the window ran out; `quota`: the messages it allowed are used up until she writes again. */
  readonly reason: "expired" | "quota";
  constructor(reason: "expired" | "quota", message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/**
 * The channel itself is misconfigured (a calling IP not whitelisted, a wrong secret): nothing will
 * get through until an operator fixes what `message` names, so stop instead of retrying per person.
 */
export class ChannelConfigError extends SendError {
  override name = "ChannelConfigError";
}
