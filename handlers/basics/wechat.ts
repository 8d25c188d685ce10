/** The basics on WeChat: the welcome on following, the menu, her language, and the last word on what nobody took. */
import { languageName, localeNamed } from "../../src/basics/language-names.ts";
import { languageScreen, mainMenuScreen } from "../../src/basics/menu.ts";
import { LAST_SCREEN_MS, lastScreen } from "../../src/channel/last-screen.ts";
import { option, screen } from "../../src/channel/screen.ts";
import type { Locale } from "../../src/i18n.ts";
import { choiceNumber, normalizeChoice } from "../../src/text/choices.ts";
import type { WechatFeature, WechatTurn } from "../../src/wechat/feature.ts";

const MENU_WORDS = new Set(
  ["/start", "/help", "/menu", "菜单", "主菜单", "帮助", "menu", "help", "start"].map(normalizeChoice),
);
const LANGUAGE_WORDS = new Set(
  ["/language", "language", "语言", "切换语言", "language 语言"].map(normalizeChoice),
);

function menu(turn: WechatTurn, html?: string): true {
  turn.reply(mainMenuScreen(turn.i18n, turn.locale, html));
  return true;
}

async function switchTo(turn: WechatTurn, locale: Locale): Promise<true> {
  turn.locale = locale;
  turn.profileChanges.locale = locale;
  if (!turn.storageOk) turn.reply({ html: turn.t("storage-unavailable") });
  else {
    menu(turn, turn.t("language-set"));
    // Mid-form, the question she was on comes again in her new language (its options too).
    await turn.languageChanged?.();
  }
  return true;
}

/** Her live options (the screen she was last shown) again under `html`; false when none are hers any more. */
function optionsAgain(turn: WechatTurn, html: string): boolean {
  const shown = lastScreen.get(turn.session);
  if (!shown || turn.deps.now - shown.at > LAST_SCREEN_MS || shown.o.length === 0) return false;
  turn.reply(screen(html, ...shown.o.map((o) => option(o.n[0] ?? o.a, o.a, ...o.n.slice(1)))));
  return true;
}

/**
 * A typed number that chose nothing (« 9 » under options 1–3): the options she has are shown again
 * with their numbers and the range, so she can try again; without options still hers, the menu.
 */
function numberOffScreen(turn: WechatTurn, number: number): true {
  const count = lastScreen.get(turn.session)?.o.length ?? 0;
  if (optionsAgain(turn, turn.t("wechat-number-unknown", { number, count }))) return true;
  return menu(turn, turn.t("wechat-fallback"));
}

/** The same answer sent twice (« 提交 » after the form closed): taken once; she is told so, with her options. */
function sentTwice(turn: WechatTurn): true {
  if (!optionsAgain(turn, turn.t("wechat-sent-twice"))) turn.reply({ html: turn.t("wechat-sent-twice") });
  return true;
}

/**
 * The basics' WeChat part. First among the features: « 菜单 », « 帮助 », « /language » and the
 * language options, the menu's Q&A entry. Last of all (its fallback): the welcome on a plain follow,
 * a poster scene nobody knew, an option whose service is not on WeChat yet, anything else.
 */
export const basicsWechat: WechatFeature = {
  handle(turn, intent) {
    if (intent.kind === "text") {
      const said = normalizeChoice(intent.text);
      if (MENU_WORDS.has(said)) return menu(turn);
      if (LANGUAGE_WORDS.has(said)) {
        turn.reply(languageScreen(turn.i18n, turn.locale));
        return true;
      }
      // WeChat never tells the account her phone's language: « English », « 中文 » on its own is her choice
      // (a bare code is not: « en » is also 嗯 typed in pinyin).
      const named = localeNamed(intent.text);
      if (named && (/\p{Script=Han}/u.test(intent.text) || languageName(intent.text).length > 5))
        return switchTo(turn, named);
      const command = /^\/language\s+(.+)$/i.exec(intent.text.trim());
      if (command && languageName(command[1]!)) {
        const locale = localeNamed(command[1]!);
        if (locale) return switchTo(turn, locale);
        turn.reply({ html: turn.t("language-unknown") });
        turn.reply(languageScreen(turn.i18n, turn.locale));
        return true;
      }
      return false;
    }
    if (intent.kind !== "press") return false;
    if (intent.action === "menu:language") {
      turn.reply(languageScreen(turn.i18n, turn.locale));
      return true;
    }
    if (intent.action === "lang:zh-CN" || intent.action === "lang:en") {
      return switchTo(turn, intent.action === "lang:en" ? "en" : "zh-CN");
    }
    if (intent.action === "menu:faq") {
      turn.reply({ html: turn.t("menu-faq-prompt") });
      return true;
    }
    return false;
  },
  fallback(turn, intent) {
    switch (intent.kind) {
      case "follow":
        return menu(turn, turn.t("wechat-welcome"));
      case "start":
        return menu(turn, `${turn.t("start-unknown-link")}\n\n${turn.t("wechat-welcome")}`);
      case "press":
        // A service whose steps are not on WeChat yet, or an option that no longer applies.
        return menu(turn, turn.t("wechat-not-yet"));
      case "unfollow":
        return true;
      case "repeat":
        return sentTwice(turn);
      case "other": {
        const { inbound } = intent;
        // Events with nothing to answer: a menu link opened, a location report, a template receipt.
        if (inbound.kind === "view" || (inbound.kind === "other" && inbound.msgType === "event")) return true;
        if (inbound.kind === "voice") turn.reply({ html: turn.t("faq-voice-prompt") });
        else menu(turn, turn.t("wechat-fallback"));
        return true;
      }
      case "text": {
        if (normalizeChoice(intent.text) === "cancel" && intent.text.trim().startsWith("/"))
          return menu(turn, turn.t("cancel-nothing"));
        const number = choiceNumber(intent.text);
        return number === null ? menu(turn, turn.t("wechat-fallback")) : numberOffScreen(turn, number);
      }
      default:
        return menu(turn, turn.t("wechat-fallback"));
    }
  },
};
