import type { Core } from "./core.ts";
import { ApiError } from "./errors.ts";
import type { Body, Route } from "./route.ts";
import {
  rawUpdate,
  type SendInput,
  toUser,
  type UserInput,
  userBlock,
  userCallback,
  userSend,
} from "./users.ts";
import { type WebAppInitInput, webAppInitData } from "./webapp.ts";

function chatSummary(core: Core) {
  return core.chats.all().map((s) => ({
    chat: s.chat,
    blocked: core.faults.blockError(s.chat.id) !== undefined,
    message_count: s.log.filter((e) => !e.deleted).length,
    last_message: s.log.at(-1)?.message,
  }));
}

/** What a chat simulator needs: simulated users acting, and the chats as they look to them. */
export const USER_ROUTES: Route[] = [
  ["POST", /^\/send$/, (core, body) => userSend(core, body as unknown as SendInput)],
  ["POST", /^\/callback$/, (core, body) => userCallback(core, body as never)],
  ["POST", /^\/user-block$/, (core, body) => userBlock(core, body.from as UserInput, body.blocked !== false)],
  ["POST", /^\/update$/, (core, body) => rawUpdate(core, (body.update ?? body) as Body)],
  ["GET", /^\/chats$/, (core) => ({ chats: chatSummary(core) })],
  [
    "POST",
    /^\/chats$/,
    (core, body) => {
      const users = (Array.isArray(body.users) ? body.users : [body]) as UserInput[];
      return { chats: users.map((u) => core.chats.privateChat(toUser(u)).chat) };
    },
  ],
  [
    "GET",
    /^\/chats\/(-?\d+)\/messages$/,
    (core, _b, _u, m) => {
      const state = core.chats.get(Number(m[1]));
      if (!state) throw new ApiError(404, "Not Found: chat not found");
      const blocked = core.faults.blockError(state.chat.id) !== undefined;
      return { chat: state.chat, blocked, reply_keyboard: state.replyKeyboard ?? null, messages: state.log };
    },
  ],
  ["GET", /^\/commands$/, (core) => ({ commands: Object.fromEntries(core.settings.commands) })],
  ["POST", /^\/webapp-init-data$/, (core, body) => webAppInitData(core, body as WebAppInitInput)],
];
