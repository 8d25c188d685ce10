/** One message to one person outside a reply (a notice, an approval request): through the channel, a gone recipient marked stopped. */
import { RecipientGoneError } from "../channel/errors.ts";
import type { OutgoingMessage } from "../channel/types.ts";
import type { Deps } from "../deps.ts";
import { logError } from "../log.ts";
import { markGone } from "../people/gone.ts";
import type { PersonId } from "../people/id.ts";

/**
 * Sends `message` to her chat. True when it was delivered; a recipient who is gone is marked stopped,
 * any other failure is logged under `event` (ids only, no personal data). Never throws a send error.
 */
export async function sendTo(
  deps: Deps,
  to: PersonId,
  message: OutgoingMessage,
  event: string,
): Promise<boolean> {
  try {
    await deps.channel.send(to, message);
    return true;
  } catch (error) {
    if (error instanceof RecipientGoneError) await markGone(deps.redis, to, deps.now);
    else logError(event, error, { chat: to });
    return false;
  }
}
