/** The forms' conversation on each channel: built around a Telegram update or a WeChat push (src/channel/conversation.ts). */
import { Keyboard } from "grammy";
import type { Conversation } from "../../src/channel/conversation.ts";
import { buttonOf, type Screen, screen } from "../../src/channel/screen.ts";
import { lastQuestion } from "../../src/faq/last-question.ts";
import { faqReply } from "../../src/faq/reply.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { inlineKeyboard } from "../../src/telegram/keyboard.ts";
import { escapeHtml } from "../../src/text/html.ts";
import type { WechatTurn } from "../../src/wechat/feature.ts";
import { replyToQuestion } from "../faq/reply.ts";
import { pressedOldMessage } from "./old-press.ts";

/** A Telegram conversation, and whether a press was answered already (an alert): else the composer answers it. */
export interface TelegramConversation extends Conversation {
  pressAnswered: boolean;
}

/** The conversation of a Telegram update (a private chat: her id is the sender's). */
export function telegramConversation(ctx: BotContext): TelegramConversation {
  const keyboard = (s: Screen) => inlineKeyboard(s.rows.map((row) => row.map(buttonOf)));
  const conversation: TelegramConversation = {
    get deps() {
      return ctx.deps;
    },
    person: ctx.from!.id,
    get locale() {
      return ctx.locale;
    },
    get session() {
      return ctx.session;
    },
    get profile() {
      return ctx.profile;
    },
    get storageOk() {
      return ctx.storageOk;
    },
    buttons: true,
    pressAnswered: false,
    t: (key, args) => ctx.t(key, args),
    text: (key, args) => ctx.tText(key, args),
    async show(s, opts = {}) {
      if (opts.contact) {
        // The phone question: a reply keyboard, the only way to offer request_contact.
        const reply_markup = new Keyboard()
          .requestContact(opts.contact.share)
          .row()
          .text(opts.contact.back)
          .resized()
          .oneTime();
        await ctx.reply(s.html, { parse_mode: "HTML", reply_markup });
        return;
      }
      const reply_markup = keyboard(s);
      // On the pressed message while it is fresh; a step taken far up the chat goes on at the
      // bottom, and an edit Telegram refuses falls back to a new message, so she is never left
      // without the question.
      if (opts.edit && ctx.callbackQuery?.message && !pressedOldMessage(ctx)) {
        try {
          await ctx.editMessageText(s.html, { parse_mode: "HTML", reply_markup });
          return;
        } catch (error) {
          if (String(error).includes("message is not modified")) return;
        }
      }
      await ctx.reply(s.html, { parse_mode: "HTML", reply_markup });
    },
    async say(html, opts = {}) {
      const extra = opts.dropKeyboard ? { reply_markup: { remove_keyboard: true as const } } : {};
      await ctx.reply(html, { parse_mode: "HTML", ...extra });
    },
    async redraw(s) {
      await ctx.editMessageReplyMarkup({ reply_markup: keyboard(s) }).catch(() => undefined);
    },
    async alert(text) {
      conversation.pressAnswered = true;
      await ctx.answerCallbackQuery({ text, show_alert: true });
    },
    ask: (text) => replyToQuestion(ctx, text, { onlyIfConfident: true }),
  };
  return conversation;
}

/**
 * The conversation of a WeChat push: every screen is one of her answers (numbered options), an
 * edit is a new message, and a question typed mid-form gets the FAQ's answer without its own
 * options, so the numbers she types next are the form's.
 */
export function wechatConversation(turn: WechatTurn): Conversation {
  return {
    deps: turn.deps,
    person: turn.person,
    get locale() {
      return turn.locale;
    },
    session: turn.session,
    profile: turn.profile,
    storageOk: turn.storageOk,
    buttons: false,
    t: (key, args) => turn.t(key, args),
    text: (key, args) => turn.text(key, args),
    async show(s) {
      turn.reply(s);
    },
    async say(html) {
      turn.reply({ html });
    },
    async redraw(s) {
      turn.reply(s);
    },
    async alert(text) {
      turn.reply({ html: escapeHtml(text) });
    },
    async ask(text) {
      const reply = await faqReply(turn.deps, text, {
        locale: turn.locale,
        live: turn.storageOk,
        onlyIfConfident: true,
      });
      if (!reply) return false;
      lastQuestion.set(turn.session, reply.last);
      turn.reply(screen(reply.message.html ?? ""));
      return true;
    },
  };
}
