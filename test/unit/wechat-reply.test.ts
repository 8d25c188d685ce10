import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseInbound } from "../../src/wechat/inbound.ts";
import { NO_REPLY, textReplyXml } from "../../src/wechat/reply.ts";
import { cdata, parseWechatXml } from "../../src/wechat/xml.ts";

// A parser other than ours reads the replies back, as WeChat's would.
const independent = new XMLParser({ parseTagValue: false, trimValues: false });
const contentOf = (xml: string) => (independent.parse(xml) as { xml: { Content: string } }).xml.Content;

describe("passive text reply", () => {
  it("has WeChat's documented shape", () => {
    expect(textReplyXml({ openid: "toUser", account: "fromUser", text: "你好", createTime: 12345678 })).toBe(
      "<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName><CreateTime>12345678</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content></xml>",
    );
  });

  it.each([
    ["a ]]> she typed", "回复 ]]> 这里"],
    ["several, and one at each end", "]]>a]]>]]>b]]>"],
    ["brackets that are not a terminator", "]] > ]]]>> [[ <![CDATA[ x"],
    ["markup and entities, shown as typed", "<a href='x'>链接</a> &amp; &lt;"],
    ["line breaks and numbered options", "1. 招聘会\n2. 创业导师\n3. 贷款问答"],
    ["emoji (surrogate pairs)", "🌸👩‍💼 巾帼"],
    ["nothing", ""],
  ])("carries %s intact", (_name, text) => {
    const xml = textReplyXml({ openid: "o1", account: "gh_1", text, createTime: 1765000000 });
    expect(contentOf(xml)).toBe(text);
    expect(parseWechatXml(xml).Content).toBe(text);
  });

  it("drops characters XML cannot carry instead of producing a document WeChat would refuse", () => {
    const xml = textReplyXml({
      openid: "o1",
      account: "gh_1",
      text: "a\u0000b\u0007c\u001Fd\uFFFEe\uD800f\tg\nh",
      createTime: 1,
    });
    expect(contentOf(xml)).toBe("abcdef\tg\nh");
  });

  it("escapes the ids too", () => {
    const xml = textReplyXml({ openid: "o]]>1", account: "gh", text: "x", createTime: 1.9 });
    expect(independent.parse(xml).xml.ToUserName).toBe("o]]>1");
    expect(xml).toContain("<CreateTime>1</CreateTime>");
  });

  it("is itself readable as a payload (the emulator reads replies that way)", () => {
    const xml = textReplyXml({ openid: "o1", account: "gh_1", text: "好", createTime: 1765000000 });
    const fields = parseWechatXml(xml);
    expect(fields).toEqual({
      ToUserName: "o1",
      FromUserName: "gh_1",
      CreateTime: "1765000000",
      MsgType: "text",
      Content: "好",
    });
    // A reply has no MsgId, so it is not a valid inbound text message.
    expect(() => parseInbound(xml)).toThrow(/MsgId/);
  });

  it("says nothing with the word WeChat expects", () => {
    expect(NO_REPLY).toBe("success");
    expect(cdata("]]>")).toBe("<![CDATA[]]]]><![CDATA[>]]>");
  });
});
