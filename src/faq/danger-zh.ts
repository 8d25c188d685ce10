/** The safety rule's Chinese: who, whom, and the kinds of act, as concepts with their frames. */
// Who (family, others), whom (her, her children, her body), and the kinds of act (hitting, wounds,
// weapons, threats, confinement, sexual force, pursuit, abuse).
import { type ActPattern, alt } from "./danger-pattern.ts";

// --- who ------------------------------------------------------------------------------------

/** Partners, ex-partners, in-laws and other family, in standard and dialect words. */
export const ZH_FAMILY = [
  "老公",
  "丈夫",
  "男人",
  "那口子",
  "那口儿",
  "那位",
  "当家的",
  "当家哩",
  "掌柜的",
  "掌柜哩",
  // Regional words for a husband: the North's 老爷们(儿), Shaanxi's 老汉, Hubei's 男将, Hunan's and
  // Yunnan's 老倌, Sichuan's 屋头那个 (the one at home), and 死鬼, said of him in anger or fondness.
  "老爷们儿",
  "老爷们",
  "爷们儿",
  "老汉",
  "男将",
  "老倌",
  "屋头那个",
  "屋里头那个",
  "屋里那个",
  "死鬼",
  "孩儿他爸",
  "孩儿他爹",
  "娃儿他爸",
  "孩子他爸",
  "孩子他爹",
  "孩子爸",
  "孩子爹",
  "娃他爸",
  "娃他爹",
  "孩他爸",
  "孩他爹",
  "对象",
  "男朋友",
  "男友",
  "前夫",
  "前男友",
  "前任",
  "爱人",
  "老头子",
  "老头",
  "老伴",
  "老婆",
  "媳妇",
  "妻子",
  "婆婆",
  "婆母",
  "公公",
  "公爹",
  "婆家人",
  "婆家",
  "小姑子",
  "大姑子",
  "大姑姐",
  "小叔子",
  "大伯子",
  "大伯哥",
  "妯娌",
  "嫂子",
  "弟媳",
  "姐夫",
  "妹夫",
  "岳父",
  "岳母",
  "丈母娘",
  "老丈人",
  "继父",
  "后爸",
  "后爹",
  "继母",
  "后妈",
  "爸爸",
  "爸",
  "爹",
  "父亲",
  "妈妈",
  "妈",
  "母亲",
  "爷爷",
  "奶奶",
  "姥姥",
  "姥爷",
  "外公",
  "外婆",
  "舅舅",
  "哥哥",
  "哥",
  "弟弟",
  "姐姐",
  "妹妹",
  "儿子",
  "女儿",
  "闺女",
  "儿媳",
  "女婿",
  "家里人",
  "家人",
  "亲戚",
  "他家人",
];
// "我家那个", "俺们家那位", "俺家男的", "前头那个男的": a partner or ex named by where he stands.
const ZH_FAMILY_BY_PLACE =
  "(?:我们|俺们|咱们|我|俺|咱)家(?:的)?(?:那个|这个|那位|这位|男的)(?!月|人|孩子|娃)|(?:前头|原来|以前|头一个)(?:那个|的)(?:男的|男人)?";
/** Who outside the family may do or suffer something: strangers, work, school, animals, machines. */
export const ZH_OTHER = [
  "老师",
  "同学",
  "老板",
  "领导",
  "同事",
  "主管",
  "经理",
  "教练",
  "邻居",
  "陌生人",
  "路人",
  "别人",
  "外人",
  "有人",
  "坏人",
  "小偷",
  // Creditors come to the door for a debt, even his: 前夫欠了赌债，债主找上门.
  "债主",
  "要债的",
  "讨债的",
  "催债的",
  "催收",
  "房东",
  "工头",
  "包工头",
  "劫匪",
  "歹徒",
  "流氓",
  "混混",
  "城管",
  "保安",
  "医生",
  "大夫",
  "护士",
  "客户",
  "顾客",
  "网友",
  "闺蜜",
  "朋友",
  "机器",
  "汽车",
  "电动车",
  "摩托车",
  "车",
  "狗",
  "猫",
  "蚊子",
  "足球",
  "篮球",
  "球",
  "对面",
  "对方",
  "队友",
  "对手",
  "男主角",
  "女主角",
  "主角",
  "男主",
  "女主",
  "编剧",
];
const ZH_CHILD = ["孩子", "小孩", "娃娃", "娃", "宝宝"];
// "我老公", "俺家那口子": the possessive belongs to the family word, not to her.
const ZH_POSSESSIVE = "(?:我们家|俺们家|咱们家|我家|俺家|咱家|他家|我|俺|咱)";
/** A man not named as family: her ex when she has left him, a stranger otherwise. */
const ZH_MAN = "(?:那个男的|那男的|男的)";

/** Mentions, group by group: family, other, child, he, she, self, a man. */
export const ZH_MENTION = new RegExp(
  `(${ZH_FAMILY_BY_PLACE}|${ZH_POSSESSIVE}?(?:${alt(ZH_FAMILY)}))|(${alt(ZH_OTHER)})|(${alt(ZH_CHILD)})|(他们|他|那个畜生|畜生|混蛋|王八蛋|人渣|禽兽|酒鬼|赌鬼)|(她们|她)|(我们|我|俺们|俺|咱们|咱)|(${ZH_MAN})`,
  "g",
);

/** Family words a pinyin keyboard may mistype as homophones (老工, 钱夫, 破破). */
export const ZH_HEARD_FAMILY = [
  "老公",
  "丈夫",
  "前夫",
  "男人",
  "对象",
  "爱人",
  "婆婆",
  "公公",
  "男朋友",
  "前男友",
  "小姑子",
  "小叔子",
  "大伯子",
  "孩子他爸",
  "那口子",
];

// --- whom -----------------------------------------------------------------------------------

// Who can be hurt: her, her children, her mother or sister, people ("打人"), or "she"; and "you",
// which is her only when someone is quoted saying it to her (see danger.ts: direct speech).
const VICTIM =
  "(?:我和孩子|我跟孩子|我们娘俩|我们娘儿俩|我们娘仨|我们娘几个|我们一家|俺们一家|我全家|俺全家|我和我妈|我妈|我姐|我妹|我们|我|俺们|俺|咱|孩子们|孩子|小孩|娃娃|娃|闺女|女儿|儿子|宝宝|老婆|媳妇|妻子|女人|她们|她|人|你们|你)";
const BODY =
  "(?:头发|脑袋|脑壳|后脑勺|头|脸蛋|脸|嘴巴|嘴|眼睛|眼眶子|眼眶|眼|鼻子|鼻梁|耳朵|脖子|喉咙|胸口|心口窝|心口|胸|小肚子|肚子|肚皮|腰眼|腰|后背|背|肩膀|胳膊|手腕|手指头|手指|手|大腿|腿|膝盖|脚|身上|身子|浑身|全身|下身|肋条骨|肋条|肋骨|骨头)";
// Her (or her child's) body: 我的脸, 俺腿, 孩子身上.
const HER_BODY = `${VICTIM}(?:的)?${BODY}`;

// --- acts -----------------------------------------------------------------------------------

// 打 and the words it makes that are not violence: call, type, taxi, work, games, injections…
/** What 打 makes that is not violence: 打电话, 打车, 打工, 打针, 打麻将… (the learned reader masks them too). */
export const DA_SENSES =
  "电话|手机|字|车|的|工|零工|游戏|球|麻将|牌|针|疫苗|扰|卡|印|折|包|扫|算|听|招呼|开|理|扮|水|饭|气|胎|款|钱|量|探|交道|官司|赌|猎|鱼|呼噜|喷嚏|哈欠|嗝|盹|瞌睡|蜡|分|败|赢|仗|造|通|杂|架|拼|工资|掉|发|药|毛衣|包票|野|底|点|光|粉|沙袋|拳";
const DA_NOT = `(?!${DA_SENSES})`;
/** Verbs of hitting and hurting; those with other common senses come with what rules them out. */
const HURT =
  "揍|捶|锤|抽(?!空|时间|烟|血|奖|签|查|屉|筋)|扇|掴|踹|踢|踩|跺|掐|拧|咬|搡|拽|揪|薅|勒|烫|燎|砍|捅|烧(?!饭|菜|水|火|香|纸|炭|烤|开|钱|坏|了一)|戳(?!破|穿|脊梁|痛处|心窝)|扎(?!辫|头发|根|堆|针)|砸|撞|摔|泼|摁|捂|扭|掰|抡|敲(?!门|竹杠|诈|定|键|打|鼓|锣|边鼓)";
// Tying up: of her, not of luggage with a belt.
const BIND = "绑|捆";
// 推 that is not a push: 推荐 (the federation recommending her to a bank), 推广, 推销, 推选, 推迟…
// 推我妈当优秀母亲: putting someone forward for something; 婆婆推我去报名培训班: urging her to go.
const PUSH_NOT =
  "(?!荐|广|销|迟|辞|动|进|行|测|算|选|举|托)(?![^，。 ]{0,4}?(?:当|做|参评|参选|去评))(?![我俺她你他]?[去来](?:报名|参加|参评|学|上学|上班|上课|找|申请|办|试|看看|问问|培训|面试))";
const HIT = `(?:打${DA_NOT}|${HURT}|推${PUSH_NOT}(?!出|开|给|到|掉|翻))`;
// Blows whose result tells a beating (a fall, a crash or a burn may be a mishap: 摔得, 撞得).
const BEAT = `(?:打${DA_NOT}|揍|捶|抽|扇|掴|踹|踢|掐|拧|抡)`;
// Blows counted rather than named: 一脚, 一拳, 两个耳光.
const BLOW = "(?:[一两几]?(?:脚|拳|拳头|巴掌|耳光|嘴巴子|棍子?|刀|板凳))";
const ASPECT = "(?:了|过|着|得|完|起)?";
const NOT_OBJECT = "(?!电话|手机|的电话|微信|后腿|一下就|们村|们家的|的?血|的?竹杠|的?脊梁|的?痛处|的?心窝)";
// What is held to hurt with: knives, sticks, belts, bricks, boiling water… (by what it ends in).
const INSTRUMENT =
  "(?:[\\u4e00-\\u9fff]{0,2}?(?:刀|剪子|剪刀|斧头|斧子|棍子|棍|棒子|棒槌|棒|擀面杖|皮带|腰带|鞭子|铁锹|锹|铲子|锤子|砖头|砖|瓶子|酒瓶|板凳|凳子|椅子|烟头|开水|热水|火钳|针|绳子|衣架|扫帚|拖把|打火机|烙铁|钳子|叉子))";
// Wounds: a part of the body bruised, swollen, broken, burnt, bleeding.
const WOUND =
  "(?:青|紫|肿|淤|破了|破皮|断了|断|裂|出血|流血|见血|血|伤|泡|印子|穿孔|脱臼|骨折|看不清|松了|掉了|缝了)";

// Her places, each list once: whose (hers, her parents', her children's), what (where she works,
// in any words for it: 上班的地方, 干活的地儿, 单位, 厂里, 店里; where she lives; her parents' home,
// 娘家; the children's school), and around it (门口, 外面, 楼下). 堵在路上 is traffic: a road is
// no one's place. Captured as three groups, judged by herSpot.
const HER_OWN = "(?:我们|俺们|我爸妈|我父母|我爹娘|俺爹娘|我妈|俺娘|俺妈|我|俺|咱)(?:的|们)?";
const HER_WHOSE = `(${HER_OWN}|(?:我|俺)?(?:孩子|娃|闺女|儿子)(?:的|们)?)`;
const DOING = "(?:上班|干活|工作|打工|上工|做工|做事|做活|挣钱|做生意|摆摊|出摊|住|租|待|呆|念书|上学)";
const PLACE =
  `(${DOING}的(?:地方|地儿|地|那儿|那里|那边|单位|厂子|厂|店|饭店|饭馆|超市|公司|小区|房子|楼|宿舍|学校)` +
  "|单位|公司|厂里|厂子|工厂|厂|车间|店里|店铺|铺子|店|饭店|饭馆|餐馆|超市|商场|工地|医院|办公室|办公楼|写字楼|摊位|摊子|门市" +
  "|宿舍|出租屋|住处|小区|楼道|家里|家|娘家|学校|幼儿园|托儿所|小学|中学|初中|高中|校门)";
const NEAR = "(大门口|门口|门外|外面|外头|外边|楼下|附近|周围|边上|旁边|对面|底下|跟前)";
const SPOT = `${HER_WHOSE}?${PLACE}?${NEAR}?`;
const OWN = new RegExp(`^${HER_OWN}$`);
const SCHOOL = /学|校|园|托儿所/;
/**
 * Whether whose, what and around make her place: whose it is and what or around it (我单位,
 * 孩子学校外面, 我家楼下), what and around it (厂门口), or a door or the foot of the stairs
 * alone (在门口, 在楼下); not 在家 (his home) nor 在外面.
 */
function herSpot(whose?: string, place?: string, near?: string): boolean {
  if (whose) return place !== undefined || near !== undefined;
  if (place) return near !== undefined;
  return near !== undefined && /门|楼下/.test(near);
}
// Lying in wait: not waiting for a bus or to fetch the children.
const LURK =
  "(转悠|转来转去|转圈|转(?=\\s|$|着|了)|晃悠|晃来晃去|晃荡|溜达|徘徊|出没|守着|守|蹲着|蹲守|蹲点|蹲(?:我|俺)|蹲|等着(?!孩子|娃|闺女|儿子|接|送|公交|车|班车)|等(?:我|俺)|堵(?:我|俺|着)|堵|盯着|候着)";
// Day after day: 天天, 三天两头, 老是.
const OFTEN = "(天天|每天|三天两头|隔三差五|隔三岔五|老是|总是|整天|成天|经常|一直|动不动|一大早)";

/**
 * The kinds of act, by construction; each is judged by its kind in danger.ts. A pattern's hint
 * holds characters it cannot match without: most questions have none of them, and then the
 * pattern is neither run nor compiled (a fresh isolate's first question stays cheap).
 */
export const ZH_ACTS: ActPattern[] = [
  // 打我, 踹了我, 掐着孩子, 打得我…
  {
    hint: /[打揍捶锤抽扇掴踹踢踩跺掐拧咬搡拽揪薅勒烫燎砍捅烧戳扎砸撞摔泼绑捆摁捂扭掰抡敲推]/,
    re: new RegExp(`(?:${HIT}|${BIND})${ASPECT}${VICTIM}${NOT_OBJECT}`, "g"),
  },
  // 把我往墙上推, 把我和孩子锁在屋里, 把我的头按进水缸, 把俺踹倒, 把我们一家都烧死.
  {
    hint: /[把]/,
    re: new RegExp(
      `把${VICTIM}(?:的)?(?:${BODY})?.{0,8}?(?:${HIT}|${BIND}|打|推${PUSH_NOT}|磕|锁|关在|关进|关起来|拖|按|扔|弄死|整死|杀|[打砍烧弄整掐捅毒淹勒]死)`,
      "g",
    ),
  },
  // At her body: 往俺身上砸, 照着我肚子上就是一脚, 往我脸上抡巴掌, 朝孩子头上泼.
  {
    hint: /[往朝冲对照]/,
    re: new RegExp(
      `(?:往|朝|照着|冲着|对着)${HER_BODY}上?.{0,8}?(?:打${DA_NOT}|${HURT}|浇|倒|扔|甩|拍|招呼|吐|${BLOW})`,
      "g",
    ),
  },
  // Thrown at her: 朝我扔酒瓶子, 冲孩子泼水.
  {
    hint: /[往朝冲对]/,
    re: new RegExp(`(?:往|朝|冲着|冲|对着)${VICTIM}[^ ]{0,2}?(?:扔|砸|泼|甩|吐|踢|踹|抡|浇)`, "g"),
  },
  // Blows given: 给我两脚, 给了孩子一巴掌; fists raised: 抡拳头.
  {
    hint: /[给拳上粗]/,
    re: new RegExp(
      `给(?:了)?${VICTIM}[一两几]?(?:脚|拳|拳头|巴掌|耳光|嘴巴子|棍子?)|(?:抡|挥|动|举)(?:起|着)?拳头|(?:一言不合|不顺心|不高兴|一生气|喝多了|喝醉了|动不动|一吵架)就?(?:上手|动粗)`,
      "g",
    ),
  },
  // Landing on her body: 一拳打在俺眼上, 一碗面汤扣在我头上; 在我身上打.
  {
    hint: /[在]/,
    re: new RegExp(`(?:打${DA_NOT}|${HURT}|扣|浇|倒|拍)(?:了)?在${HER_BODY}|在${HER_BODY}上?${HIT}`, "g"),
  },
  // Her face scratched, her hair pulled: 抓我的脸, 扯着俺头发.
  {
    hint: /[抓挠撕扯拽揪薅拍划割]/,
    re: new RegExp(
      `(?:抓|挠|撕|扯|拽|揪|薅|拍|划|割)(?:了|着|住|破|伤)?${VICTIM}(?:的)?(?:脸|头发|脖子|嘴|胳膊|手腕)`,
      "g",
    ),
  },
  // 打 typed as its homophone 大 on a pinyin keyboard: 又大我了.
  {
    hint: /[大]/,
    re: /(?:又|就|还|老是|总是|天天|经常)大(?:了)?(?:我|俺)(?![一二两三四五六七八九十几\d岁])/g,
  },
  // Held down: 摁住我, 按在地上, 按倒.
  { hint: /[摁按骑]/, re: /(?:摁|按)(?:住|倒|在地)|骑在(?:我|俺)身上/g },
  // A weapon taken up (抄起擀面杖, 抡起板凳) or used (拿针扎, 拿刀架在脖子上, 用皮带抽).
  {
    hint: /[抄抡操拿用拎举泼浇]/,
    re: new RegExp(
      `(?:抄起|抡起|操起|抄着|抡着)(?:了)?(?:一?[把根个块只条])?${INSTRUMENT}|(?:拿|用|拎|举)(?:着|起|了)?(?:一?[把根个块只条])?${INSTRUMENT}.{0,6}?(?:${HIT}|拍|划|割|刺|往|朝|冲|对着|架|顶|抵|比划|吓唬|威胁|追)|泼(?:开水|热水|硫酸|汽油)|浇汽油`,
      "g",
    ),
  },
  // A wound from a blow: 打得我满脸是血, 拧得胳膊青一块紫一块.
  {
    hint: /[打揍捶抽扇掴踹踢掐拧抡]/,
    re: new RegExp(
      `${BEAT}(?:得|的)(?:我|俺|孩子)?(?:${BODY})?(?:都|也)?[^ ]{0,3}?(?:${WOUND}|住院|骨折|流产|起不来|站不起来|下不了床|满脸是血|浑身是伤)`,
      "g",
    ),
  },
  // Beatings named as such, with no victim needed.
  {
    hint: /[拳打狠殴施往]/,
    re: /拳打脚踢|拳脚相加|大打出手|上手(?:就)?打|下狠手|殴打|毒打|暴打|痛打|打骂|施暴|往死里(?:打|揍|掐|踹|整|弄|折磨)|打进(?:了)?医院|(?:打断|打折|打瘸)[^ ]{0,6}?(?:腿|胳膊|手|骨头|肋骨|鼻梁)|打成(?:了)?(?:重伤|骨折)|打(?:得|的)(?:我|俺|孩子)?(?:住院|骨折|流产|出血|满脸是血|浑身是伤|站不起来)/g,
  },
  // 动手 (but not 自己动手做, 动手术, 动手能力)
  { hint: /[动]/, re: /动手(?!术|做|能力|操作|干|搞|弄|写|画|修|装|制作|实践|试试)/g },
  {
    hint: /[耳巴]/,
    re: /(?:扇|打|甩|抽|掴|抡)(?:了)?(?:我|俺|孩子)?(?:[一两几]?[个下记]?)?(?:耳光|巴掌|嘴巴子|大嘴巴|耳刮子)/g,
  },
  {
    hint: /[掐勒]/,
    re: /掐(?:住|着)?(?:了)?(?:我|俺|孩子)?(?:的)?脖子|掐死|勒(?:住|着)?(?:我|俺)?(?:的)?脖子/g,
  },
  // Smothered, held under: 拿被子捂我的脸, 用枕头捂我的嘴, 头按进水里.
  {
    hint: /[捂按]/,
    re: /捂(?:住|着)?(?:了)?(?:我|俺|孩子)?(?:的)?(?:嘴|脸|鼻子|口鼻)|按进(?:了)?(?:水|水缸|水盆|水里)/g,
  },
  {
    hint: /[摔砸扔掀踹撬]/,
    re: /(?:摔|砸|扔|掀)(?:了)?(?:一地|满地|一屋子?)?(?:东西|碗|盘子|窗户|家具|电视|桌子|椅子|板凳|锅)|(?:砸|踹|撬)(?:我|俺)?(?:的|家的)?(?:家(?![^ ]{0,2}(?:具|电))|门|窗户)/g,
  },
  { hint: /[气包靶]/, re: /拿(?:我|俺|孩子)(?:出气|撒气|当沙包|当沙袋|当出气筒|当靶子)|出气筒/g },
  // Beaten for saying no: 不嫁就打, 不给钱就揍.
  { hint: /[就]/, re: new RegExp(`不[^ ]{1,4}?就(?:打${DA_NOT}|揍|往死里打)(?= |$|了)`, "g") },
  // Threats to life and body, said plainly.
  {
    hint: /[杀死命容花酸归期跑活找]/,
    re: /(?:杀|弄死|打死(?!也|都)|整死|砍死|掐死|捅死|烧死|毒死|削死|揍死|捶死|锤死)(?:了)?(?:我|俺|孩子|我们|俺们|我全家|全家|你们|你全家|你)|要(?:了)?(?:我|俺)的?命|毁(?:了)?(?:我|俺|她|孩子)?的?容|划花.{0,3}脸|泼硫酸|同归于尽|死期|不得好死|(?:要|想|让|巴不得|盼着)(?:我|俺)(?:去)?死|一个(?:都|也)(?:跑不了|别想跑|活不了)|走到哪.{0,4}找(?:得)?到/g,
  },
  // Threats said in anger: what will be done to her or her children (要让我好看, 敢回来就砍死).
  {
    hint: /[死宰残看悔走宁生心罪价拾卖见]/,
    re: /(?:砍|弄|打|整|杀|烧|掐|捅|宰|剁|削|揍|捶|锤)死|宰了|弄残|打残|(?:让|叫|给)(?:我|俺|你|咱|孩子|闺女|娃|我们|俺们|你们)?(?:全家|一家|家里)?(?:好看|后悔|生不如死|吃不了兜着走|不得安宁|不得安生|出门小心|小心点|遭罪|受罪|付出代价)|收拾(?:的就是)?(?:我|俺|你)|(?:抢|抱|偷)走(?:孩子|闺女|娃|儿子)|把(?:孩子|闺女|娃|儿子)(?:抢|抱|偷)走|把(?:孩子|闺女|娃|儿子)卖|卖(?:了)?(?:孩子|闺女|娃)|(?:见不着|见不到|别想见)(?:孩子|闺女|娃|儿子)/g,
    kind: "threat",
  },
  { hint: /[威恐吓]/, re: /(?:威胁|恐吓|吓唬)(?:我|俺|孩子)|拿(?:孩子|刀)(?:威胁|吓唬)/g },
  // 收拾 a person is punishing her, not tidying: 让小叔子来收拾我.
  { hint: /[拾]/, re: /收拾(?:了)?(?:我|俺)(?!的|家|屋|东西|房|行李|一下屋)/g },
  // Confinement and control: locked in, kept from leaving, from food, from her papers.
  {
    hint: /[锁关让给收扣藏拿抢夺限]/,
    re: /(?:锁|关)(?:在|进)(?:了)?(?:屋|家|房|门外|外面|柴房|厕所|地下室|院子)|关起来|不让(?:我|俺|我们)?(?:回娘家|进门|进家|进屋|报警|见人|跟人联系|跟朋友联系|联系家里|吃饭|睡觉|看病|去医院|上医院)|不让(?:我|俺|我们)?(?:出门|出家门|出去)(?!打工|上班|工作|干活|挣钱|玩|旅游|学|培训)|不给(?:我|俺|孩子|我们|俺们)?(?:饭)?吃|(?:没收|扣|扣着|扣下|收走|藏|藏起|锁起|拿走|抢走|抢了|夺)(?:了)?(?:我|俺)的?(?:手机|身份证|户口本|证件|银行卡|工资卡)|限制(?:我|俺)?的?(?:人身)?自由/g,
  },
  // Sexual force, and coming at her in the night.
  {
    hint: /[逼迫奸侵亵进钻闯撬摸]/,
    re: /(?:逼|强迫|硬逼|逼着)(?:我|俺)?(?:跟他|和他)?(?:同房|发生关系|上床|过夫妻生活|睡觉|睡)|强奸|性侵|猥亵|(?:半夜|夜里|晚上|趁)[^ ]{0,8}?(?:进|钻|闯|摸进|溜进|撬)(?:我|俺)的?(?:屋|房|被窝|床)|撬(?:我|俺)?的?(?:屋|房)?门|摸(?:我|俺)(?:的)?(?:胸|下身|身子|大腿|屁股|私处)|(?:偷偷|半夜|夜里|老是|总是|经常|天天)摸(?:我|俺)(?!的?头)/g,
  },
  // Following and cornering her (not 堵我心里: something that weighs on her).
  { hint: /[踪堵扰缠]/, re: /跟踪(?:我|俺)|堵(?:我|俺)(?!的|心|胸|嗓)|(?:骚扰|纠缠)(?:我|俺)/g },
  // Pursuit that is danger once she has left him: lurking, turning up, calls by the dozen,
  // her address given out.
  {
    hint: /[踪梢跟盯守找闹话信息网址住家租漆粪]/,
    re: /跟踪|盯梢|(?<!孩子|娃|闺女|儿子|女儿|孩儿)(?:跟着|盯着|守着)(?:我|俺)|找上门|(?:来|上门|到[^ ]{0,6}?)闹|(?:换号码|换着号码|不停地?|没完没了地?|[几上好成数一二三四五六七八九两]*[十百千]+多?个|无数个)[^ ]{0,4}?(?:打电话|电话|发短信|短信|发消息|消息|微信)|打骚扰电话|电话轰炸|发到网上|(?:住址|地址|住处)(?:发|告诉|贴)|知道了?(?:我|我们|俺|俺们)?.{0,4}?(?:住处|住的地方|新家|新租|租的|住哪)|泼(?:油漆|粪|大粪)/g,
    kind: "pursuit",
  },
  // Waylaying and watching her at her places: lying in wait there (堵在我上班的地方, 守在我娘家门口,
  // 在孩子学校外面转悠), coming there to find her (跑到我公司楼下等我), or coming to where she works
  // or her parents' home day after day (天天往我上班的地方跑), not to fetch the children.
  {
    hint: /[堵守蹲等候转晃徘溜盯站在]/,
    re: new RegExp(
      `(?:(堵|守|蹲|等|候|转悠|晃悠|晃荡|徘徊|溜达|站|盯)着?(?:在|到)|在)${SPOT}(?:[^ ]{0,4}?${LURK})?`,
      "g",
    ),
    accept: (m) => herSpot(m[2], m[3], m[4]) && (m[1] !== undefined || m[5] !== undefined),
    kind: "pursuit",
  },
  {
    hint: /[来到去跑摸往上]/,
    re: new RegExp(
      `${OFTEN}?(?:都|就|又|还)?(?:跑到|跑去|找到|摸到|往|来|到|去|上|跑)${SPOT}(?:来|去|跑)?(找|闹|堵|蹲|守|等(?:着|我|俺)|转悠|晃悠)?(?![^ ]{0,3}?(?:看|接|送|领)(?:孩子|娃|闺女|儿子))`,
      "g",
    ),
    accept: (m) =>
      herSpot(m[2], m[3], m[4]) &&
      (m[5] !== undefined ||
        (m[1] !== undefined && OWN.test(m[2] ?? "") && m[3] !== undefined && !SCHOOL.test(m[3]))),
    kind: "pursuit",
  },
  // Named as what is done to her: 家暴我, 对我家暴, 我被家暴.
  {
    hint: /[暴虐粗手拳]/,
    re: /(?:家暴|虐待)(?:我|俺|孩子)|对(?:我|俺|孩子)(?:家暴|施暴|动粗|动手|下手|下狠手|拳脚相加)|动粗|暴力倾向|(?:很|太|特别|非常)暴力/g,
  },
  // Habitual abuse with words, named by the Anti-Domestic Violence Law (art. 2): 天天骂我, 辱骂.
  {
    hint: /[骂辱恐吓]/,
    re: /(?:天天|每天|老是|总是|经常|整天|成天|动不动|一天到晚|隔三差五|隔三岔五|三天两头|张口就|开口就|一直|没完没了)(?:都|就|地|的)?(?:骂|辱骂|羞辱|侮辱|咒骂|骂骂咧咧|恐吓|吓唬)(?!孩子|娃|闺女|儿子|他|人|老公|公公|婆婆)|辱骂|羞辱(?:我|俺)|骂(?:我|俺)(?:是)?[^ ]{0,6}?(?:贱|婊|不下蛋|赔钱货|扫把星|丧门星|废物|畜生)/g,
  },
  // A wound, told without the act; it counts when she says who did it (see danger.ts).
  {
    hint: /[青紫肿淤破断裂血伤泡印孔脱骨看松掉缝折臼]/,
    re: new RegExp(
      `${BODY}(?:子)?(?:上|里)?(?:全是|都是|都|也)?[^ ]{0,4}?${WOUND}|骨折|脱臼|耳膜穿孔|鼻青脸肿|青一块紫一块|遍体鳞伤|头破血流|满身是伤|浑身是伤|一身伤|淤青|伤痕`,
      "g",
    ),
    kind: "wound",
  },
];

/** Who did the wound: 都是俺那口子干的, 是俺男人踩的, 全是他拧的. */
export const ZH_WOUND_CAUSE = new RegExp(`(?:干|弄|打|${HURT})(?:的|出来的)`, "g");

export const ZH_PASSIVE_HINT = /[被挨遭]/;
/** Passive: 被老公打, 被打, 挨打, 挨了一拳, 遭(受)家暴; not 被催款电话打怕了 (the calls did it). */
export const ZH_PASSIVE = new RegExp(
  `(被|挨|遭受?了?)((?:[^被挨\\s]{0,6}?))((?<!电话|短信|消息|微信|视频)打(?!电话|扰|针|卡|败|折|工|车|字|球|游戏|进决赛|爆)|揍|捶|踹|踢|踩|扇|掴|抽|掐|拧|扭|推${PUSH_NOT}|锁|关|烫|燎|砍|捅|扎|砸|家暴|家庭暴力|殴打|虐待|强奸|性侵|威胁|恐吓|${BLOW})`,
  "g",
);

/**
 * Words after which a person is an object, never a doer: 我敢找别人就…, 跟同事吃饭, 和邻居来往
 * (the one she might see is not the one who threatens her), 对我说, 冲我喊.
 */
export const ZH_OBJECT_BEFORE = /(?:找|跟|和|同|与|见|嫁给|嫁|陪|告诉|联系|搭理|理|认|叫|对|冲|朝|向)$/;

/** A condition of what she does, in reported or direct speech: 我要是敢…, 你再跑…, 只要我…. */
export const ZH_IF = /要是|如果|假如|若是|倘若|万一|只要|一旦|敢|再|的话/;
/** What follows the condition: 我敢找别人就弄死我. */
export const ZH_THEN = /就|便/;
/** What will be done, in reported speech: 说要弄死我, 说他会杀了我. */
export const ZH_WILL = /要|会|准|早晚|迟早|非/;
/** Said to her face: 对我说, 冲我吼, 告诉我, 警告我. */
export const ZH_TO_HER = /(?:对|跟|冲|朝|给|向)着?(?:我|俺)[^ ]{0,6}$/;
export const ZH_TO_HER_AFTER = /^(?:了)?(?:我|俺)/;

/** Said with a "not" just before: 从来不打我, 没打过我, 不会动手. */
export const ZH_NEGATED = /(?:不|没|没有|从不|从没|从来不|从来没|别再?)\s*$/;

// --- frames ---------------------------------------------------------------------------------

/** Her own words for having left him: the ex's pursuit is danger from then on. */
export const ZH_APART =
  /前夫|前男友|前任|前头那个|离婚|离了婚|离过婚|(?:跟他|和他|俺俩|我俩|我们俩|俺们俩)离了|分手|分了手|分开(?:了|以后|之后|后|住)|分居|离开(?:了)?(?:他|那个家|婆家)|不跟他过了|搬出来|搬走了|跑出来|逃出来|躲(?:着|在|到|起来)|回娘家|在娘家/;
/** Violence in a drama, film, novel or the news, or in another family: not hers. */
export const ZH_STORY =
  /电视剧|电视里|电影|影片|片子里|小说|新闻|短视频|视频里|抖音|快手|直播里|剧里|剧中|戏里|书里|故事里|节目里|动画片|漫画|网上看到|邻居家|别人家|隔壁家/;
/** Sport, games and play: 打, 踢, 推 there are the game. */
export const ZH_SPORT =
  /羽毛球|乒乓|网球|篮球|足球|排球|棒球|跆拳道|拳击|散打|柔道|摔跤|武术|空手道|击剑|比赛|训练|对练|陪练|教练|打球|踢球|游戏|王者|吃鸡|下棋|象棋|扑克|斗地主|打牌|麻将|闹着玩|开玩笑|玩闹|打闹|嬉闹|打雪仗|沙袋|健身/;
/** Accidents and everyday causes of a wound: a fall, a slip, a crash, work, a kitchen knife. */
export const ZH_MISHAP =
  /摔了?一?跤|摔倒|滑了?一?跤|滑倒|跌|磕|碰|绊|车祸|撞车|工伤|工地|干活|崴|不小心|自己|切菜|刮痧|拔罐|抽筋|下坡|掉下来|摔下来|摔断|摔伤|摔得/;
/** A comparison, not an event: 疼得像被人打了, 跟挨了一拳似的. */
export const ZH_LIKE_BEFORE = /(?:像|好像|仿佛|如同|就像)[^ ]{0,4}$/;
export const ZH_LIKE_AFTER = /^[^ ]{0,6}?(?:似的|一样|一般)/;
/** A joke claimed as his excuse (他打我还说是开玩笑) frames nothing: 说 or 称 just before it. */
export const ZH_JOKE = /开玩笑|闹着玩|玩闹/;
export const ZH_EXCUSE_BEFORE = /(?:说|称)[^ ]{0,4}$/;
/**
 * Her own blood family (我妈, 我爸, 我哥), as against a partner, an ex and his family: their
 * waiting for her at work is care, not pursuit, unless she says she fled from them.
 */
export const ZH_KIN =
  /^(?:我们|俺们|我|俺|咱)?(?:爸爸|爸|爹|父亲|妈妈|妈|娘|母亲|爷爷|奶奶|姥姥|姥爷|外公|外婆|舅舅|哥哥|哥|弟弟|姐姐|妹妹|儿子|女儿|闺女|家里人|家人|亲戚)$/;
/** His family's word for the same kin: 他妈, 前夫他妈, 婆家的人. */
export const ZH_HIS_BEFORE = /(?:他|他们|前夫|那口子|婆家)$/;
/** She fled from home: then her own family at her door is pursuit too. */
export const ZH_FLED = /逃出来|跑出来|逃(?:到|走|离|婚)|躲(?:着|在|到|起来)/;
/** Where a sport's clause ends: 打游戏输了就打我 is two things. */
export const ZH_CLAUSE_TURN = /就|然后|结果|回来|回家|输了|赢了/;
