/** The weekly counters' weeks (Monday buckets on the service's wall clock) and the scope of the subscriber plot. */
import { describe, expect, it } from "vitest";
import { subscriberCountsFor } from "../../src/subscriptions/weekly.ts";
import { lastWeeks, weekOf } from "../../src/time/week.ts";

const TZ = "Asia/Shanghai";

describe("weeks", () => {
  it("puts an instant in the week of its Monday on the Shanghai clock", () => {
    // Sunday 2026-12-06 23:30 in Shanghai is still the week of Monday 2026-11-30 …
    expect(weekOf(Date.UTC(2026, 11, 6, 15, 30), TZ)).toBe("2026-11-30");
    // … and 30 minutes later (Monday 00:00 in Shanghai, still Sunday in UTC) the next one.
    expect(weekOf(Date.UTC(2026, 11, 6, 16, 0), TZ)).toBe("2026-12-07");
  });

  it("lists the last weeks oldest first, across a year end", () => {
    expect(lastWeeks(Date.UTC(2027, 0, 6), TZ, 3)).toEqual(["2026-12-21", "2026-12-28", "2027-01-04"]);
  });
});

describe("the subscriber plot's scope", () => {
  const rows = [{ new: 3, "new:370702": 1, "new:370500": 2, stop: 1, "stop:370781": 1 }, null];
  const weeks = ["2026-11-30", "2026-12-07"];

  it("gives admins the totals", () => {
    expect(subscriberCountsFor({ role: "admin", region: null }, weeks, rows)).toEqual({
      weeks,
      added: [3, 0],
      stopped: [1, 0],
    });
  });

  it("gives Weifang's staff only the regions inside Weifang", () => {
    expect(subscriberCountsFor({ role: "staff", region: "370700" }, weeks, rows)).toEqual({
      weeks,
      added: [1, 0],
      stopped: [1, 0],
    });
  });
});
