import type { Core } from "../core.ts";
import { badRequest } from "../errors.ts";
import { documentOf, type FileRecord, photoSizesOf } from "../files.ts";
import { imageInfo, mimeOf } from "../image.ts";
import { markupParam } from "../markup.ts";
import { inputFile, type Params, str, type Upload } from "../params.ts";
import { captionParam } from "../text.ts";
import type { MessageContent, StoredMessage } from "../types.ts";
import { type Handler, messageIdParam, replyTarget, sendOut, targetChat } from "./common.ts";

type Kind = FileRecord["kind"];
const KIND_NAME: Record<Kind, string> = { photo: "Photo", document: "Document" };

/** Stores an upload, or looks up a file_id / URL, as the file of a `kind` message. */
export function resolveFile(core: Core, file: Upload | string, kind: Kind): FileRecord {
  if (typeof file !== "string") {
    if (file.bytes.byteLength === 0) throw badRequest("file must be non-empty");
    if (kind === "document")
      return core.files.addDocument(file.bytes, file.filename, mimeOf(file.filename, file.mime));
    const info = imageInfo(file.bytes);
    if (!info) throw badRequest("IMAGE_PROCESS_FAILED");
    return core.files.addPhoto(file.bytes, info).at(-1) as FileRecord;
  }
  if (/^https?:\/\//i.test(file)) {
    // No internet here: a URL is taken on trust, as a file without bytes.
    const name = decodeURIComponent(new URL(file).pathname.split("/").pop() || "file");
    if (kind === "document") return core.files.addDocument(undefined, name, mimeOf(name));
    return core.files
      .addPhoto(undefined, { mime: "image/jpeg", width: 800, height: 600 })
      .at(-1) as FileRecord;
  }
  const rec = core.files.get(file);
  if (!rec) throw badRequest("wrong file identifier/HTTP URL specified");
  if (rec.kind !== kind)
    throw badRequest(`can't use file of type ${KIND_NAME[rec.kind]} as ${KIND_NAME[kind]}`);
  return rec;
}

function sendMedia(kind: Kind): Handler {
  return (core, p) => {
    const state = targetChat(core, p);
    const file = inputFile(p, kind);
    if (file === undefined || file === "") throw badRequest(`there is no ${kind} in the request`);
    const caption = captionParam(p, core.opts.strictHtml);
    const markup = markupParam(p);
    const replyTo = replyTarget(core, state, p);
    const rec = resolveFile(core, file, kind);
    const content: MessageContent =
      kind === "photo" ? { photo: photoSizesOf(rec) } : { document: documentOf(rec) };
    if (caption?.text) content.caption = caption.text;
    if (caption && caption.entities.length > 0) content.caption_entities = caption.entities;
    const via = kind === "photo" ? "sendPhoto" : "sendDocument";
    return sendOut(core, state, content, markup, via, replyTo).message;
  };
}

const getFile: Handler = (core, p) => {
  const rec = core.files.get(str(p, "file_id") ?? "");
  if (!rec) throw badRequest("invalid file_id");
  if (rec.file_size > 20 * 1024 * 1024) throw badRequest("file is too big");
  return {
    file_id: rec.file_id,
    file_unique_id: rec.file_unique_id,
    file_size: rec.file_size,
    file_path: rec.file_path,
  };
};

const CONTENT_KEYS = [
  "text",
  "entities",
  "photo",
  "document",
  "contact",
  "caption",
  "caption_entities",
] as const;

/** The copyable content of a message; service messages have none. */
function contentOf(message: StoredMessage): MessageContent {
  const content: MessageContent = {};
  for (const key of CONTENT_KEYS)
    if (message[key] !== undefined) Object.assign(content, { [key]: message[key] });
  return content;
}

/** The message copyMessage / forwardMessage read from, with Telegram's "not found" wording. */
function sourceMessage(core: Core, p: Params, verb: "copy" | "forward"): StoredMessage {
  const from = targetChat(core, p, "from_chat_id", false);
  const entry = core.chats.find(from, messageIdParam(p));
  if (!entry) throw badRequest(`message to ${verb} not found`);
  return entry.message;
}

const copyMessage: Handler = (core, p) => {
  const state = targetChat(core, p);
  const source = sourceMessage(core, p, "copy");
  const content = contentOf(source);
  if (!content.text && !content.photo && !content.document && !content.contact) {
    throw badRequest("message can't be copied");
  }
  if (p.fields.caption !== undefined && content.text === undefined) {
    const caption = captionParam(p, core.opts.strictHtml);
    delete content.caption_entities;
    content.caption = caption?.text || undefined;
    if (caption && caption.entities.length > 0) content.caption_entities = caption.entities;
    if (!content.caption) delete content.caption;
  }
  const entry = sendOut(core, state, content, markupParam(p), "copyMessage", replyTarget(core, state, p));
  return { message_id: entry.message.message_id };
};

const forwardMessage: Handler = (core, p) => {
  const state = targetChat(core, p);
  const source = sourceMessage(core, p, "forward");
  const content = contentOf(source);
  content.forward_origin = source.forward_origin ?? {
    type: "user",
    sender_user: source.from ?? core.botUser,
    date: source.date,
  };
  return sendOut(core, state, content, undefined, "forwardMessage").message;
};

/** Files in both directions, and copies/forwards of stored messages. */
export const MEDIA_METHODS: Record<string, Handler> = {
  sendDocument: sendMedia("document"),
  sendPhoto: sendMedia("photo"),
  getFile,
  copyMessage,
  forwardMessage,
};
