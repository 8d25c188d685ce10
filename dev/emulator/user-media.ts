import type { Core } from "./core.ts";
import { badRequest } from "./errors.ts";
import { documentOf, photoSizesOf } from "./files.ts";
import { imageInfo, mimeOf, PLACEHOLDER_PNG } from "./image.ts";
import { detectEntities } from "./text.ts";
import type { MessageContent } from "./types.ts";

/** A file a simulated user sends: an existing file_id, or bytes (base64) / text content. */
export interface MediaInput {
  file_id?: string;
  file_name?: string;
  mime_type?: string;
  content?: string;
  base64?: string;
  width?: number;
  height?: number;
}

/** The media fields of POST /__emu/send. */
export interface MediaMessage {
  photo?: MediaInput | true;
  document?: MediaInput;
  caption?: string;
}

function bytesOf(media: MediaInput): Uint8Array | undefined {
  if (media.base64 !== undefined) return Buffer.from(media.base64, "base64");
  if (media.content !== undefined) return new TextEncoder().encode(media.content);
  return undefined;
}

/** Photo / document (+ caption) of a simulated user's message, stored like uploads. */
export function mediaContent(core: Core, input: MediaMessage): MessageContent {
  const content: MessageContent = {};
  if (input.photo) {
    const media: MediaInput = input.photo === true ? {} : input.photo;
    const known = media.file_id ? core.files.get(media.file_id) : undefined;
    if (media.file_id && known?.kind !== "photo")
      throw badRequest("wrong file identifier/HTTP URL specified");
    const bytes = bytesOf(media);
    const info = bytes
      ? imageInfo(bytes)
      : { mime: "image/png", width: media.width ?? 1, height: media.height ?? 1 };
    if (!info) throw badRequest("IMAGE_PROCESS_FAILED");
    content.photo = photoSizesOf(
      known ?? (core.files.addPhoto(bytes ?? PLACEHOLDER_PNG, info).at(-1) as never),
    );
  }
  if (input.document) {
    const media = input.document;
    const known = media.file_id ? core.files.get(media.file_id) : undefined;
    if (media.file_id && known?.kind !== "document")
      throw badRequest("wrong file identifier/HTTP URL specified");
    const name = media.file_name ?? "file.txt";
    content.document = documentOf(
      known ??
        core.files.addDocument(bytesOf(media) ?? new Uint8Array(), name, media.mime_type ?? mimeOf(name)),
    );
  }
  if ((content.photo || content.document) && input.caption) {
    content.caption = input.caption;
    const entities = detectEntities(input.caption);
    if (entities.length > 0) content.caption_entities = entities;
  }
  return content;
}
