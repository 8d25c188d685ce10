/** What the domain asks a channel to deliver (a message, its buttons, a notice summary), and the channel's outbound side. */
import type { PersonId } from "../people/id.ts";
import type { Notice } from "./notice.ts";

/**
 * A button under an outgoing message: a callback (data ≤ 64 bytes) or an https link. A callback
 * button is also an option she can type: its number, its label, or one of `answers` (see
 * src/channel/screen.ts).
 */
export type Button =
  | { text: string; callback: string; answers?: readonly string[] }
  | { text: string; url: string };

/** What the domain asks a channel to deliver; each channel renders it its own way (src/channel/screen.ts). */
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
  /**
   * What the message announces, in a few fields, for channels that may only reach her through a
   * pre-approved template outside a conversation (WeChat after 48 hours).
   */
  notice?: Notice;
  /** The same message under the same key is sent once even when asked twice (WeChat's client_msg_id). */
  onceKey?: string;
}

/** How a channel delivered a message: as a message in her chat, or as a template notice. */
export type DeliveredVia = "message" | "template";

/** The outbound side of a chat channel, as the domain sees it. */
export interface Channel {
  send(chatId: PersonId, message: OutgoingMessage): Promise<{ messageId: number; via?: DeliveredVia }>;
  edit(chatId: PersonId, messageId: number, message: OutgoingMessage): Promise<void>;
}
