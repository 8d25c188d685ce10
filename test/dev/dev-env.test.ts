import { describe, expect, it } from "vitest";
import { readDevEnv } from "../../dev/dev-env.ts";

describe("npm start's environment", () => {
  it("passes every optional Worker setting on to wrangler dev", () => {
    const env = readDevEnv({
      BROADCAST_RATE: "10",
      BROADCAST_APPROVAL_THRESHOLD: "5",
      BROADCAST_PAID_RATE: "200",
      BROADCAST_SUBREQUEST_LIMIT: "1000",
      TIMEZONE: "Asia/Urumqi",
      RETENTION_DAYS: "30",
      HOME: "/root",
    });
    expect(env.passthrough).toEqual({
      BROADCAST_RATE: "10",
      BROADCAST_APPROVAL_THRESHOLD: "5",
      BROADCAST_PAID_RATE: "200",
      BROADCAST_SUBREQUEST_LIMIT: "1000",
      TIMEZONE: "Asia/Urumqi",
      RETENTION_DAYS: "30",
    });
  });

  it("leaves unset and empty settings to the Worker's defaults", () => {
    expect(readDevEnv({ BROADCAST_APPROVAL_THRESHOLD: "" }).passthrough).toEqual({});
  });
});
