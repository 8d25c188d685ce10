/** The WeChat side of the Channel: customer-service text inside her window, a configured template outside it. */

import { RejectedSendError, WindowClosedError } from "../channel/errors.ts";
import type { NoticeSlot } from "../channel/notice.ts";
import { linksOf, screenOf } from "../channel/screen.ts";
import type { Channel, OutgoingMessage } from "../channel/types.ts";
import type { I18n } from "../i18n.ts";
import { logInfo } from "../log.ts";
import { isWechatId, openidOf, type WechatId } from "../people/id.ts";
import { localeOfFields } from "../people/language.ts";
import type { Redis } from "../store/redis.ts";
import { formatDateTime } from "../time/format.ts";
import type { WechatApi } from "./api.ts";
import { wechatTexts, wechatWords } from "./render.ts";
import { type TemplateConfig, templateData, templateFor } from "./templates.ts";
import { htmlToWechatText } from "./text.ts";
import { closeWindow, reserveSend } from "./window.ts";

export interface WechatChannelOptions {
  api: Pick<WechatApi, "sendCustom" | "sendTemplate">;
  redis: Redis;
  i18n: I18n;
  /** WECHAT_TEMPLATES: the only templates ever used. */
  templates: TemplateConfig;
  timeZone: string;
  now?: () => number;
}

/** The notice's slots: its own fields, the message's first line as the title and the rest as the summary. */
export function noticeSlots(
  message: OutgoingMessage,
  timeZone: string,
  now: number,
): Partial<Record<NoticeSlot, string>> {
  const lines = htmlToWechatText(message.html ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const n = message.notice;
  const title = n?.title ?? lines[0] ?? "";
  const rest = n?.title ? lines : lines.slice(1);
  const slots: Partial<Record<NoticeSlot, string>> = {
    title,
    summary: rest.join(" "),
    sent: formatDateTime(now, "zh-CN", timeZone),
  };
  if (n?.when) slots.when = n.when;
  if (n?.place) slots.place = n.place;
  if (n?.status) slots.status = n.status;
  return slots;
}

/** The page a template opens: the notice's own, else the message's first https link. */
function tapUrl(message: OutgoingMessage): string | undefined {
  if (message.notice?.url) return message.notice.url;
  const link = linksOf(screenOf(message)).find((l) => l.url.startsWith("https://"));
  if (link) return link.url;
  return /<a\s[^>]*href\s*=\s*["'](https:\/\/[^"']+)["']/i.exec(message.html ?? "")?.[1];
}

/**
 * The WeChat implementation of Channel. A send inside her window (WINDOW in window.ts, counted in
 * her profile) goes out as customer-service text, options numbered and links written out; outside
 * it, or when WeChat says it closed (45015) or is used up (45047), as the template configured for
 * the message's notice kind. Without such a template it throws WindowClosedError (nothing reaches
 * her). 43004 (unfollowed) surfaces as RecipientGoneError, 45009 as RateLimitedError until
 * midnight Beijing time, 40164 as ChannelConfigError: the API client classifies them once.
 * WeChat cannot edit a message: an edit sends the new state as a new message.
 */
export function wechatChannel(o: WechatChannelOptions): Channel {
  const now = o.now ?? Date.now;

  async function asTemplate(id: WechatId, message: OutgoingMessage, closed: WindowClosedError) {
    const kind = message.notice?.kind ?? "notice";
    const spec = templateFor(o.templates, kind);
    if (!spec) {
      throw new WindowClosedError(
        closed.reason,
        `${closed.message}, and no template is configured for "${kind}" (WECHAT_TEMPLATES)`,
        { cause: closed },
      );
    }
    const url = tapUrl(message);
    await o.api.sendTemplate({
      touser: openidOf(id),
      template_id: spec.id,
      data: templateData(spec, noticeSlots(message, o.timeZone, now())),
      ...(url ? { url } : {}),
      ...(message.onceKey ? { client_msg_id: message.onceKey.slice(0, 64) } : {}),
    });
    return { messageId: 0, via: "template" as const };
  }

  async function send(id: Parameters<Channel["send"]>[0], message: OutgoingMessage) {
    if (!isWechatId(id)) throw new RejectedSendError("not a WeChat person");
    const first = await reserveSend(o.redis, id, now());
    if (first.verdict === "expired" || first.verdict === "quota") {
      const why =
        first.verdict === "expired" ? "her 48-hour window is closed" : "her window's sends are used up";
      return asTemplate(id, message, new WindowClosedError(first.verdict, why));
    }
    const locale = localeOfFields({ locale: first.locale, lang: first.lang });
    const texts = wechatTexts(message, wechatWords(o.i18n, locale));
    let sent = 0;
    try {
      for (const content of texts) {
        if (sent > 0) {
          // Each part is a message of its own and takes its own allowance.
          const next = await reserveSend(o.redis, id, now());
          if (next.verdict === "expired" || next.verdict === "quota") break;
        }
        await o.api.sendCustom({ touser: openidOf(id), msgtype: "text", text: { content } });
        sent++;
      }
    } catch (error) {
      if (!(error instanceof WindowClosedError)) throw error;
      await closeWindow(o.redis, id).catch(() => undefined);
      // What reached her stays; only a message she got none of goes out as a template.
      if (sent === 0) return asTemplate(id, message, error);
    }
    if (sent < texts.length) logInfo("wechat_message_cut", { parts: texts.length, sent });
    return { messageId: 0, via: "message" as const };
  }

  return {
    send,
    async edit(id, _messageId, message) {
      await send(id, message);
    },
  };
}
