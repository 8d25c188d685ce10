/** The WeChat door, /wechat/webhook, driven by the WeChat emulator's pushes: verification, refusals, dedupe, answers, events, privacy. */
import { exports } from "cloudflare:workers";
import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import { keys } from "../../src/store/keys.ts";
import { subscriptionKeys } from "../../src/subscriptions/keys.ts";
import { wechatWebhook } from "../../src/wechat/door.ts";
import { wechatSignature } from "../../src/wechat/signature.ts";
import { appWith } from "../support/broadcast.ts";
import { TEST_WECHAT } from "../support/constants.ts";
import { personOf, postPush, wx } from "../support/wechat.ts";
import { redis } from "../support/worker.ts";

const webhook = "http://jinguo.test/wechat/webhook";

async function signedQuery(extra: Record<string, string> = {}, token: string = TEST_WECHAT.token) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(Math.floor(Math.random() * 1e9));
  return new URLSearchParams({
    timestamp,
    nonce,
    signature: await wechatSignature(token, timestamp, nonce),
    ...extra,
  });
}

afterEach(async () => {
  await wx.mode("plain");
  await wx.clearFaults();
});

describe("verification and refusals", () => {
  it("answers WeChat's URL check with echostr, and a wrong signature with 401", async () => {
    const ok = await exports.default.fetch(
      `${webhook}?${await signedQuery({ echostr: "4375120948345356249" })}`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("4375120948345356249");
    const forged = await signedQuery({ echostr: "1" }, "notTheToken");
    const refused = await exports.default.fetch(`${webhook}?${forged}`);
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain("1");
  });

  it("refuses a push with a wrong signature (401) and a body that is not XML (400)", async () => {
    const { request } = await wx.build("follow", {});
    const tampered = new URL(request.url);
    tampered.searchParams.set("signature", "0".repeat(40));
    expect((await postPush({ url: tampered.toString(), body: request.body })).status).toBe(401);
    const notXml = await exports.default.fetch(`${webhook}?${await signedQuery()}`, {
      method: "POST",
      body: "hello, this is not xml",
    });
    expect(notXml.status).toBe(400);
    // A well-formed document that is no WeChat payload is not XML for us either.
    const shapeless = await exports.default.fetch(`${webhook}?${await signedQuery()}`, {
      method: "POST",
      body: "<xml><Foo>bar</Foo></xml>",
    });
    expect(shapeless.status).toBe(400);
  });

  it("is off (404, nothing sent) when WECHAT_TOKEN, WECHAT_APPID and WECHAT_APPSECRET are not set", async () => {
    const { runtime } = await appWith({ WECHAT_TOKEN: "", WECHAT_APPID: "", WECHAT_APPSECRET: "" });
    expect(runtime.wechat).toBeNull();
    const { request } = await wx.build("send", { openid: (await wx.follow()).openid, text: "你好" });
    const before = await wx.lastSeq();
    const { createApp } = await import("../../src/app.ts");
    const app = createApp(async () => runtime);
    const path = `/wechat/webhook${new URL(request.url).search}`;
    expect((await app.request(path, { method: "POST", body: request.body })).status).toBe(404);
    expect((await app.request(`/wechat/webhook?${await signedQuery({ echostr: "1" })}`)).status).toBe(404);
    expect(await wx.calls({ since: before })).toEqual([]);
  });
});

describe("answers", () => {
  it("welcomes a new follower with the menu as numbered options, in plaintext and in safe mode", async () => {
    const plain = await wx.follow();
    expect(plain.status).toBe(200);
    expect(plain.reply).toContain("巾帼助手");
    expect(plain.reply).toMatch(
      /回复数字选择：\n1\. 📢 招聘会提醒\n2\. .+\n3\. 🤝 找创业导师\n4\. 💰 贷款与救助问答\n5\. 🌐 语言 Language/,
    );
    await wx.mode("safe");
    const sealed = await wx.follow();
    expect(sealed.request.query.encrypt_type).toBe("aes");
    expect(sealed.body).toContain("<Encrypt>");
    expect(sealed.body).not.toContain("巾帼助手");
    expect(sealed.replyError).toBeUndefined();
    expect(sealed.reply).toContain("巾帼助手");
  });

  it("takes a typed number as the option it names", async () => {
    const { openid } = await wx.follow();
    const chosen = await wx.send(openid, "４");
    expect(chosen.reply).toContain("请直接打字提问");
    // Past its screen, a number is text again: the FAQ reads it (not a question staff should see).
    const again = await wx.send(openid, "99");
    expect(again.reply).not.toContain("请直接打字提问");
  });

  it('answers "success" when there is nothing to say, and does nothing twice for a retried push', async () => {
    const { openid } = await wx.follow();
    const built = await wx.build("send", { openid, text: "创业担保贷款怎么申请" });
    const first = await postPush(built.request);
    const body = await first.text();
    expect(body).toContain("<Content>");
    const retry = await postPush(built.request);
    expect(retry.status).toBe(200);
    expect(await retry.text()).toBe("success");
    // The same for events, which have no MsgId (FromUserName + CreateTime).
    const click = await wx.build("unfollow", { openid });
    expect(await (await postPush(click.request)).text()).toBe("success");
    expect(await (await postPush(click.request)).text()).toBe("success");
    const shown = (await wx.messages(openid)).filter((m) => m.direction === "out");
    expect(shown.some((m) => m.via === "system")).toBe(false);
  });

  it("answers a loan question in colloquial Chinese with its source, passively and well inside 5 s", async () => {
    const { openid } = await wx.follow();
    const asked = await wx.send(openid, "我们村姐妹想搞大棚，钱不够，妇联有啥政策");
    expect(asked.reply).toContain("创业担保贷款");
    expect(asked.reply).toMatch(/📄 来源：.+（2009年）· 2026-12-07 核对/);
    expect(asked.reply).not.toMatch(/<\/?b>|&lt;|&amp;/);
    expect(asked.reply).toMatch(/\d\. 👍/);
    expect(asked.ms).toBeLessThan(5000);
    // Her 👍, typed as its number, is counted like the button.
    const up = /(\d+)\. 👍/.exec(asked.reply!)![1]!;
    expect((await wx.send(openid, up)).reply).toContain("谢谢您的反馈");
  });

  it("sends what is not ready in time through the customer-service API afterwards", async () => {
    const { runtime } = await appWith({});
    const door = runtime.wechat!.door;
    const app = new Hono().route(
      "/wechat/webhook",
      wechatWebhook(async () => door, { deadlineMs: 0 }),
    );
    const { openid } = await wx.follow();
    const before = await wx.lastSeq();
    const built = await wx.build("send", { openid, text: "春蕾计划是什么" });
    const res = await app.request(`/wechat/webhook${new URL(built.request.url).search}`, {
      method: "POST",
      body: built.request.body,
    });
    expect(await res.text()).toBe("success");
    const sent = await wx.calls({ api: "message/custom/send", openid, since: before, wait: 5000 });
    expect(sent.length).toBeGreaterThan(0);
    expect(JSON.stringify(sent.at(-1)!.params)).toContain("春蕾");
  });
});

describe("events", () => {
  it("subscribes a follower through a qrscene_sub_370700 poster to Weifang's job fairs", async () => {
    const followed = await wx.follow({ scene: "sub_370700" });
    expect(followed.reply).toContain("已为您订阅潍坊市的招聘会提醒");
    // A newcomer learns what else the account does; its menu numbered after the poster's own options.
    expect(followed.reply).toMatch(
      /1\. ↩ 撤销\n2\. ✏️ 修改地区[\s\S]*巾帼助手还可以帮您[\s\S]*3\. 📢 招聘会提醒/,
    );
    const id = personOf(followed.openid);
    const profile = await redis.hgetall<Record<string, unknown>>(keys.user(id));
    expect(profile).toMatchObject({ regions: 370700, source: "sub_370700", status: "active" });
    expect(await redis.sismember(subscriptionKeys.sub("fairs", "370700"), id)).toBe(1);
    // Scanning the poster again, she is told she has it already.
    const again = await wx.scan(followed.openid, "sub_370700");
    expect(again.reply).toContain("您已经订阅了潍坊市");
    expect(again.reply).not.toContain("巾帼助手还可以帮您");
  });

  it("marks a follower who unfollows as stopped, and nothing is answered", async () => {
    const { openid } = await wx.follow({ scene: "sub_370700" });
    const left = await wx.unfollow(openid);
    expect(left.body).toBe("success");
    const profile = await redis.hgetall<Record<string, unknown>>(keys.user(personOf(openid)));
    expect(profile).toMatchObject({ status: "stopped", stopped_by: "blocked" });
    // Following again (a second later: events are told apart by FromUserName + CreateTime), her
    // alerts come back with the regions she had.
    await wx.advanceClock(1000);
    const back = await wx.follow({ openid });
    expect(back.reply).toContain("已恢复提醒");
    expect(await redis.hget(keys.user(personOf(openid)), "status")).toBe("active");
  });

  it("opens the account menu's job fairs, and a fair's poster", async () => {
    const { runtime } = await appWith({});
    const { accountMenu } = await import("../../src/wechat/menu.ts");
    await runtime.wechat!.api.createMenu(accountMenu(runtime.deps(Date.now()).i18n));
    const { openid } = await wx.follow();
    const listed = await wx.click(openid, "menu:fairs");
    expect(listed.reply).toMatch(/招聘会/);
    const unknown = await wx.scan(openid, "fair_999999999");
    expect(unknown.reply).toContain("没有找到编号为“999999999”的招聘会");
  });
});

describe("privacy", () => {
  it("shows and erases everything about a WeChat person (我的数据, 删除我的数据)", async () => {
    const { openid } = await wx.follow({ scene: "sub_370700" });
    const id = personOf(openid);
    await wx.send(openid, "创业担保贷款怎么申请");
    const mine = await wx.send(openid, "我的数据");
    expect(mine.reply).toContain("潍坊市");
    expect(mine.reply).toContain("sub_370700");
    expect(mine.reply).toContain("您最近一次在微信上留言的时间");
    const ask = await wx.send(openid, "删除我的数据");
    expect(ask.reply).toMatch(/1\. .*删除/);
    const done = await wx.send(openid, "1");
    expect(done.reply).toBeTruthy();
    expect(await redis.keys(`jg:*${id}*`)).toEqual([]);
    expect(await redis.sismember(subscriptionKeys.sub("fairs", "370700"), id)).toBe(0);
  });
});
