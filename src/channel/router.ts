/** The one outbound Channel: each message goes out through the channel of the person it is for. */
import { type ChannelName, channelOf } from "../people/id.ts";
import { ChannelConfigError } from "./errors.ts";
import type { Channel } from "./types.ts";

/** A channel that is not configured: every send names what to set. */
function offChannel(name: ChannelName): Channel {
  const refuse = () =>
    Promise.reject(
      new ChannelConfigError(
        name === "wechat"
          ? "the WeChat channel is off: set WECHAT_TOKEN, WECHAT_APPID and WECHAT_APPSECRET"
          : `the ${name} channel is off`,
      ),
    );
  return { send: refuse, edit: refuse };
}

/**
 * Routes every send and edit to the channel of its person: a Telegram id to Telegram, a `wx:`
 * openid to WeChat. A person whose channel is off gets a ChannelConfigError (counted as failed with
 * that reason, never sent elsewhere).
 */
export function channelRouter(channels: Partial<Record<ChannelName, Channel>>): Channel {
  const of = (id: Parameters<Channel["send"]>[0]): Channel => {
    const name = channelOf(id);
    return channels[name] ?? offChannel(name);
  };
  return {
    send: (id, message) => of(id).send(id, message),
    edit: (id, messageId, message) => of(id).edit(id, messageId, message),
  };
}
