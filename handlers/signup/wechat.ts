/** Mentor sign-up on WeChat: the poster's `signup` scene goes where the deep link goes (an open application is shown). */
import { alreadyOpenView } from "../../src/signup/app-views.ts";
import { openRefOf } from "../../src/signup/applications.ts";
import { langFor } from "../../src/signup/lang.ts";
import type { WechatFeature } from "../../src/wechat/feature.ts";
import { introAfterScene } from "../shared/wechat-intro.ts";

/**
 * The sign-up's WeChat part. Its form by typing comes with the channel-neutral screens; until then
 * the `signup` scene says so plainly, unless she already has an application open, which it shows
 * as the deep link would.
 */
export const signupWechat: WechatFeature = {
  handle(turn, intent) {
    const payload = intent.kind === "start" ? intent.payload : intent.kind === "press" ? intent.action : "";
    if (payload !== "signup" && !payload.startsWith("signup_") && payload !== "menu:mentor") return false;
    const open = openRefOf(turn.profile?.raw);
    if (open) turn.reply(alreadyOpenView(langFor(turn.i18n, turn.locale), open));
    else turn.reply({ html: turn.t("wechat-signup-soon") });
    if (intent.kind === "start") introAfterScene(turn);
    return true;
  },
};
