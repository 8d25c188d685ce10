import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n.ts";

const root = join(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(join(root, file), "utf8");
const ids = (file: string) => new FluentResource(read(file)).body.map((entry) => entry.id);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

// Keys reach the bundles through t()/tText()/text() calls and through data fields named label/section/key.
const KEY_USE =
  /(?:\b(?:t|tText|text)\(\s*(?:ctx\.locale,\s*|locale,\s*)?|\b(?:label|section|labelKey|key):\s*)"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"/g;
const PREFIX_USE = /\b(?:t|tText|text)\(\s*(?:ctx\.locale,\s*|locale,\s*)?`([a-z][a-z0-9-]*-)\$\{/g;

describe("locales", () => {
  const zh = ids("locales/zh-CN.ftl");
  const en = ids("locales/en.ftl");

  it("have the same keys in zh-CN and en", () => {
    expect([...zh].sort()).toEqual([...en].sort());
    expect(new Set(zh).size).toBe(zh.length);
  });

  it("give every WeChat variant (<key>-wechat) its base key, with the same arguments", () => {
    for (const file of ["locales/zh-CN.ftl", "locales/en.ftl"]) {
      // Each message's source: from its `key =` line to the next one.
      const source = new Map(
        read(file)
          .split(/^(?=[a-z][a-z0-9-]* =)/m)
          .map((part) => [/^([a-z][a-z0-9-]*) =/.exec(part)?.[1] ?? "", part] as const),
      );
      const args = (key: string) => [...new Set(source.get(key)?.match(/\$[a-z]+/g) ?? [])].sort();
      const variants = [...source.keys()].filter((k) => k.endsWith("-wechat"));
      expect(variants.length).toBeGreaterThan(10);
      for (const variant of variants) {
        const base = variant.slice(0, -"-wechat".length);
        expect(source.has(base), `${file}: ${variant} has no ${base}`).toBe(true);
        expect(args(variant), `${file}: ${variant}`).toEqual(args(base));
      }
    }
  });

  it("never speak of buttons on WeChat: every such text a woman may read there has a WeChat variant", () => {
    // Read only by staff on Telegram or in the console, or Telegram's own (WeChat has wechat-welcome,
    // wechat-fallback, no callback buttons and no contact button).
    const telegramOnly = [/^(?:bc|console|staff|mentor|faq-write|fair-(?:ask|bad|edit|preview))-/];
    const telegramKeys = new Set(["welcome", "fallback", "callback-stale", "signup-error-contact-other"]);
    const values = (file: string) =>
      new Map(
        read(file)
          .split(/^(?=[a-z][a-z0-9-]* =)/m)
          .map((part) => [
            /^([a-z][a-z0-9-]*) =/.exec(part)?.[1] ?? "",
            part.replace(/^[a-z][a-z0-9-]* =/, "").replace(/^#.*$/gm, ""),
          ]),
      );
    const zhText = values("locales/zh-CN.ftl");
    const enText = values("locales/en.ftl");
    const speaksOfButtons = (key: string) =>
      /点(?:下面|一下|按|击|选|此|“|「)|按钮/.test(zhText.get(key) ?? "") ||
      /\b(?:tap|tapped|button|buttons)\b/i.test(enText.get(key) ?? "");
    const missing = zh.filter(
      (key) =>
        !key.endsWith("-wechat") &&
        !telegramKeys.has(key) &&
        !telegramOnly.some((re) => re.test(key)) &&
        speaksOfButtons(key) &&
        !zhText.has(`${key}-wechat`),
    );
    expect(missing).toEqual([]);
    expect(zh.filter((key) => key.endsWith("-wechat") && speaksOfButtons(key))).toEqual([]);
  });

  it("parse without errors", () => {
    expect(() =>
      createI18n({ "zh-CN": read("locales/zh-CN.ftl"), en: read("locales/en.ftl") }),
    ).not.toThrow();
  });

  it("define every key the code uses", () => {
    const defined = new Set(zh);
    const missing: string[] = [];
    let used = 0;
    for (const file of [...sourceFiles("src"), ...sourceFiles("handlers")]) {
      const text = read(file);
      for (const [, key] of text.matchAll(KEY_USE)) {
        used++;
        if (key && !defined.has(key)) missing.push(`${file}: ${key}`);
      }
      for (const [, prefix] of text.matchAll(PREFIX_USE)) {
        if (prefix && !zh.some((k) => k.startsWith(prefix))) missing.push(`${file}: ${prefix}*`);
      }
    }
    expect(used).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("escape string arguments for HTML but not numbers", () => {
    const i18n = createI18n({ "zh-CN": read("locales/zh-CN.ftl"), en: read("locales/en.ftl") });
    expect(i18n.t("en", "welcome", { name: '<b>x</b> & "y"' })).toContain(
      "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;",
    );
    expect(i18n.text("en", "welcome", { name: "<b>" })).toContain("Hello <b>");
  });
});
