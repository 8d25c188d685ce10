/** Job fairs on WeChat: a poster's fair_ scene opens the fair, and she attends (or undoes it) by typing its option. */
import { option, screen } from "../../src/channel/screen.ts";
import { fairDetailsScreen } from "../../src/fairs/details.ts";
import { fairListScreen } from "../../src/fairs/list.ts";
import { fairListing } from "../../src/fairs/listing.ts";
import { reminderAhead } from "../../src/fairs/notices.ts";
import { addRsvp, hasRsvp, removeRsvp } from "../../src/fairs/rsvp.ts";
import { getFair } from "../../src/fairs/store.ts";
import { fairShort, fairWhen, isOpen } from "../../src/fairs/templates.ts";
import { type Fair, fairId } from "../../src/fairs/types.ts";
import { regionLabel } from "../../src/regions/index.ts";
import { readSubscription } from "../../src/subscriptions/store.ts";
import { normalizeChoice } from "../../src/text/choices.ts";
import type { WechatFeature, WechatTurn } from "../../src/wechat/feature.ts";
import { introAfterScene } from "../shared/wechat-intro.ts";

async function details(turn: WechatTurn, fair: Fair, attending?: boolean): Promise<true> {
  const going = attending ?? (await hasRsvp(turn.deps.redis, fair.id, turn.person));
  const { now, config } = turn.deps;
  turn.reply(
    fairDetailsScreen(turn.i18n, turn.locale, fair, { attending: going, now, timeZone: config.TIMEZONE }),
  );
  return true;
}

async function onFairOption(turn: WechatTurn, action: string, fair: Fair): Promise<true> {
  const { redis, now, config } = turn.deps;
  const tz = config.TIMEZONE;
  if (action === "info") return details(turn, fair);
  if (action === "ics") {
    const short = fairShort(turn.i18n, turn.locale, { fair, timeZone: tz });
    turn.reply({ html: turn.t("wechat-fair-calendar", { fair: short }) });
    return true;
  }
  if (action === "go") {
    if (!isOpen(fair, now)) {
      turn.reply({ html: turn.t("fair-closed-short") });
      return true;
    }
    const added = await addRsvp(redis, fair.id, turn.person);
    if (!added) turn.reply({ html: turn.t("fair-rsvp-already") });
    else if (reminderAhead(fair.startsAt, now, tz))
      turn.reply({ html: turn.t("fair-rsvp-done", { title: fair.title }) });
    else {
      const when = fairWhen(fair.startsAt, turn.locale, tz);
      turn.reply({ html: turn.t("fair-rsvp-done-soon", { title: fair.title, when }) });
    }
    return details(turn, fair, true);
  }
  if (!(await removeRsvp(redis, fair.id, turn.person))) return details(turn, fair, false);
  turn.reply({ html: turn.t("fair-rsvp-undone", { title: fair.title }) });
  return true;
}

/** The upcoming fairs, hers first (or all), one page; when there are none, why, and what she can do. */
async function list(turn: WechatTurn, scope: "m" | "a", page: number): Promise<true> {
  const sub = readSubscription(turn.profile?.raw);
  const listing = await fairListing(turn.deps.redis, sub, scope, turn.deps.now);
  if (listing.kind === "none") {
    const sep = turn.locale === "en" ? "; " : "、";
    const regions = listing.regions.map((c) => regionLabel(c, turn.locale)).join(sep);
    const options = [];
    if (listing.reason === "no-fair-alerts")
      options.push(option(turn.text("fair-button-alerts"), "sub:want:fairs"));
    if (listing.elsewhere) options.push(option(turn.text("fair-button-all"), "fair:ls:a:0"));
    turn.reply(screen(turn.t(`fair-list-none-${listing.reason}`, { regions }), ...options));
    return true;
  }
  const timeZone = turn.deps.config.TIMEZONE;
  turn.reply(fairListScreen(turn.i18n, turn.locale, listing.fairs, { page, scope: listing.scope, timeZone }));
  return true;
}

/** Her words for /fairs (the command typed, or the menu button's name), as normalizeChoice reads them. */
const FAIRS_WORDS = new Set(["fairs", "近期招聘会", "upcomingfairs"]);

/** The fairs' WeChat part: the list, a fair's details, attending (the staff forms come with the screens). */
export const fairsWechat: WechatFeature = {
  async handle(turn, intent) {
    if (intent.kind === "start" && intent.payload.startsWith("fair_")) {
      const id = fairId.safeParse(intent.payload.slice(5));
      const fair = id.success ? await getFair(turn.deps.redis, id.data) : null;
      if (!fair) turn.reply({ html: turn.t("fair-unknown", { id: intent.payload.slice(5, 17) }) });
      else await details(turn, fair);
      introAfterScene(turn);
      return true;
    }
    if (intent.kind === "text") return FAIRS_WORDS.has(normalizeChoice(intent.text)) && list(turn, "m", 0);
    if (intent.kind !== "press") return false;
    if (intent.action === "menu:fairs") return list(turn, "m", 0);
    const paged = /^fair:ls:([ma]):(\d{1,3})$/.exec(intent.action);
    if (paged) return list(turn, paged[1] === "a" ? "a" : "m", Number(paged[2]));
    const pressed = /^fair:(info|go|no|ics):(\d{1,12})$/.exec(intent.action);
    if (!pressed) return false;
    const fair = await getFair(turn.deps.redis, pressed[2]!);
    if (!fair) return false;
    return onFairOption(turn, pressed[1]!, fair);
  },
};
