/** On WeChat, the newcomer's line and the main menu after what a poster's scene promised (as Telegram's introAfterLink). */
import { mainMenuScreen } from "../../src/basics/menu.ts";
import { isFirstVisit } from "../../src/people/profile.ts";
import type { WechatTurn } from "../../src/wechat/feature.ts";

/**
 * A newcomer who followed through a poster (sub_…, fair_…, signup) learns, after the poster's own
 * answer, what else the account does: a short line and the menu as numbered options. Nothing for
 * anyone the account knew, or when her profile could not be read.
 */
export function introAfterScene(turn: WechatTurn): void {
  if (!turn.storageOk || !isFirstVisit(turn.profile)) return;
  turn.reply(mainMenuScreen(turn.i18n, turn.locale, turn.t("intro-after-link")));
}
