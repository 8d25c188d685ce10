import { describe, expect, it } from "vitest";
import {
  ChannelConfigError,
  RateLimitedError,
  RecipientGoneError,
  RejectedSendError,
  TransientSendError,
  WindowClosedError,
} from "../../src/channel/errors.ts";
import {
  classifyTokenError,
  classifyWechatError,
  secondsUntilQuotaReset,
  WechatApiError,
  type WechatErrorBody,
} from "../../src/wechat/errors.ts";

// 2026-12-07 15:30:00 in Beijing = 07:30:00 UTC; midnight in Beijing is 8.5 hours away.
const NOW = Date.UTC(2026, 11, 7, 7, 30, 0);

// Raw bodies as WeChat answers them (errmsg wording and "rid" suffixes as seen in the wild).
const TABLE: Array<[raw: string, cls: new (...args: never[]) => Error, extra?: Record<string, unknown>]> = [
  [
    '{"errcode":45015,"errmsg":"response out of time limit or subscription is canceled rid: 5f3ded7d-22929d02-4ba1f5f6"}',
    WindowClosedError,
    { reason: "expired" },
  ],
  [
    '{"errcode":45047,"errmsg":"out of response count limit rid: 64a774ce-020c072d-6c820ec0"}',
    WindowClosedError,
    { reason: "quota" },
  ],
  ['{"errcode":43004,"errmsg":"require subscribe rid: 6123a1b2-0c3d4e5f-6a7b8c9d"}', RecipientGoneError],
  [
    '{"errcode":45009,"errmsg":"reach max api daily quota limit rid: 6278fc12-0a0a8937-763b89f3"}',
    RateLimitedError,
    { retryAfter: 8.5 * 3600 },
  ],
  [
    '{"errcode":45011,"errmsg":"api minute-quota reach limit  mustslower  retry next minute rid: 6278fc12-1"}',
    RateLimitedError,
    { retryAfter: 60 },
  ],
  [
    '{"errcode":40164,"errmsg":"invalid ip 182.150.41.147 ipv6 ::ffff:182.150.41.147, not in whitelist rid: 68231586-663e56da-1e04e5eb"}',
    ChannelConfigError,
  ],
  [
    '{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest rid: 5f5cafe9-456a174e"}',
    ChannelConfigError,
  ],
  ['{"errcode":42001,"errmsg":"access_token expired rid: 5f5cafe9-456a174e-4e992ccd"}', ChannelConfigError],
  ['{"errcode":40014,"errmsg":"invalid access_token rid: 5f5cafe9-1"}', ChannelConfigError],
  ['{"errcode":40125,"errmsg":"invalid appsecret rid: 5f5cafe9-2"}', ChannelConfigError],
  ['{"errcode":40013,"errmsg":"invalid appid rid: 5f5cafe9-3"}', ChannelConfigError],
  ['{"errcode":48001,"errmsg":"api unauthorized rid: 652e6bbb-7d234df1-67f3f57c"}', ChannelConfigError],
  ['{"errcode":-1,"errmsg":"system error rid: 5f5cafe9-4"}', TransientSendError],
  ['{"errcode":40003,"errmsg":"invalid openid rid: 5f5cafe9-5"}', RejectedSendError],
  ['{"errcode":40037,"errmsg":"invalid template_id rid: 5f5cafe9-6"}', RejectedSendError],
  ['{"errcode":44004,"errmsg":"empty content rid: 5f5cafe9-7"}', RejectedSendError],
  ['{"errcode":47001,"errmsg":"data format error rid: 5f5cafe9-8"}', RejectedSendError],
  ['{"errcode":40016,"errmsg":"invalid button size rid: 5f5cafe9-9"}', RejectedSendError],
  ['{"errcode":99999}', RejectedSendError],
];

describe("WeChat error classification", () => {
  it.each(TABLE)("%s", (raw, cls, extra = {}) => {
    const body = JSON.parse(raw) as WechatErrorBody;
    const error = classifyWechatError(body, NOW);
    expect(error).toBeInstanceOf(cls);
    expect(error).toMatchObject(extra);
    expect(error.cause).toBeInstanceOf(WechatApiError);
    expect((error.cause as WechatApiError).errcode).toBe(body.errcode);
  });

  it("names the fix for an IP that is not whitelisted, with the IP WeChat saw", () => {
    const error = classifyWechatError(
      {
        errcode: 40164,
        errmsg: "invalid ip 182.150.41.147 ipv6 ::ffff:182.150.41.147, not in whitelist rid: x",
      },
      NOW,
    );
    expect(error.message).toContain("182.150.41.147");
    expect(error.message).toContain("IP白名单");
    expect(error.message).toContain("WECHAT_API_ROOT");
  });

  it("reads 40001 from stable_token as a wrong AppSecret", () => {
    const error = classifyTokenError({ errcode: 40001, errmsg: "invalid credential" }, NOW);
    expect(error).toBeInstanceOf(ChannelConfigError);
    expect(error.message).toContain("WECHAT_APPSECRET");
    expect(
      classifyTokenError({ errcode: 40164, errmsg: "invalid ip 1.2.3.4, not in whitelist" }, NOW).message,
    ).toContain("1.2.3.4");
    expect(classifyTokenError({ errcode: 45009 }, NOW)).toBeInstanceOf(RateLimitedError);
  });
});

describe("daily quota reset", () => {
  it.each([
    [Date.UTC(2026, 11, 7, 15, 59, 59), 1],
    [Date.UTC(2026, 11, 7, 16, 0, 0), 86_400],
    [Date.UTC(2026, 11, 7, 16, 0, 1), 86_399],
    [Date.UTC(2026, 11, 7, 0, 0, 0), 16 * 3600],
  ])("at %s UTC, %s s until midnight in Beijing", (now, seconds) => {
    expect(secondsUntilQuotaReset(now)).toBe(seconds);
  });
});
