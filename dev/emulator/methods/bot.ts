import type { BotCommand } from "grammy/types";
import type { Core } from "../core.ts";
import { badRequest } from "../errors.ts";
import { canonical } from "../markup.ts";
import { chatIdOf, json, type Params, str } from "../params.ts";
import type { Handler } from "./common.ts";

/** Commands are stored per scope and language, exactly as Telegram looks them up (no fallback). */
function commandsKey(p: Params): string {
  const scope = json(p, "scope", "can't parse BotCommandScope JSON object") ?? { type: "default" };
  return `${canonical(scope)}|${str(p, "language_code") ?? ""}`;
}

function parseCommands(raw: unknown): BotCommand[] {
  if (!Array.isArray(raw)) throw badRequest("can't parse commands JSON object");
  if (raw.length > 100) throw badRequest("too many commands specified");
  return raw.map((c: unknown) => {
    const { command, description } = (c ?? {}) as Record<string, unknown>;
    if (typeof command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command))
      throw badRequest("BOT_COMMAND_INVALID");
    if (typeof description !== "string" || description.trim() === "" || description.length > 256) {
      throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    }
    return { command, description };
  });
}

const setMyCommands: Handler = (core, p) => {
  const commands = parseCommands(json(p, "commands", "can't parse commands JSON object"));
  const key = commandsKey(p);
  if (commands.length === 0) core.settings.commands.delete(key);
  else core.settings.commands.set(key, commands);
  core.events.emit("commands", { key, commands });
  return true;
};

const getMyCommands: Handler = (core, p) => core.settings.commands.get(commandsKey(p)) ?? [];

const deleteMyCommands: Handler = (core, p) => {
  core.settings.commands.delete(commandsKey(p));
  core.events.emit("commands", { key: commandsKey(p), commands: [] });
  return true;
};

const MENU_TYPES = new Set(["commands", "web_app", "default"]);

const setChatMenuButton: Handler = (core, p) => {
  const button = (json(p, "menu_button", "can't parse menu button JSON object") ?? { type: "default" }) as {
    type?: string;
  };
  if (!MENU_TYPES.has(String(button.type))) throw badRequest("unsupported menu button type");
  const chat = chatIdOf(p);
  core.settings.menuButtons.set(chat === undefined ? "" : String(chat), button);
  return true;
};

const getChatMenuButton: Handler = (core, p) => {
  const chat = chatIdOf(p);
  const menus = core.settings.menuButtons;
  return (chat !== undefined ? menus.get(String(chat)) : undefined) ?? menus.get("") ?? { type: "default" };
};

/** set/get pairs for the bot's name, description and short description. */
function profileField(field: "name" | "description" | "short_description", max: number): [Handler, Handler] {
  const key = (p: Params) => `${field}|${str(p, "language_code") ?? ""}`;
  const set: Handler = (core: Core, p) => {
    const value = str(p, field) ?? "";
    if (value.length > max) throw badRequest(`bot ${field.replace("_", " ")} is too long`);
    if (value) core.settings.profile.set(key(p), value);
    else core.settings.profile.delete(key(p));
    return true;
  };
  const get: Handler = (core: Core, p) => ({ [field]: core.settings.profile.get(key(p)) ?? "" });
  return [set, get];
}

const [setMyName, getMyName] = profileField("name", 64);
const [setMyDescription, getMyDescription] = profileField("description", 512);
const [setMyShortDescription, getMyShortDescription] = profileField("short_description", 120);

/** The bot's identity and settings. */
export const BOT_METHODS: Record<string, Handler> = {
  getMe: (core) => core.bot,
  logOut: () => true,
  close: () => true,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  setChatMenuButton,
  getChatMenuButton,
  setMyName,
  getMyName,
  setMyDescription,
  getMyDescription,
  setMyShortDescription,
  getMyShortDescription,
};
