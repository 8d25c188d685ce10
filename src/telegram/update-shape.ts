/** The shape of the Telegram update fields grammY and the features read, checked at the webhook's edge. */
import * as z from "zod";

// Every object is loose: Telegram adds fields over time and the bot ignores what it does not read.
// Only what is read is typed, and only ids are required; a field of the wrong type makes the update
// unreadable, which would otherwise surface as a TypeError deep in a handler.
const id = z.number().int();
const text = z.string();
// Telegram's own bounds for a person's name: a name past them is not from Telegram.
const name = z.string().min(1).max(64);

const user = z.looseObject({
  id,
  is_bot: z.boolean().optional(),
  first_name: name,
  last_name: name.optional(),
  username: text.optional(),
  language_code: text.optional(),
});

const chat = z.looseObject({
  id,
  type: text,
  title: text.optional(),
  username: text.optional(),
  first_name: text.optional(),
  last_name: text.optional(),
});

const entity = z.looseObject({
  type: text,
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  url: text.optional(),
  user: user.optional(),
  language: text.optional(),
  custom_emoji_id: text.optional(),
});

const file = z.looseObject({ file_id: text, file_unique_id: text.optional() });

const messageFields = {
  message_id: id,
  date: z.number().int(),
  chat,
  from: user.optional(),
  sender_chat: chat.optional(),
  text: text.optional(),
  caption: text.optional(),
  entities: z.array(entity).optional(),
  caption_entities: z.array(entity).optional(),
  media_group_id: text.optional(),
  contact: z
    .looseObject({ phone_number: text, first_name: text.optional(), user_id: id.optional() })
    .optional(),
  location: z.looseObject({ latitude: z.number(), longitude: z.number() }).optional(),
  photo: z.array(file).optional(),
  document: file.optional(),
  sticker: file.optional(),
  voice: file.optional(),
  audio: file.optional(),
  video: file.optional(),
  video_note: file.optional(),
  animation: file.optional(),
  web_app_data: z.looseObject({ data: text, button_text: text.optional() }).optional(),
};

type MessageShape = {
  text?: string | undefined;
  caption?: string | undefined;
  entities?: unknown;
  caption_entities?: unknown;
};
// Entities mark up the text they come with: entities without text (or caption entities without a caption) mark nothing.
const entitiesHaveText = (m: MessageShape) =>
  (m.entities === undefined || m.text !== undefined) &&
  (m.caption_entities === undefined || m.caption !== undefined);
const withText = { message: "entities without the text they mark up", path: ["entities"] };

/** A message the bot may quote: the same fields, one level deep (Telegram never nests further). */
const repliedMessage = z.looseObject(messageFields).refine(entitiesHaveText, withText);
const message = z
  .looseObject({
    ...messageFields,
    reply_to_message: repliedMessage.optional(),
    pinned_message: repliedMessage.optional(),
  })
  .refine(entitiesHaveText, withText);

// A button under a message too old to read arrives as an "inaccessible message" (date 0, no text).
const callbackQuery = z.looseObject({
  id: text,
  from: user,
  message: message.optional(),
  inline_message_id: text.optional(),
  chat_instance: text.optional(),
  data: text.optional(),
});

const member = z.looseObject({ status: text, user });
const chatMemberUpdated = z.looseObject({
  chat,
  from: user,
  date: z.number().int(),
  old_chat_member: member,
  new_chat_member: member,
});

/**
 * An update the bot can read: the update kinds it handles have their read fields typed; other kinds
 * (polls, inline queries, reactions…) pass through, since grammY only routes them to nobody.
 */
export const readableUpdate = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  edited_message: message.optional(),
  channel_post: message.optional(),
  edited_channel_post: message.optional(),
  callback_query: callbackQuery.optional(),
  my_chat_member: chatMemberUpdated.optional(),
  chat_member: chatMemberUpdated.optional(),
});

/** Where an update failed the shape, as field paths only: the values may be personal data. */
export function unreadableFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.join(".")))].slice(0, 10);
}
