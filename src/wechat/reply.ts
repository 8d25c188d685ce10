/** Passive replies: the XML a webhook answers with inside WeChat's 5 seconds, or "success" for nothing. */
import { buildWechatXml } from "./xml.ts";

/** The body that tells WeChat "received, nothing to say" (no retry, nothing shown to her). */
export const NO_REPLY = "success";

/** A text reply to the person who wrote (`openid`), from the account (`account`, the gh_… id). */
export interface TextReply {
  openid: string;
  account: string;
  text: string;
  /** Seconds since the epoch. */
  createTime: number;
}

/**
 * The passive text reply XML. The text goes in CDATA written safely (a `]]>` she typed cannot close
 * it early); it is not HTML-escaped because WeChat shows Content as plain text.
 */
export function textReplyXml(reply: TextReply): string {
  return buildWechatXml([
    ["ToUserName", reply.openid],
    ["FromUserName", reply.account],
    ["CreateTime", Math.floor(reply.createTime)],
    ["MsgType", "text"],
    ["Content", reply.text],
  ]);
}
