/** /mydata and /delete on WeChat, typed as words (« 我的数据 », « 删除我的数据 »), the erasure confirmed by choosing an option. */
import { option, screen } from "../../src/channel/screen.ts";
import { collectPersonalData, erasePersonalData } from "../../src/privacy/registry.ts";
import { myDataLines } from "../../src/privacy/render.ts";
import { privacyRequest } from "../../src/privacy/words.ts";
import { clearSession } from "../../src/store/session.ts";
import type { WechatFeature, WechatTurn } from "../../src/wechat/feature.ts";

async function showMyData(turn: WechatTurn): Promise<true> {
  const sections = await collectPersonalData(turn.deps.catalog.privacy, turn.deps.redis, turn.person);
  if (sections.length === 0) turn.reply({ html: turn.t("mydata-empty") });
  else turn.reply({ html: myDataLines(turn.deps, turn.locale, sections).join("\n").trim() });
  return true;
}

function askDelete(turn: WechatTurn): true {
  turn.reply(
    screen(turn.t("delete-confirm"), [
      option(turn.text("delete-yes"), "del:yes", "确认删除", "确认", "yes"),
      option(turn.text("delete-no"), "del:no", "取消", "no", "cancel"),
    ]),
  );
  return true;
}

/** Everything stored about her, shown or erased (every feature's PersonalDataSource, by her `wx:` id). */
export const privacyWechat: WechatFeature = {
  async handle(turn, intent) {
    if (intent.kind === "text") {
      const asked = privacyRequest(intent.text);
      if (asked === "mydata") return showMyData(turn);
      if (asked === "delete") return askDelete(turn);
      return false;
    }
    if (intent.kind !== "press") return false;
    if (intent.action === "del:yes") {
      await erasePersonalData(turn.deps.catalog.privacy, turn.deps.redis, turn.person);
      turn.profileDeleted = true;
      clearSession(turn.session);
      turn.reply({ html: turn.t("delete-done") });
      return true;
    }
    if (intent.action === "del:no") {
      turn.reply({ html: turn.t("delete-cancelled") });
      return true;
    }
    return false;
  },
};
