/** The main menu as a screen, for every channel: each feature owns the action of its entry. */
import { option, type Screen, screen } from "../channel/screen.ts";
import type { I18n, Locale } from "../i18n.ts";

/** The main menu under `html` (the menu prompt unless given): alerts, job fairs, a mentor, Q&A, language. */
export function mainMenuScreen(i18n: I18n, locale: Locale, html?: string): Screen {
  const label = (key: string) => i18n.text(locale, key);
  return screen(
    html ?? i18n.t(locale, "menu-prompt"),
    [option(label("menu-subscribe"), "menu:subscribe"), option(label("fair-menu"), "menu:fairs")],
    [option(label("menu-mentor"), "menu:mentor"), option(label("menu-faq"), "menu:faq")],
    [option(label("menu-language"), "menu:language", "language", "语言")],
  );
}

/** Both languages as options, each labelled in its own language. */
export function languageScreen(i18n: I18n, locale: Locale): Screen {
  return screen(i18n.t(locale, "language-choose"), [
    option(i18n.text(locale, "language-name-zh"), "lang:zh-CN", "中文", "chinese"),
    option(i18n.text(locale, "language-name-en"), "lang:en", "English", "英文"),
  ]);
}
