import { Api } from "grammy";
import { inject } from "vitest";

/**
 * The bot's side of the Bot API emulator, with the Worker's own token: for page tests that need a
 * message the features on main do not send yet (a document, a photo, a reply keyboard, an edit).
 */
export function botApi(): Api {
  return new Api(inject("e2eBotToken"), { apiRoot: inject("e2eEmulatorUrl") });
}
