import { describe, expect, it } from "vitest";
import { localeFromTelegram, negotiateLocale } from "../../src/i18n.ts";
import { redact } from "../../src/log.ts";
import { createRateLimiter } from "../../src/ratelimit.ts";
import { parseStaff } from "../../src/staff/roles.ts";
import { inScope } from "../../src/staff/scope.ts";
import { chunkLines, escapeHtml } from "../../src/text/html.ts";

describe("locale negotiation", () => {
  it("maps Telegram language codes", () => {
    for (const code of ["zh", "zh-hans", "zh-CN", "ZH-HANS"]) expect(localeFromTelegram(code)).toBe("zh-CN");
    for (const code of ["en", "en-US", "en-gb"]) expect(localeFromTelegram(code)).toBe("en");
    expect(localeFromTelegram("ru")).toBeUndefined();
    expect(localeFromTelegram(undefined)).toBeUndefined();
  });

  it("prefers the stored choice, then Telegram's language, then zh-CN", () => {
    expect(negotiateLocale("en", "zh-hans")).toBe("en");
    expect(negotiateLocale(undefined, "en-US")).toBe("en");
    expect(negotiateLocale(undefined, "ru")).toBe("zh-CN");
    expect(negotiateLocale(undefined, undefined)).toBe("zh-CN");
  });
});

describe("staff", () => {
  it("parses id:role[:region] and reports every bad entry", () => {
    const { members, problems } = parseStaff("111:admin, 222:staff:370700,333:staff,444:boss,abc:admin");
    expect(members).toEqual([
      { id: 111, role: "admin", region: null },
      { id: 222, role: "staff", region: "370700" },
    ]);
    expect(problems).toHaveLength(3);
  });

  it("tells whether a region is inside a scope", () => {
    const weifang = { role: "staff" as const, region: "370700" };
    expect(inScope(weifang, "370700")).toBe(true);
    expect(inScope(weifang, "370781")).toBe(true);
    expect(inScope(weifang, "370523")).toBe(false);
    expect(inScope({ role: "staff", region: "370523" }, "370523")).toBe(true);
    expect(inScope({ role: "staff", region: "370523" }, "370500")).toBe(false);
    expect(inScope({ role: "staff", region: "370000" }, "371002")).toBe(true);
    expect(inScope({ role: "admin", region: null }, "440100")).toBe(true);
  });
});

describe("privacy helpers", () => {
  it("escapes HTML", () => {
    expect(escapeHtml('<b>x</b> & "y"')).toBe("&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;");
  });

  it("splits long HTML into whole lines that each fit a message", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `<b>${i}</b> ${"字".repeat(300)}`);
    const parts = chunkLines(lines);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join("\n")).toBe(lines.join("\n"));
    expect(chunkLines(["a", "b"])).toEqual(["a\nb"]);
  });

  it("redacts phone and ID numbers from log text", () => {
    const text = redact("call 138-1234-5678 or +86 139 1234 5678, id 37070219900101123X, update 42");
    expect(text).not.toMatch(/1234/);
    expect(text).toContain("update 42");
  });
});

describe("rate limiter", () => {
  it("allows a burst per key and window, then refuses", () => {
    const limiter = createRateLimiter(3, 1000);
    expect([1, 2, 3, 4].map(() => limiter.allow("a", 0))).toEqual([true, true, true, false]);
    expect(limiter.allow("b", 0)).toBe(true);
    expect(limiter.allow("a", 1000)).toBe(true);
  });
});
