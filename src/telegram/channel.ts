/** The Telegram side of the Channel: sends, copies, documents and edits through the Bot API, failures classified. */
import { type Api, InputFile } from "grammy";
import { NotModifiedError } from "../channel/errors.ts";
import { screenOf } from "../channel/screen.ts";
import type { Channel, OutgoingMessage } from "../channel/types.ts";
import { classifyTelegramError } from "./errors.ts";
import { screenKeyboard } from "./keyboard.ts";

/** The Telegram implementation of Channel, over grammY's Api (no retries: callers decide). */
export function telegramChannel(api: Api): Channel {
  return {
    async send(chatId, message: OutgoingMessage) {
      const reply_markup = screenKeyboard(screenOf(message));
      const paid = message.paid ? { allow_paid_broadcast: true } : {};
      try {
        if (message.copyFrom) {
          const res = await api.copyMessage(chatId, message.copyFrom.chatId, message.copyFrom.messageId, {
            reply_markup,
            ...paid,
          });
          return { messageId: res.message_id, via: "message" };
        }
        if (message.document) {
          const { filename, content } = message.document;
          const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
          const res = await api.sendDocument(chatId, new InputFile(bytes, filename), {
            caption: message.html,
            parse_mode: message.html ? "HTML" : undefined,
            reply_markup,
            ...paid,
          });
          return { messageId: res.message_id, via: "message" };
        }
        const res = await api.sendMessage(chatId, message.html ?? "", {
          parse_mode: "HTML",
          reply_markup,
          link_preview_options: { is_disabled: true },
          ...paid,
        });
        return { messageId: res.message_id, via: "message" };
      } catch (error) {
        throw classifyTelegramError(error);
      }
    },
    async edit(chatId, messageId, message) {
      try {
        await api.editMessageText(chatId, messageId, message.html ?? "", {
          parse_mode: "HTML",
          reply_markup: screenKeyboard(screenOf(message)),
          link_preview_options: { is_disabled: true },
        });
      } catch (error) {
        const classified = classifyTelegramError(error);
        if (classified instanceof NotModifiedError) return;
        throw classified;
      }
    },
  };
}
