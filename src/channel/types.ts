/** A button under an outgoing message: a callback (data ≤ 64 bytes) or an https link. */
import type { PersonId } from "../people/id.ts";
export type Button = { text: string; callback: string } | { text: string; url: string };

/** What the domain asks a channel to deliver; Telegram today, WeChat later. */
export interface OutgoingMessage {
  /** Telegram-HTML text (≤ 4,096 characters); user-provided parts already escaped. */
  html?: string;
  buttons?: Button[][];
  /** A file to attach; with `html` it becomes the caption. */
  document?: { filename: string; content: Uint8Array | string; mime?: string };
  /** Re-send an existing message (media and formatting kept), e.g. a staff member's forwarded post. */
  copyFrom?: { chatId: PersonId; messageId: number };
  /** Telegram's paid broadcast: higher rate limit, billed in Stars. */
  paid?: boolean;
}

/** The outbound side of a chat channel, as the domain sees it. */
export interface Channel {
  send(chatId: PersonId, message: OutgoingMessage): Promise<{ messageId: number }>;
  edit(chatId: PersonId, messageId: number, message: OutgoingMessage): Promise<void>;
}
