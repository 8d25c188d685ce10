import { GrammyError, HttpError } from "grammy";
import type { ApiError } from "grammy/types";
import { describe, expect, it } from "vitest";
import {
  NotModifiedError,
  RateLimitedError,
  RecipientGoneError,
  RejectedSendError,
  TransientSendError,
} from "../../src/channel/errors.ts";
import { classifyTelegramError } from "../../src/telegram/errors.ts";

// Raw Bot API answers, as Telegram sends them for a sendMessage to one chat.
const TABLE: Array<[raw: string, cls: new (...args: never[]) => Error, extra?: Record<string, unknown>]> = [
  [
    '{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}',
    RecipientGoneError,
  ],
  ['{"ok":false,"error_code":403,"description":"Forbidden: user is deactivated"}', RecipientGoneError],
  [
    '{"ok":false,"error_code":403,"description":"Forbidden: bot was kicked from the group chat"}',
    RecipientGoneError,
  ],
  [
    '{"ok":false,"error_code":403,"description":"Forbidden: bot can\'t initiate conversation with a user"}',
    RecipientGoneError,
  ],
  ['{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}', RecipientGoneError],
  ['{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}', RejectedSendError],
  [
    '{"ok":false,"error_code":400,"description":"Bad Request: can\'t parse entities: Unsupported start tag \\"x\\" at byte offset 0"}',
    RejectedSendError,
  ],
  [
    '{"ok":false,"error_code":400,"description":"Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"}',
    NotModifiedError,
  ],
  [
    '{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}',
    RateLimitedError,
    { retryAfter: 7 },
  ],
  ['{"ok":false,"error_code":500,"description":"Internal Server Error"}', TransientSendError],
  ['{"ok":false,"error_code":502,"description":"Bad Gateway"}', TransientSendError],
];

describe("Telegram error classification", () => {
  it.each(TABLE)("%s", (raw, cls, extra) => {
    const err = new GrammyError(
      "Call to 'sendMessage' failed!",
      JSON.parse(raw) as ApiError,
      "sendMessage",
      {},
    );
    const classified = classifyTelegramError(err);
    expect(classified).toBeInstanceOf(cls);
    expect((classified as Error).cause).toBe(err);
    if (extra) expect(classified).toMatchObject(extra);
  });

  it("reads a network failure as worth a retry", () => {
    const err = new HttpError("Network request for 'sendMessage' failed!", new TypeError("fetch failed"));
    expect(classifyTelegramError(err)).toBeInstanceOf(TransientSendError);
  });

  it("waits a second on a 429 without retry_after", () => {
    const raw = { ok: false, error_code: 429, description: "Too Many Requests" } as ApiError;
    expect(classifyTelegramError(new GrammyError("x", raw, "sendMessage", {}))).toMatchObject({
      retryAfter: 1,
    });
  });

  it("returns anything else as it is: a bug is not a refusal", () => {
    const bug = new TypeError("undefined is not a function");
    expect(classifyTelegramError(bug)).toBe(bug);
  });
});
