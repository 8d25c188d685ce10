/** The Official Account's menu: job fairs, a mentor, Q&A; its click keys are the main menu's actions, so a press is a choice. */
import type { I18n, Locale } from "../i18n.ts";
import type { Menu } from "./api.ts";

/**
 * The account menu (`npm run wechat:setup` creates it). Every button is a `click` whose key is the
 * action of the same entry in the chat's main menu (`menu:fairs`, `menu:mentor`, `menu:faq`…), so
 * the door reads a press as that option chosen and the feature that owns it answers. WeChat allows
 * 3 buttons of up to 16 bytes, each with up to 5 sub-buttons of up to 60 bytes.
 */
export function accountMenu(i18n: I18n, locale: Locale = "zh-CN"): Menu {
  const t = (key: string) => i18n.text(locale, key);
  return {
    button: [
      {
        name: t("wechat-menu-fairs"),
        sub_button: [
          { type: "click", name: t("wechat-menu-fairs-list"), key: "menu:fairs" },
          { type: "click", name: t("wechat-menu-subscribe"), key: "menu:subscribe" },
        ],
      },
      { type: "click", name: t("wechat-menu-mentor"), key: "menu:mentor" },
      {
        name: t("wechat-menu-faq"),
        sub_button: [
          { type: "click", name: t("wechat-menu-ask"), key: "menu:faq" },
          { type: "click", name: t("wechat-menu-12338"), key: "faq:call" },
          { type: "click", name: t("wechat-menu-language"), key: "menu:language" },
        ],
      },
    ],
  };
}
