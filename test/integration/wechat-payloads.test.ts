/** Raw WeChat XML, as WeChat's "接收普通消息" and "接收事件推送" pages print it, posted signed to the door: what each one gets. */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { wechatSignature } from "../../src/wechat/signature.ts";
import { TEST_WECHAT } from "../support/constants.ts";
import { wx } from "../support/wechat.ts";

let seq = 0;
/** A fresh sender per row, so no row sees another's state; MsgIds unique as WeChat's are. */
const fresh = () =>
  `oTest${Date.now().toString(36)}${(seq++).toString(36).padStart(4, "0")}abcdefgh`.slice(0, 28);

async function post(xml: string): Promise<{ status: number; body: string }> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(1e8 + Math.floor(Math.random() * 1e8));
  const signature = await wechatSignature(TEST_WECHAT.token, timestamp, nonce);
  const res = await exports.default.fetch(
    `http://jinguo.test/wechat/webhook?${new URLSearchParams({ signature, timestamp, nonce })}`,
    { method: "POST", body: xml },
  );
  return { status: res.status, body: await res.text() };
}

const envelope = (from: string, type: string) =>
  `<ToUserName><![CDATA[${TEST_WECHAT.account}]]></ToUserName>
<FromUserName><![CDATA[${from}]]></FromUserName>
<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime>
<MsgType><![CDATA[${type}]]></MsgType>`;
const msgId = () => `${7_000_000_000_000_000_000n + BigInt(Date.now()) * 1000n + BigInt(seq++)}`;

/** Row: name, the payload's fields after the envelope, and what the answer must be. */
type Expect = "success" | RegExp;
const ROWS: Array<[name: string, type: string, fields: () => string, expected: Expect]> = [
  [
    "text: a loan question",
    "text",
    () => `<Content><![CDATA[创业担保贷款怎么申请]]></Content><MsgId>${msgId()}</MsgId>`,
    /一般这样办[\s\S]*📄 来源：[\s\S]*\d\. 👍/,
  ],
  [
    "text: a greeting gets the menu",
    "text",
    () => `<Content><![CDATA[你好]]></Content><MsgId>${msgId()}</MsgId>`,
    /回复数字选择：\n1\. /,
  ],
  [
    "text: « 退订 » with nothing to stop",
    "text",
    () => `<Content><![CDATA[退订]]></Content><MsgId>${msgId()}</MsgId>`,
    /已为您退订全部提醒/,
  ],
  [
    "image",
    "image",
    () =>
      `<PicUrl><![CDATA[https://mmbiz.qpic.cn/x]]></PicUrl><MediaId><![CDATA[media_id]]></MediaId><MsgId>${msgId()}</MsgId>`,
    /我没太明白您的意思/,
  ],
  [
    "voice transcribed by WeChat is a question",
    "voice",
    () =>
      `<MediaId><![CDATA[media_id]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[春蕾计划怎么报名]]></Recognition><MsgId>${msgId()}</MsgId>`,
    /春蕾/,
  ],
  [
    "voice without a transcript",
    "voice",
    () => `<MediaId><![CDATA[media_id]]></MediaId><Format><![CDATA[amr]]></Format><MsgId>${msgId()}</MsgId>`,
    /听不了语音/,
  ],
  [
    "location",
    "location",
    () =>
      `<Location_X>36.7066</Location_X><Location_Y>119.1617</Location_Y><Scale>15</Scale><Label><![CDATA[潍坊市奎文区]]></Label><MsgId>${msgId()}</MsgId>`,
    /我没太明白您的意思/,
  ],
  [
    "link",
    "link",
    () =>
      `<Title><![CDATA[公众平台官网链接]]></Title><Description><![CDATA[公众平台官网链接]]></Description><Url><![CDATA[https://mp.weixin.qq.com]]></Url><MsgId>${msgId()}</MsgId>`,
    /我没太明白您的意思/,
  ],
  [
    "shortvideo (a type the door has no reading for)",
    "shortvideo",
    () =>
      `<MediaId><![CDATA[media_id]]></MediaId><ThumbMediaId><![CDATA[thumb_media_id]]></ThumbMediaId><MsgId>${msgId()}</MsgId>`,
    /我没太明白您的意思/,
  ],
  ["subscribe", "event", () => "<Event><![CDATA[subscribe]]></Event>", /我是巾帼助手[\s\S]*回复数字选择/],
  [
    "subscribe through a poster: qrscene_sub_370700",
    "event",
    () =>
      "<Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_sub_370700]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>",
    /已为您订阅潍坊市的招聘会提醒/,
  ],
  [
    "subscribe through an unknown poster",
    "event",
    () =>
      "<Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_hello]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>",
    /这个链接无效或已过期/,
  ],
  [
    "subscribe through a fair poster that does not exist",
    "event",
    () => "<Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_fair_999999999]]></EventKey>",
    /没有找到编号为“999999999”的招聘会/,
  ],
  [
    "subscribe through the mentor poster",
    "event",
    () => "<Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_signup]]></EventKey>",
    /报名结对巾帼创业导师[\s\S]*1\. 同意，开始填写/,
  ],
  [
    "SCAN of a poster",
    "event",
    () =>
      "<Event><![CDATA[SCAN]]></Event><EventKey><![CDATA[sub_370702]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>",
    /已为您订阅.*潍城区.*的招聘会提醒/,
  ],
  ["unsubscribe: nothing to say", "event", () => "<Event><![CDATA[unsubscribe]]></Event>", "success"],
  [
    "CLICK on the menu's Q&A",
    "event",
    () => "<Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[menu:faq]]></EventKey>",
    /请直接打字提问/,
  ],
  [
    "CLICK on the menu's 12338",
    "event",
    () => "<Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[faq:call]]></EventKey>",
    /12338/,
  ],
  [
    "CLICK on the menu's language",
    "event",
    () => "<Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[menu:language]]></EventKey>",
    /1\. 中文[\s\S]*2\. English/,
  ],
  [
    "CLICK on a key nobody knows",
    "event",
    () => "<Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[old:key]]></EventKey>",
    /暂时还不能在微信里办理/,
  ],
  [
    "VIEW: she opened a menu link",
    "event",
    () => "<Event><![CDATA[VIEW]]></Event><EventKey><![CDATA[https://example.org]]></EventKey>",
    "success",
  ],
  [
    "LOCATION report",
    "event",
    () =>
      "<Event><![CDATA[LOCATION]]></Event><Latitude>36.7066</Latitude><Longitude>119.1617</Longitude><Precision>30.0</Precision>",
    "success",
  ],
  [
    "template receipt",
    "event",
    () =>
      `<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>${msgId()}</MsgID><Status><![CDATA[success]]></Status>`,
    "success",
  ],
];

describe("raw WeChat payloads through the door", () => {
  it.each(ROWS)("%s", async (_name, type, fields, expected) => {
    const from = fresh();
    const { status, body } = await post(`<xml>\n${envelope(from, type)}\n${fields()}\n</xml>`);
    expect(status).toBe(200);
    if (expected === "success") return expect(body).toBe("success");
    const seen = await wx.answer(from, status, body).catch(() => null);
    // The emulator knows only the users it made; read the reply ourselves for these.
    const text = seen?.reply?.text ?? /<Content><!\[CDATA\[([\s\S]*?)\]\]><\/Content>/.exec(body)?.[1] ?? "";
    expect(body).toMatch(new RegExp(`<ToUserName><!\\[CDATA\\[${from}\\]\\]></ToUserName>`));
    expect(body).toContain(`<FromUserName><![CDATA[${TEST_WECHAT.account}]]></FromUserName>`);
    expect(text).toMatch(expected);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(2048);
  });
});
