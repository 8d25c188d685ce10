/** Mini App launches: initData signed as Telegram signs it (the emulator knows the bot token). */
import { createHmac, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import type { User } from "grammy/types";
import type { Core } from "./core.ts";
import { badRequest } from "./errors.ts";
import { toUser, type UserInput } from "./users.ts";

/** Body of POST /__emu/webapp-init-data. */
export interface WebAppInitInput {
  /** A user the emulator knows (her name and language are taken from her chat), or any id. */
  user_id?: number;
  /** Or the user in full. */
  user?: UserInput;
  /** Unix seconds; default now (an older one makes expired initData). */
  auth_date?: number;
  /** The Mini App's URL: the answer then has it as Telegram opens it, data in the fragment. */
  url?: string;
}

// Telegram also signs `signature` with its own Ed25519 key, for third parties; the emulator uses its own.
let ed25519: KeyObject | undefined;

const dataCheckString = (fields: readonly [string, string][]) =>
  [...fields]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");

function launchingUser(core: Core, input: WebAppInitInput): User {
  if (input.user) return toUser(input.user);
  if (input.user_id === undefined) throw badRequest("user_id or user is required");
  return core.chats.get(input.user_id)?.user ?? toUser({ id: input.user_id });
}

/**
 * URL-encoded initData of `fields` with Telegram's `hash` appended: the hex HMAC-SHA256, under the key
 * HMAC-SHA256("WebAppData", token), of the fields' sorted key=value lines. Signs any fields as given
 * (tests sign odd ones too: a key twice, no user).
 */
export function signInitData(token: string, fields: readonly [string, string][]): string {
  const secret = createHmac("sha256", "WebAppData").update(token).digest();
  const hash = createHmac("sha256", secret).update(dataCheckString(fields)).digest("hex");
  const all: [string, string][] = [...fields, ["hash", hash]];
  return all.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&");
}

/**
 * What Telegram hands a Mini App opened from a `web_app` button: query_id, user (JSON), auth_date,
 * signature and hash. With `url`, also the URL as Telegram opens it, the data in its fragment.
 */
export function webAppInitData(
  core: Core,
  input: WebAppInitInput,
): { init_data: string; launch_url?: string } {
  const { is_bot: _bot, ...user } = launchingUser(core, input);
  const authDate = input.auth_date ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(authDate) || authDate <= 0) throw badRequest("auth_date must be Unix seconds");
  const fields: [string, string][] = [
    ["query_id", randomBytes(18).toString("base64url")],
    ["user", JSON.stringify({ ...user, allows_write_to_pm: true })],
    ["auth_date", String(authDate)],
  ];
  ed25519 ??= generateKeyPairSync("ed25519").privateKey;
  const thirdParty = `${core.bot.id}:WebAppData\n${dataCheckString(fields)}`;
  fields.push(["signature", sign(null, Buffer.from(thirdParty), ed25519).toString("base64url")]);
  const initData = signInitData(core.opts.token, fields);
  if (!input.url) return { init_data: initData };
  const fragment = `tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=9.0&tgWebAppPlatform=weba`;
  return { init_data: initData, launch_url: `${input.url.split("#")[0]}#${fragment}` };
}
