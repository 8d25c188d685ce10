/** The women's forms on WeChat, typed: the subscription picker, RSVP, the whole mentor sign-up with its staff notice, /mydata and /delete, through /wechat/webhook and the WeChat emulator. */
import { beforeAll, describe, expect, it } from "vitest";
import { hasRsvp } from "../../src/fairs/rsvp.ts";
import { createFair } from "../../src/fairs/store.ts";
import { signupKeys } from "../../src/signup/keys.ts";
import { keys } from "../../src/store/keys.ts";
import { subscriptionKeys } from "../../src/subscriptions/keys.ts";
import { accountMenu } from "../../src/wechat/menu.ts";
import { appWith } from "../support/broadcast.ts";
import { ADMIN_ID, WEIFANG_STAFF_ID } from "../support/constants.ts";
import { textsFor } from "../support/emulator.ts";
import { DAY, draft } from "../support/fairs.ts";
import { personOf, type WxOutcome, wx } from "../support/wechat.ts";
import { redis } from "../support/worker.ts";

beforeAll(async () => {
  // The account's menu, as `npm run wechat:setup` creates it: her clicks are on it.
  const { runtime } = await appWith({});
  await runtime.wechat!.api.createMenu(accountMenu(runtime.deps(Date.now()).i18n));
});

/** One thing she does and what she must (and must not) see in the passive reply. */
interface Step {
  send?: string;
  click?: string;
  /** A picture (a message that is not text). */
  picture?: true;
  /** The number of the option whose label matches, typed (« 1 »). */
  choose?: RegExp;
  see: RegExp[];
  notSee?: RegExp[];
}

/** The number the last reply gives the option whose line matches `label`. */
function numberOf(reply: string, label: RegExp): string {
  const line = reply.split("\n").find((l) => /^\d+\. /.test(l) && label.test(l));
  if (!line) throw new Error(`no option ${label} in:\n${reply}`);
  return line.slice(0, line.indexOf("."));
}

/** Plays the steps in order; each reply is a 200 with a passive text that WeChat shows her. */
async function play(openid: string, steps: readonly Step[], first?: WxOutcome): Promise<WxOutcome> {
  let last = first;
  for (const [i, step] of steps.entries()) {
    const text = step.choose ? numberOf(last?.reply ?? "", step.choose) : step.send;
    const outcome = step.click
      ? await wx.click(openid, step.click)
      : step.picture
        ? await wx.push(openid, { MsgType: "image", PicUrl: "https://mmbiz.qpic.cn/x", MediaId: "m1" })
        : await wx.send(openid, text!);
    const where = `step ${i + 1} (${step.click ?? (step.picture ? "a picture" : text)}):\n${outcome.reply}`;
    expect(outcome.status, where).toBe(200);
    expect(outcome.replyError, where).toBeUndefined();
    for (const see of step.see) expect(outcome.reply, where).toMatch(see);
    for (const no of step.notSee ?? []) expect(outcome.reply ?? "", where).not.toMatch(no);
    last = outcome;
  }
  return last!;
}

describe("job fairs from a poster", () => {
  it("follows through a qrscene_sub_370700 poster, gets the next Weifang fair and RSVPs by typing", async () => {
    const title = `潍坊春风行动${Date.now() % 100000}`;
    const fair = await createFair(
      redis,
      draft({ title, region: "370702", startsAt: Date.now() + 2 * 3600_000 + DAY / 2 }),
      ADMIN_ID,
      Date.now(),
    );
    const followed = await wx.follow({ scene: "sub_370700" });
    expect(followed.reply).toContain("已为您订阅潍坊市的招聘会提醒");
    const listed = await play(followed.openid, [{ click: "menu:fairs", see: [new RegExp(title)] }]);
    // Her fair is one of the « 第 n 场 » options (other tests' fairs may be listed too): open each until hers.
    const count = (listed.reply!.match(/第 \d+ 场/g) ?? []).length;
    expect(count).toBeGreaterThan(0);
    let opened: WxOutcome | undefined;
    for (let k = 1; k <= count && !opened?.reply?.includes(title); k++) {
      const list = k === 1 ? listed : await wx.click(followed.openid, "menu:fairs");
      opened = await wx.send(followed.openid, numberOf(list.reply!, new RegExp(`第 ${k} 场`)));
    }
    expect(opened?.reply).toContain(title);
    const id = personOf(followed.openid);
    await play(
      followed.openid,
      [{ choose: /我要参加/, see: [/已为您报名/, new RegExp(title), /已报名 · 撤销/] }],
      opened,
    );
    expect(await hasRsvp(redis, fair.id, id)).toBe(true);
    // Its label typed is the option too: she cannot go after all.
    await play(followed.openid, [{ send: "已报名 · 撤销", see: [/已取消您对/] }]);
    expect(await hasRsvp(redis, fair.id, id)).toBe(false);
  });
});

describe("the subscription picker by typing", () => {
  it("takes 第七个, a label and « 1 3 », and names a region it does not know", async () => {
    const { openid } = await wx.follow();
    const id = personOf(openid);
    await play(openid, [
      {
        send: "订阅",
        see: [/请选择城市（回复编号或城市名称）/, /\n7\. 潍坊市\n/, /\n16\. /],
        notSee: [/点按钮|下一页/],
      },
      { send: "火星", see: [/没有找到“火星”。请回复列表中的编号或名称/, /\n1\. 济南市/] },
      { send: "第七个", see: [/请选择潍坊市的区县/, /整个潍坊市/, /完成/] },
      // A label typed chooses its option: that district is her answer (as a typed number is on Telegram).
      { send: "寿光市", see: [/您想收到哪些消息？回复编号/, /地区：潍坊市 · 寿光市/, /1\. ✅ 招聘会/] },
      { send: "1 3", see: [/订阅成功/, /寿光市/] },
    ]);
    const profile = await redis.hgetall<Record<string, unknown>>(keys.user(id));
    expect(String(profile?.regions)).toMatch(/370783/);
    expect(await redis.sismember(subscriptionKeys.sub("fairs", "370783"), id)).toBe(1);
  });

  it("chooses a city by its number and the whole city by its option", async () => {
    const { openid } = await wx.follow();
    const shown = await play(openid, [{ click: "menu:subscribe", see: [/请选择城市/] }]);
    await play(
      openid,
      [
        { choose: /东营市/, see: [/请选择东营市的区县/] },
        { choose: /重选城市/, see: [/请选择城市/, /5\. 东营市/] },
        { send: "5", see: [/请选择东营市的区县/, /例如“寿光 青州”或“7 9”/] },
        { choose: /整个东营市/, see: [/您想收到哪些消息/] },
        { send: "全部", see: [/订阅成功/, /东营市/] },
      ],
      shown,
    );
    expect(await redis.sismember(subscriptionKeys.sub("fairs", "370500"), personOf(openid))).toBe(1);
    // Opened again and left with « 取消 »: nothing changes.
    await play(openid, [
      { send: "我的订阅", see: [/东营市/, /修改地区/] },
      { choose: /修改地区/, see: [/请选择城市/] },
      { send: "取消", see: [/已退出订阅设置/] },
      { send: "潍坊", see: [/./], notSee: [/请选择潍坊市的区县/] },
    ]);
    expect(await redis.sismember(subscriptionKeys.sub("fairs", "370500"), personOf(openid))).toBe(1);
  });
});

describe("the mentor sign-up by typing", () => {
  it("runs the whole form from the signup poster, with typed consent, errors and a question mid-form, and tells the staff on Telegram", async () => {
    const followed = await wx.follow({ scene: "signup" });
    expect(followed.reply).toContain("同意");
    const { openid } = followed;
    const id = personOf(openid);
    const done = await play(openid, [
      { send: "好的，同意", see: [/第 1\/7 步 · 姓名/, /请输入您的姓名/] },
      { picture: true, see: [/这一步请直接打字回答/, /第 1\/7 步 · 姓名/] },
      { send: "王丽", see: [/第 2\/7 步 · 手机号/], notSee: [/📱/] },
      { send: "12345", see: [/手机号应为11位数字/, /第 2\/7 步/] },
      // A question mid-form is answered with its source, then the form goes on where it was.
      { send: "创业担保贷款怎么申请", see: [/📄 来源：/, /第 2\/7 步 · 手机号/] },
      {
        send: "13812345678",
        see: [/138\*+5678|138.{0,6}5678/, /第 3\/7 步/, /回复编号或城市名称/, /7\. 潍坊市/],
      },
      { send: "潍坊", see: [/潍坊/, /寿光市/] },
      { send: "寿光", see: [/第 4\/7 步/, /回复编号/] },
      { send: "9", see: [/没看懂您的选择。请回复 1–3 的编号/, /第 4\/7 步/] },
      { send: "2", see: [/第 5\/7 步/] },
      { send: "电商", see: [/第 6\/7 步/] },
      // One need typed (its option's number in words) is the answer, not a toggle she cannot see.
      { send: "第三个", see: [/第 7\/7 步/] },
      { send: "在村里开网店卖自家的苹果和梨", see: [/王丽/, /回复“提交”/] },
      { send: "提交", see: [/报名成功/, /JG-\d{4}-\d{6}/] },
    ]);
    const ref = /JG-\d{4}-\d{6}/.exec(done.reply!)![0];
    // « 提交 » sent twice (the reply was slow): the form step took it once; the second is no question.
    const twice = await wx.send(followed.openid, "提交");
    expect(twice.reply).toMatch(/已经收到了/);
    expect(twice.reply).not.toMatch(/答不上来|不太确定/);
    const app = await redis.hgetall<Record<string, unknown>>(signupKeys.application(ref));
    expect(app).toMatchObject({
      user: id,
      name: "王丽",
      region: "370783",
      stage: "young",
      industry: "ecommerce",
    });
    // The staff of Weifang hear of it on Telegram.
    let told: string[] = [];
    for (let i = 0; i < 30 && !told.some((t) => t.includes(ref)); i++) {
      told = await textsFor(WEIFANG_STAFF_ID);
      if (!told.some((t) => t.includes(ref))) await new Promise((r) => setTimeout(r, 100));
    }
    expect(told.some((t) => t.includes(ref))).toBe(true);
    // Her application, typed as words, and withdrawn by its options.
    await play(openid, [
      { send: "我的报名", see: [new RegExp(ref), /\d+\. 撤回报名/] },
      { choose: /撤回报名/, see: [/确定撤回报名/] },
      { send: "确定撤回", see: [new RegExp(`已撤回报名 ${ref}`)] },
    ]);
    expect(await redis.hget(signupKeys.application(ref), "status")).toBe("closed");
    // Her data, typed as words: the application and its answers are hers to see; then all erased.
    await play(openid, [
      { send: "我的数据", see: [new RegExp(ref), /王丽/, /13812345678/] },
      { send: "删除我的数据", see: [/1\. .*删除/] },
      { send: "1", see: [/./] },
    ]);
    expect(await redis.exists(signupKeys.application(ref))).toBe(0);
    expect(await redis.keys(`jg:*${id}*`)).toEqual([]);
  });

  it("gives the form's errors in her language, and a cancel by typing", async () => {
    const { openid } = await wx.follow();
    const draftOf = async () =>
      (await redis.get<Record<string, unknown>>(keys.session(personOf(openid))))?.signup;
    await play(openid, [
      { send: "/language English", see: [/English/] },
      { click: "menu:mentor", see: [/agree/i] },
      { send: "what is this about", see: [/reply “I agree”/] },
      { send: "I agree", see: [/Step 1\/7/] },
      { send: "Li Juan", see: [/Step 2\/7/] },
      { send: "12345", see: [/11 digits/], notSee: [/[\u4e00-\u9fa5]{4}/] },
      // Her language changed mid-form: the question she was on comes again in it.
      { send: "/language 中文", see: [/第 2\/7 步 · 手机号/] },
      { send: "/language English", see: [/Step 2\/7/] },
    ]);
    expect(await draftOf()).toMatchObject({ step: "phone", a: { name: "Li Juan" } });
    await play(openid, [
      { send: "cancel", see: [/cancel/i] },
      { send: "yes", see: [/cancelled/i] },
    ]);
    expect(await draftOf()).toBeUndefined();
  });
});
