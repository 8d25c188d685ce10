/** What the bot says to a message it cannot read (a sticker, a voice message, a photo, a file, a location, a contact card): one tip per kind. */

/** The kinds of message the bot cannot read, as any channel names them. */
export const MEDIA_KINDS = ["sticker", "voice", "picture", "file", "location", "contact"] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

// Each tip says what arrived and what to do instead; a picture's and a file's also ask her not to
// send ID or bank-card photos, which women often do to "show" their papers.
const TIPS: Record<MediaKind, string> = {
  sticker: "faq-emoji-prompt",
  voice: "faq-voice-prompt",
  picture: "faq-picture-prompt",
  file: "faq-file-prompt",
  location: "faq-location-prompt",
  contact: "faq-contact-prompt",
};

/** The locale key of the tip for a message of `kind`. */
export function mediaTip(kind: MediaKind): string {
  return TIPS[kind];
}
