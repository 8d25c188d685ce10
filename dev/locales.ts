// The bundled locales read from disk, for dev tools, benchmarks and browser tests (Node, not the Worker).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createI18n, type Locale } from "../src/i18n.ts";

/** Reads the bundled locales from disk (dev tools run in Node, not in the Worker). */
export function loadLocalesFromDisk(root = join(import.meta.dirname, "..")) {
  const read = (locale: Locale) => readFileSync(join(root, "locales", `${locale}.ftl`), "utf8");
  return createI18n({ "zh-CN": read("zh-CN"), en: read("en") });
}
