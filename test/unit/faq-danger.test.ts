// The safety rule (src/faq/danger.ts) as a table: what it must catch, what it must let pass.
import { describe, expect, it } from "vitest";
import { describesDanger } from "../../src/faq/danger.ts";
import { bundledFaq, getFaqIndex } from "../../src/faq/kb.ts";
import type { FaqLocale } from "../../src/faq/types.ts";

// Violence or danger to her or her children from a partner, an ex-partner or a family member:
// said plainly, in dialect, with in-law words, in English, inside a longer story.
const MUST_CATCH: [FaqLocale, string][] = [
  ["zh-CN", "老公打我"],
  ["zh-CN", "他又打我了"],
  ["zh-CN", "俺男人天天打俺"],
  ["zh-CN", "那口子喝了酒就拿我撒气，昨天用皮带抽我"],
  ["zh-CN", "俺家那位一生气就踹我"],
  ["zh-CN", "我家那口子揪着我头发往墙上撞"],
  ["zh-CN", "当家的输了钱回来就拳打脚踢"],
  ["zh-CN", "男人喝酒就动手"],
  ["zh-CN", "婆婆拿擀面杖打我"],
  ["zh-CN", "公公喝多了扇了我一巴掌"],
  ["zh-CN", "小姑子和婆婆一起把我推倒在地上"],
  ["zh-CN", "婆家人合起伙来打我"],
  ["zh-CN", "婆婆天天骂我还动手"],
  ["zh-CN", "老公把我锁在屋里不让出门"],
  ["zh-CN", "他不让我出门，还没收了我的手机"],
  ["zh-CN", "前夫天天到我单位堵我，说要弄死我"],
  ["zh-CN", "前男友威胁我不复合就泼硫酸"],
  ["zh-CN", "他掐着我的脖子说要杀了我"],
  ["zh-CN", "孩子他爸用烟头烫孩子"],
  ["zh-CN", "孩子他爹动不动就打娃"],
  ["zh-CN", "老公逼我跟他同房，不从就打"],
  ["zh-CN", "我被老公打得鼻青脸肿"],
  ["zh-CN", "挨了一顿打，不敢回家"],
  ["zh-CN", "被打了能报警吗"],
  ["zh-CN", "我爸喝醉了就打我和我妈"],
  ["zh-CN", "我儿子要钱不给就推我"],
  ["zh-CN", "老公拿菜刀吓唬我"],
  ["zh-CN", "他喝醉了在家砸东西，我和孩子躲在厕所里"],
  ["zh-CN", "老公把我打进了医院"],
  ["zh-CN", "他说回去就打断我的腿"],
  ["zh-CN", "我被家暴了"],
  [
    "zh-CN",
    "我嫁过来十年了，头几年还好，后来他在外面欠了债，回家就喝酒，喝多了就把我往地上摔，孩子哭着拉他也不管，我该怎么办",
  ],
  ["zh-CN", "我家男人下手没轻没重，把我胳膊打折了"],
  ["zh-CN", "他一不顺心就对我拳脚相加"],
  ["zh-CN", "我老公说要把我弄死"],
  ["zh-CN", "男人打老婆犯法吗"],
  ["zh-CN", "老公 hit me 怎么办"],
  ["en", "my husband hits me"],
  ["en", "My ex-husband said he would kill me"],
  ["en", "my mother-in-law slapped me"],
  ["en", "he pushed me against the wall"],
  ["en", "My boyfriend choked me last night"],
  ["en", "my partner locked me and the kids in the house"],
  ["en", "He won't let me leave the house"],
  ["en", "my father-in-law kicked me in the stomach"],
  ["en", "my husband threatens to hurt the children"],
  ["en", "I was beaten by my husband"],
  ["en", "I am abused at home"],
  ["en", "my son beats me when he's drunk"],
  ["en", "he forces me to have sex"],
  ["en", "my husband throws things at me"],
  ["en", "my husband slapped our son"],
  ["en", "My husband beat me up last night"],
  ["en", "my 老公 打我"],
];

// Other meanings of the same words: 打 as call, type, taxi, work, games, sport, injections;
// aches; strangers, machines and bikes; a husband who is the victim; help from in-laws.
const MUST_NOT: [FaqLocale, string][] = [
  ["zh-CN", "给妇联打电话没人接"],
  ["zh-CN", "老公在外地打工"],
  ["zh-CN", "我打字慢，能发语音吗"],
  ["zh-CN", "打车去县妇联多少钱"],
  ["zh-CN", "老公天天打游戏不管孩子"],
  ["zh-CN", "他打麻将输了两千"],
  ["zh-CN", "孩子打疫苗发烧了"],
  ["zh-CN", "孩子他爸天天打呼噜"],
  ["zh-CN", "老公打算跟我一起开店"],
  ["zh-CN", "他打了个电话给我"],
  ["zh-CN", "我腰疼得像被人打了一顿"],
  ["zh-CN", "头疼得要命"],
  ["zh-CN", "孩子踢足球把腿摔了"],
  ["zh-CN", "孩子跟同学打架了"],
  ["zh-CN", "我老公被人打了"],
  ["zh-CN", "在厂里被机器打伤了手"],
  ["zh-CN", "玩游戏被对面打爆了"],
  ["zh-CN", "婆婆帮我带孩子"],
  ["zh-CN", "公公婆婆对我挺好的"],
  ["zh-CN", "老公推荐我去学电商"],
  ["zh-CN", "银行能不能把我推荐给妇联"],
  ["zh-CN", "笑死我了"],
  ["zh-CN", "累死我了，贷款跑了三趟"],
  ["zh-CN", "我想当反家暴志愿者"],
  ["zh-CN", "老公从来不打我，就是不给钱"],
  ["zh-CN", "我自己动手做了个小店招牌"],
  ["zh-CN", "我打孩子是不是不对"],
  ["zh-CN", "男朋友把我甩了"],
  ["zh-CN", "孩子被狗咬了"],
  // Kept out on purpose: being driven out or kept from work is a matter of her rights
  // (rights-station), not violence.
  ["zh-CN", "婆婆把我赶出家门，我去哪说理"],
  ["zh-CN", "婆婆不让我出门打工"],
  ["en", "I call my husband every night"],
  ["en", "my husband hit a deer with the car"],
  ["en", "hit me up when the job fair starts"],
  ["en", "my husband pushed me to apply for the loan"],
  ["en", "my back hurts"],
  ["en", "my husband hurt his back at work"],
  ["en", "my son kicked the ball over the fence"],
  ["en", "the heat is killing me"],
  ["en", "I got hit by a bike"],
  ["en", "my husband was beaten up by strangers"],
  ["en", "my boss keeps pushing back my leave"],
  ["en", "I'm being forced out of my job because I'm pregnant"],
  ["en", "my mother-in-law looks after the kids"],
  ["en", "my husband threatens to divorce me"],
  ["en", "my kids play a game where you punch monsters"],
  ["en", "my brother beat me at chess"],
];

describe("danger rule", () => {
  it.each(MUST_CATCH)("catches [%s] %s", (_locale, text) => {
    expect(describesDanger(text)).toBe(true);
  });

  it.each(MUST_NOT)("lets pass [%s] %s", (_locale, text) => {
    expect(describesDanger(text)).toBe(false);
  });

  it("answers every description of danger with the domestic-violence entry, never an offer or no answer", () => {
    for (const [locale, text] of MUST_CATCH) {
      const r = getFaqIndex(locale).query(text);
      expect(r, text).toMatchObject({ confidence: "high", best: { id: "domestic-violence" } });
    }
  });

  it("answers no trap with the domestic-violence entry, nor offers it first", () => {
    for (const [locale, text] of MUST_NOT) {
      expect(getFaqIndex(locale).query(text).best?.id, text).not.toBe("domestic-violence");
    }
  });
});

describe("the domestic-violence answer", () => {
  it.each([
    ["zh-CN", ["110", "12338", "人身安全保护令"], "2016年3月1日"],
    ["en", ["110", "12338", "protection order"], "1 March 2016"],
  ] as const)(
    "[%s] puts 110 first, then 12338 and the protection order, under the 2016 law",
    (locale, order, since) => {
      const entry = bundledFaq(locale).find((e) => e.id === "domestic-violence")!;
      const at = order.map((word) => entry.answer.indexOf(word));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(entry.answer).toContain(since);
      expect(entry.source).toMatchObject({ kind: "policy", year: 2016 });
    },
  );
});
