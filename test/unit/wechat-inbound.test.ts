import { describe, expect, it } from "vitest";
import { dedupeKey, type Inbound, parseInbound } from "../../src/wechat/inbound.ts";
import { parseWechatXml, WechatPayloadError } from "../../src/wechat/xml.ts";

// The payloads as WeChat's "接收普通消息" and "接收事件推送" pages print them (line breaks included).
const TABLE: Array<[name: string, xml: string, expected: Inbound]> = [
  [
    "text",
    `<xml>
  <ToUserName><![CDATA[toUser]]></ToUserName>
  <FromUserName><![CDATA[fromUser]]></FromUserName>
  <CreateTime>1348831860</CreateTime>
  <MsgType><![CDATA[text]]></MsgType>
  <Content><![CDATA[this is a test]]></Content>
  <MsgId>1234567890123456</MsgId>
  <MsgDataId>xxxx</MsgDataId>
  <Idx>xxxx</Idx>
</xml>`,
    {
      kind: "text",
      account: "toUser",
      openid: "fromUser",
      createTime: 1348831860,
      msgId: "1234567890123456",
      text: "this is a test",
    },
  ],
  [
    "image",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[fromUser]]></FromUserName>
<CreateTime>1348831860</CreateTime>
<MsgType><![CDATA[image]]></MsgType>
<PicUrl><![CDATA[this is a url]]></PicUrl>
<MediaId><![CDATA[media_id]]></MediaId>
<MsgId>1234567890123456</MsgId>
</xml>`,
    {
      kind: "image",
      account: "toUser",
      openid: "fromUser",
      createTime: 1348831860,
      msgId: "1234567890123456",
      picUrl: "this is a url",
      mediaId: "media_id",
    },
  ],
  [
    "voice with speech recognition",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[fromUser]]></FromUserName>
<CreateTime>1357290913</CreateTime>
<MsgType><![CDATA[voice]]></MsgType>
<MediaId><![CDATA[media_id]]></MediaId>
<Format><![CDATA[Format]]></Format>
<Recognition><![CDATA[腾讯微信团队]]></Recognition>
<MsgId>1234567890123456</MsgId>
</xml>`,
    {
      kind: "voice",
      account: "toUser",
      openid: "fromUser",
      createTime: 1357290913,
      msgId: "1234567890123456",
      mediaId: "media_id",
      format: "Format",
      recognition: "腾讯微信团队",
    },
  ],
  [
    "location",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[fromUser]]></FromUserName>
<CreateTime>1351776360</CreateTime>
<MsgType><![CDATA[location]]></MsgType>
<Location_X>23.134521</Location_X>
<Location_Y>113.358803</Location_Y>
<Scale>20</Scale>
<Label><![CDATA[位置信息]]></Label>
<MsgId>1234567890123456</MsgId>
</xml>`,
    {
      kind: "location",
      account: "toUser",
      openid: "fromUser",
      createTime: 1351776360,
      msgId: "1234567890123456",
      latitude: 23.134521,
      longitude: 113.358803,
      scale: 20,
      label: "位置信息",
    },
  ],
  [
    "link",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[fromUser]]></FromUserName>
<CreateTime>1351776360</CreateTime>
<MsgType><![CDATA[link]]></MsgType>
<Title><![CDATA[公众平台官网链接]]></Title>
<Description><![CDATA[公众平台官网链接]]></Description>
<Url><![CDATA[url]]></Url>
<MsgId>1234567890123456</MsgId>
</xml>`,
    {
      kind: "link",
      account: "toUser",
      openid: "fromUser",
      createTime: 1351776360,
      msgId: "1234567890123456",
      title: "公众平台官网链接",
      description: "公众平台官网链接",
      url: "url",
    },
  ],
  [
    "subscribe (a plain follow)",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[subscribe]]></Event>
</xml>`,
    { kind: "subscribe", account: "toUser", openid: "FromUser", createTime: 123456789 },
  ],
  [
    "subscribe with an empty EventKey (as WeChat sends a follow from search)",
    `<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[FromUser]]></FromUserName><CreateTime>123456789</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[]]></EventKey></xml>`,
    { kind: "subscribe", account: "toUser", openid: "FromUser", createTime: 123456789 },
  ],
  [
    "subscribe through a poster QR (qrscene_)",
    `<xml><ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[subscribe]]></Event>
<EventKey><![CDATA[qrscene_123123]]></EventKey>
<Ticket><![CDATA[TICKET]]></Ticket>
</xml>`,
    {
      kind: "subscribe",
      account: "toUser",
      openid: "FromUser",
      createTime: 123456789,
      scene: "123123",
      ticket: "TICKET",
    },
  ],
  [
    "subscribe through a string-scene poster (the Telegram deep-link payloads)",
    `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1765000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_sub_370700]]></EventKey><Ticket><![CDATA[gQH47joAAAAA]]></Ticket></xml>`,
    {
      kind: "subscribe",
      account: "gh_1",
      openid: "o1",
      createTime: 1765000000,
      scene: "sub_370700",
      ticket: "gQH47joAAAAA",
    },
  ],
  [
    "SCAN (already following)",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[SCAN]]></Event>
<EventKey><![CDATA[SCENE_VALUE]]></EventKey>
<Ticket><![CDATA[TICKET]]></Ticket>
</xml>`,
    {
      kind: "scan",
      account: "toUser",
      openid: "FromUser",
      createTime: 123456789,
      scene: "SCENE_VALUE",
      ticket: "TICKET",
    },
  ],
  [
    "unsubscribe",
    `<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[FromUser]]></FromUserName><CreateTime>123456789</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unsubscribe]]></Event></xml>`,
    { kind: "unsubscribe", account: "toUser", openid: "FromUser", createTime: 123456789 },
  ],
  [
    "CLICK",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[CLICK]]></Event>
<EventKey><![CDATA[EVENTKEY]]></EventKey>
</xml>`,
    { kind: "click", account: "toUser", openid: "FromUser", createTime: 123456789, key: "EVENTKEY" },
  ],
  [
    "VIEW",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[VIEW]]></Event>
<EventKey><![CDATA[www.qq.com]]></EventKey>
<MenuId>MENUID</MenuId>
</xml>`,
    {
      kind: "view",
      account: "toUser",
      openid: "FromUser",
      createTime: 123456789,
      url: "www.qq.com",
      menuId: "MENUID",
    },
  ],
  [
    "a LOCATION report (kept as other)",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[fromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[LOCATION]]></Event>
<Latitude>23.137466</Latitude>
<Longitude>113.352425</Longitude>
<Precision>119.385040</Precision>
</xml>`,
    {
      kind: "other",
      account: "toUser",
      openid: "fromUser",
      createTime: 123456789,
      msgType: "event",
      event: "LOCATION",
      fields: {
        ToUserName: "toUser",
        FromUserName: "fromUser",
        CreateTime: "123456789",
        MsgType: "event",
        Event: "LOCATION",
        Latitude: "23.137466",
        Longitude: "113.352425",
        Precision: "119.385040",
      },
    },
  ],
  [
    "a video (kept as other, with its MsgId)",
    `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[fromUser]]></FromUserName>
<CreateTime>1357290913</CreateTime>
<MsgType><![CDATA[video]]></MsgType>
<MediaId><![CDATA[media_id]]></MediaId>
<ThumbMediaId><![CDATA[thumb_media_id]]></ThumbMediaId>
<MsgId>1234567890123456</MsgId>
</xml>`,
    {
      kind: "other",
      account: "toUser",
      openid: "fromUser",
      createTime: 1357290913,
      msgType: "video",
      msgId: "1234567890123456",
      fields: {
        ToUserName: "toUser",
        FromUserName: "fromUser",
        CreateTime: "1357290913",
        MsgType: "video",
        MediaId: "media_id",
        ThumbMediaId: "thumb_media_id",
        MsgId: "1234567890123456",
      },
    },
  ],
];

describe("inbound payloads", () => {
  it.each(TABLE)("%s", (_name, xml, expected) => {
    expect(parseInbound(xml)).toEqual(expected);
  });

  it("keeps her text exactly: spaces, line breaks, numbers, entities, a split ]]> and markup", () => {
    const xml = (content: string) =>
      `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1765000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>${content}</Content><MsgId>24000000000000000001</MsgId></xml>`;
    const text = (content: string) => {
      const inbound = parseInbound(xml(content));
      if (inbound.kind !== "text") throw new Error(inbound.kind);
      return inbound.text;
    };
    expect(text("<![CDATA[  两个空格\n第二行  ]]>")).toBe("  两个空格\n第二行  ");
    expect(text("<![CDATA[007]]>")).toBe("007");
    expect(text("<![CDATA[1e3]]>")).toBe("1e3");
    expect(text("<![CDATA[a ]]]]><![CDATA[> b]]>")).toBe("a ]]> b");
    expect(text("<![CDATA[<b>粗</b> &amp; &lt;]]>")).toBe("<b>粗</b> &amp; &lt;");
    expect(text("a &amp; b &lt; c")).toBe("a & b < c");
    expect(text("<![CDATA[<!DOCTYPE html>]]>")).toBe("<!DOCTYPE html>");
    expect(text("<![CDATA[]]>")).toBe("");
    // MsgId is 64-bit: no rounding through a JavaScript number.
    expect((parseInbound(xml("<![CDATA[x]]>")) as { msgId: string }).msgId).toBe("24000000000000000001");
  });

  it("reads event names in any case", () => {
    const click = parseInbound(
      "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType><Event>click</Event><EventKey>fairs</EventKey></xml>",
    );
    expect(click).toMatchObject({ kind: "click", key: "fairs" });
  });
});

describe("payloads that are refused", () => {
  const envelope =
    "<ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[o]]></FromUserName><CreateTime>1765000000</CreateTime>";
  it.each([
    ["not XML at all", "hello", "xml"],
    ["JSON", '{"ToUserName":"gh"}', "xml"],
    ["an empty body", "", "xml"],
    ["unclosed", `<xml>${envelope}<MsgType>text</MsgType>`, "xml"],
    ["mismatched tags", `<xml>${envelope}<MsgType>text</Msgtype></xml>`, "xml"],
    ["two roots", `<xml>${envelope}</xml><xml></xml>`, "xml"],
    ["another root", `<message>${envelope}</message>`, "xml"],
    ["a root without fields", "<xml>text</xml>", "xml"],
    ["a DOCTYPE with an entity", `<!DOCTYPE xml [<!ENTITY e "boom">]><xml>${envelope}</xml>`, "xml"],
    ["no MsgType", `<xml>${envelope}</xml>`, "shape"],
    [
      "no FromUserName",
      "<xml><ToUserName>gh</ToUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>",
      "shape",
    ],
    [
      "a CreateTime that is not a number",
      `<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>soon</CreateTime><MsgType>event</MsgType><Event>unsubscribe</Event></xml>`,
      "shape",
    ],
    ["text without Content", `<xml>${envelope}<MsgType>text</MsgType><MsgId>1</MsgId></xml>`, "shape"],
    ["text without MsgId", `<xml>${envelope}<MsgType>text</MsgType><Content>hi</Content></xml>`, "shape"],
    [
      "text with two Contents",
      `<xml>${envelope}<MsgType>text</MsgType><Content>a</Content><Content>b</Content><MsgId>1</MsgId></xml>`,
      "shape",
    ],
    [
      "a nested Content",
      `<xml>${envelope}<MsgType>text</MsgType><Content><b>x</b></Content><MsgId>1</MsgId></xml>`,
      "shape",
    ],
    ["CLICK without EventKey", `<xml>${envelope}<MsgType>event</MsgType><Event>CLICK</Event></xml>`, "shape"],
    [
      "SCAN with an empty EventKey",
      `<xml>${envelope}<MsgType>event</MsgType><Event>SCAN</Event><EventKey></EventKey></xml>`,
      "shape",
    ],
    [
      "a location with words for coordinates",
      `<xml>${envelope}<MsgType>location</MsgType><Location_X>north</Location_X><Location_Y>1</Location_Y><Scale>1</Scale><Label>x</Label><MsgId>1</MsgId></xml>`,
      "shape",
    ],
  ])("%s", (_name, xml, problem) => {
    let error: unknown;
    try {
      parseInbound(xml);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WechatPayloadError);
    expect((error as WechatPayloadError).problem).toBe(problem);
    // Field names only, never her words.
    expect((error as Error).message).not.toContain("boom");
  });

  it("does not echo her words in a shape error", () => {
    expect(() =>
      parseInbound(
        `<xml>${envelope}<MsgType>text</MsgType><Content>我的电话13800138000</Content><MsgId>x</MsgId></xml>`,
      ),
    ).toThrow(/^missing or invalid MsgId$/);
  });

  it("gives an event without a name to other, not a crash", () => {
    const inbound = parseInbound(`<xml>${envelope}<MsgType>event</MsgType></xml>`);
    expect(inbound).toMatchObject({ kind: "other", msgType: "event" });
  });

  it("parses the fields of a document without the text between them", () => {
    expect(parseWechatXml("<xml>\n  <A>1</A>\n  <B><![CDATA[2]]></B>\n</xml>")).toEqual({ A: "1", B: "2" });
  });
});

describe("dedupe keys", () => {
  it("uses MsgId for messages and FromUserName + CreateTime (+ event) for events", () => {
    const [text, , , , , subscribe, , , , scan, , click] = TABLE.map(([, xml]) => parseInbound(xml));
    expect(dedupeKey(text as Inbound)).toBe("msg:1234567890123456");
    expect(dedupeKey(subscribe as Inbound)).toBe("evt:FromUser:123456789:subscribe");
    expect(dedupeKey(scan as Inbound)).toBe("evt:FromUser:123456789:scan");
    expect(dedupeKey(click as Inbound)).toBe("evt:FromUser:123456789:click");
    const location = parseInbound((TABLE[13] as [string, string, Inbound])[1]);
    expect(dedupeKey(location)).toBe("evt:fromUser:123456789:LOCATION");
    const video = parseInbound((TABLE[14] as [string, string, Inbound])[1]);
    expect(dedupeKey(video)).toBe("msg:1234567890123456");
  });
});
