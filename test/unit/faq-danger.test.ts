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
  // Everyday and dialect verbs, weapons by what they are, blows counted, at her body.
  ["zh-CN", "老公喝了点酒就抽我嘴巴子"],
  ["zh-CN", "他拿皮带往孩子身上抽"],
  ["zh-CN", "俺男人拿烟头往俺胳膊上摁"],
  ["zh-CN", "我老公一生气就拿脑袋撞我"],
  ["zh-CN", "老公把我从楼梯上推下去了"],
  ["zh-CN", "他掐着我脖子把我按在墙上"],
  ["zh-CN", "婆婆用针扎我的手"],
  ["zh-CN", "他把热水壶砸我头上了"],
  ["zh-CN", "孩子他爸把孩子吊起来打"],
  ["zh-CN", "我男人喝多了就拿凳子砸我"],
  ["zh-CN", "他用打火机烧孩子的手"],
  ["zh-CN", "老公一巴掌把我扇倒在地上"],
  ["zh-CN", "他拽着我头发把我拖进屋里"],
  ["zh-CN", "男人喝多了拿菜刀追着我满院子跑"],
  ["zh-CN", "老头子脾气暴 动不动就抡拳头"],
  ["zh-CN", "老公把我推倒了 我肚子里还有孩子"],
  ["zh-CN", "当家的朝我扔酒瓶子"],
  ["zh-CN", "他把孩子往地上摔"],
  ["zh-CN", "我男人拿绳子把我捆起来"],
  ["zh-CN", "俺家那个 喝了酒 就往死里打俺"],
  ["zh-CN", "婆婆和老公一起打我"],
  ["zh-CN", "老公拿枕头捂孩子的脸"],
  ["zh-CN", "我被我老公打流产了"],
  ["zh-CN", "他打我打得我耳朵听不见了"],
  ["zh-CN", "老公用脚踹孩子肚子"],
  ["zh-CN", "小姑子拿指甲挠我的脸"],
  ["zh-CN", "俺婆婆拿剪子戳俺"],
  ["zh-CN", "老公掐我 拧我 身上没一块好地方"],
  ["zh-CN", "每次吵架他都掐我脖子"],
  ["zh-CN", "他把我头往桌子上磕"],
  ["zh-CN", "丈夫把开水浇在我腿上"],
  ["zh-CN", "男人一回来就找茬 拳头照着我脑袋招呼"],
  ["zh-CN", "他喝多了拿刀抵着我的脖子"],
  ["zh-CN", "俺那口子拿鞋底子抽俺脸"],
  ["zh-CN", "老公把我摁在床上打"],
  ["zh-CN", "我男人动不动就给我两脚"],
  ["zh-CN", "公爹拿拐棍打我"],
  ["zh-CN", "我家那位一言不合就上手"],
  ["zh-CN", "他经常对我拳打脚踢"],
  ["zh-CN", "男朋友打得我住了半个月院"],
  // A wound told with who did it.
  ["zh-CN", "我脸上的伤是我老公打的"],
  ["zh-CN", "胳膊上的淤青都是他掐出来的"],
  ["zh-CN", "我身上的伤都是婆婆用擀面杖打的"],
  ["zh-CN", "孩子身上全是伤 都是他爸拿衣架抽的"],
  // Threats to kill or maim, to her or her children, said in anger.
  ["zh-CN", "我对象说我要是敢分手就让我全家不得安宁"],
  ["zh-CN", "我老公扬言要拿刀把我砍了"],
  ["zh-CN", "他说要是我敢带孩子走 就弄死孩子"],
  ["zh-CN", "他说我要是敢报警就杀了我"],
  ["zh-CN", "男人喝醉了就把家里东西全砸了 还说要弄死我们娘俩"],
  ["zh-CN", "他说再不给钱就把孩子卖了"],
  ["zh-CN", "老公说要跟我同归于尽"],
  // Pursuit once she has left him.
  ["zh-CN", "前夫天天在我家楼下蹲着 我出门他就跟着"],
  ["zh-CN", "离婚半年了 他还天天给我打几十个电话 不接就来单位找"],
  ["zh-CN", "前男友在我家门口泼油漆"],
  ["zh-CN", "离了婚他还是三天两头来我娘家闹 说要把孩子抢走"],
  // Confinement, food and papers kept from her, sexual force, coming at her in the night.
  ["zh-CN", "我老公把我关在家里一个月不让出门"],
  ["zh-CN", "他把我的身份证和户口本都藏起来了 不让我回娘家"],
  ["zh-CN", "老公喝醉了把我锁在门外冻了一夜"],
  ["zh-CN", "他不让我吃饭 说我是吃白饭的"],
  ["zh-CN", "公公半夜进我房间 我很害怕"],
  ["zh-CN", "继父对我动手动脚"],
  ["zh-CN", "俺男人逼俺跟他睡觉 不从就打"],
  // Habitual abuse with words (Anti-Domestic Violence Law, art. 2).
  ["zh-CN", "老公天天骂我贱人 骂得特别难听"],
  ["zh-CN", "婆婆成天骂我是扫把星"],
  ["zh-CN", "我男人一喝酒就骂我 骂完还摔东西"],
  ["zh-CN", "老公经常羞辱我 当着孩子的面骂我"],
  // Other family, and family words typed as homophones.
  ["zh-CN", "我哥喝醉了就打我妈"],
  ["zh-CN", "我儿子赌输了回来就打我 我七十了"],
  ["zh-CN", "我老攻天天打我"],
  ["zh-CN", "佬公打我"],
  // In English: everyday verbs, weapons, wounds, threats, pursuit, words, confinement.
  ["en", "my husband threw a plate at my head"],
  ["en", "my boyfriend twisted my wrist until it snapped"],
  ["en", "he hit me with a frying pan"],
  ["en", "my husband dragged me across the floor by my hair"],
  ["en", "my ex keeps turning up at my work and following me home"],
  ["en", "my husband threatens to kill himself and the kids if I leave"],
  ["en", "my husband spat in my face and called me worthless"],
  ["en", "he shoved me into the wall and I hit my head"],
  ["en", "I've got a black eye from my husband"],
  ["en", "my partner punched the baby"],
  ["en", "my husband calls me stupid every day"],
  ["en", "my husband keeps me locked in the house"],
  ["en", "he slammed my hand in the door"],
  ["en", "my mother-in-law beats my daughter with a stick"],
  ["en", "he pushed my head under the water"],
  ["en", "my ex said he'll burn the house down with me in it"],
  ["en", "my husband took my passport so I can't go home"],
  ["en", "my husband forces me to sleep with him"],
  ["en", "he sat on my chest and I couldn't breathe"],
  ["en", "he grabbed me by the throat"],
  ["en", "I'm scared, my husband said he'd kill me if I leave"],
  ["en", "my husband beat me so badly I ended up in hospital"],
  ["en", "my husband kicks me when he's drunk"],
  ["en", "my brother-in-law tried to rape me"],
  ["en", "my husband insults me every single day in front of the kids"],
  ["en", "my dad hits my mom and me"],
  ["en", "since the divorce my ex calls me fifty times a day"],
  ["en", "my husband punched me in the stomach while I was pregnant"],
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
  // Accidents, mishaps and work injuries; a wound with no one said to have done it.
  ["zh-CN", "我老公在工地被砸伤了"],
  ["zh-CN", "婆婆摔了一跤 腿骨折了"],
  ["zh-CN", "我家孩子打篮球把手指戳了"],
  ["zh-CN", "老公被狗咬了"],
  ["zh-CN", "我家老头摔断了腿"],
  ["zh-CN", "老公出车祸 胳膊骨折了"],
  ["zh-CN", "被蚊子咬了一身包"],
  ["zh-CN", "闺女跟她爸打闹 不小心把我撞了"],
  // Violence in a drama, a video, a novel or the news is not hers.
  ["zh-CN", "电视上演的那个婆婆打儿媳 太气人了"],
  ["zh-CN", "看抖音上有个男的打老婆 我都看哭了"],
  ["zh-CN", "小说里男主被他爸打"],
  ["zh-CN", "我看新闻说有个女的被家暴 我想捐款"],
  // A single quarrel, a slammed door, nagging; scolding a child.
  ["zh-CN", "今天跟老公吵了一架 他骂了我两句"],
  ["zh-CN", "我俩吵架了 他摔门走了"],
  ["zh-CN", "婆婆说我做的饭难吃"],
  ["zh-CN", "老公说我胖 我想减肥"],
  ["zh-CN", "婆婆天天念叨我"],
  ["zh-CN", "老公天天骂孩子不好好写作业"],
  ["zh-CN", "婆婆打电话骂了老公一顿"],
  // Knives, scissors and hands at work; her as the doer; strangers and bosses.
  ["zh-CN", "婆婆拿着刀在厨房切菜"],
  ["zh-CN", "老公拿起剪刀帮我剪头发"],
  ["zh-CN", "婆婆腿疼 我天天给她捶腿"],
  ["zh-CN", "我给老公捶背"],
  ["zh-CN", "我摁住孩子给他打针"],
  ["zh-CN", "打了孩子一巴掌 我后悔死了"],
  ["zh-CN", "孩子不听话 我打了他一顿"],
  ["zh-CN", "闺女被学校里的同学欺负了"],
  ["zh-CN", "孩子在学校被老师罚站了"],
  ["zh-CN", "网上有人骂我"],
  ["zh-CN", "我被老板骂了一顿"],
  // Other senses of 打, 说, 抱走, 砍.
  ["zh-CN", "老公打算给我买个电动车"],
  ["zh-CN", "老公把我拉黑了"],
  ["zh-CN", "我爸打小就教我做豆腐"],
  ["zh-CN", "我老公在医院打点滴"],
  ["zh-CN", "老公天天打呼噜"],
  ["zh-CN", "我老公天天在外面打牌不回家"],
  ["zh-CN", "他说要砍价"],
  ["zh-CN", "我一个人带娃累死了"],
  ["zh-CN", "老公说要是贷不下来款就把店关了"],
  ["zh-CN", "孩子他爸说过年要给孩子买新衣服"],
  ["zh-CN", "老公把孩子抱走去他奶奶家了"],
  // An ex in everyday terms: custody, support, calls to the children.
  ["zh-CN", "去年离婚了 前夫每个月按时给抚养费 我想贷款开店"],
  ["zh-CN", "离婚以后 前夫天天给孩子打电话"],
  ["zh-CN", "前夫说要跟我抢孩子的抚养权 我该找谁"],
  ["zh-CN", "前夫找到了新工作"],
  // In English: luck, records, success, an ache, a robbery, a car, custody, a film, traffic, play, sleep.
  ["en", "my husband hit the jackpot at work"],
  ["en", "my son beat his record in the race"],
  ["en", "my husband killed it at his interview"],
  ["en", "the kids are killing me today lol"],
  ["en", "my husband was stabbed in a robbery"],
  ["en", "my daughter got hit by a car"],
  ["en", "my ex and I share custody and he picks up the kids every weekend"],
  ["en", "my husband punched in late"],
  ["en", "my boyfriend threw me a surprise party"],
  ["en", "my husband took my phone to fix the screen"],
  ["en", "my husband pushed me to start my own business"],
  ["en", "I watched a movie where the husband strangles his wife"],
  ["en", "my husband hurt his back carrying boxes"],
  ["en", "my husband burns the rice every time"],
  ["en", "he cut me off in traffic"],
  ["en", "my husband is beating cancer"],
  ["en", "my brother beat me to the last place in the course"],
  ["en", "my baby bit me while feeding"],
  ["en", "my son kicked me in his sleep lol"],
  ["en", "my husband yells at the TV every night during football"],
  ["en", "my ex texts me every day about the kids' school"],
  ["en", "the boss said he'll kill the project"],
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
