/** The bundled locales (locales/*.ftl), parsed once per isolate on first use. */
import en from "../locales/en.ftl";
import zhCN from "../locales/zh-CN.ftl";
import { createI18n, type I18n } from "./i18n.ts";

let cached: I18n | undefined;

/** The bundled locales, parsed once per isolate on first use. */
export function bundledI18n(): I18n {
  cached ??= createI18n({ "zh-CN": zhCN, en });
  return cached;
}
