/** Safety first: whether a message describes violence or danger to her or her children from her partner or family. */
// A partner, an ex-partner or a family member; a rule of its own, read before any scoring.
import { normalizeForMatch } from "./normalize.ts";

// The rule is made of concepts, not phrases: a WHO (partner, ex, in-law, parent, grown child;
// or a pronoun standing for one), an ACT of violence, confinement, threat or sexual force, and a
// VICTIM (her, her children). Chinese drops subjects ("…喝醉了就把我往墙上推"), so the doer of
// an act is the nearest person named before it; English names its subject, so the same search
// works there. Someone else as the doer (a stranger, a teacher, a machine, a bike, the other
// team), herself as the doer ("我打孩子"), or a husband as the one hurt ("我老公被人打了")
// is no danger from the family. Words that also mean other things (打 for calling, typing, taxis,
// work, games; push for encourage; hurts for an ache) count only in a violent construction.

/** The entry every description of danger is answered with. */
export const DANGER_ENTRY = "domestic-violence";

type Role = "family" | "he" | "she" | "other" | "self" | "child";

interface Mention {
  at: number;
  end: number;
  role: Role;
}

interface Act {
  at: number;
  end: number;
  /** For a passive act ("被老公打", "I was hit by…"): who it was done by, as written (may be ""). */
  by?: string;
  /** For a passive act: where the sentence's subject (the one hurt) ends. */
  subjectEnd?: number;
}

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

// --- Chinese --------------------------------------------------------------------------------

const ZH_FAMILY = [
  "老公",
  "丈夫",
  "男人",
  "那口子",
  "那位",
  "当家的",
  "孩子他爸",
  "孩子他爹",
  "孩子爸",
  "孩子爹",
  "娃他爸",
  "娃他爹",
  "对象",
  "男朋友",
  "男友",
  "前夫",
  "前男友",
  "前任",
  "爱人",
  "老头子",
  "老伴",
  "老婆",
  "媳妇",
  "妻子",
  "婆婆",
  "公公",
  "婆家人",
  "婆家",
  "小姑子",
  "大姑子",
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
const ZH_OTHER = [
  "老师",
  "同学",
  "老板",
  "领导",
  "同事",
  "主管",
  "经理",
  "邻居",
  "陌生人",
  "路人",
  "别人",
  "外人",
  "有人",
  "坏人",
  "小偷",
  "劫匪",
  "歹徒",
  "流氓",
  "混混",
  "城管",
  "保安",
  "医生",
  "护士",
  "客户",
  "顾客",
  "网友",
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
];
const ZH_CHILD = ["孩子", "小孩", "娃娃", "娃", "宝宝"];
// "我老公", "俺家那口子": the possessive belongs to the family word, not to her.
const ZH_POSSESSIVE = "(?:我们家|俺们家|咱们家|我家|俺家|咱家|他家|我|俺|咱)";
const ZH_MENTION = new RegExp(
  `(${ZH_POSSESSIVE}?(?:${alt(ZH_FAMILY)}))|(${alt(ZH_OTHER)})|(${alt(ZH_CHILD)})|(他们|他)|(她们|她)|(我们|我|俺们|俺|咱们|咱)`,
  "g",
);

// Who can be hurt: her, her children, her mother or sister, people ("打人"), or "she".
const ZH_VICTIM =
  "(?:我和孩子|我跟孩子|我们娘俩|我们娘儿俩|我和我妈|我妈|我姐|我妹|我们|我|俺们|俺|咱|孩子|小孩|娃娃|娃|闺女|女儿|儿子|宝宝|老婆|媳妇|妻子|女人|她|人)";
// 打 and the words it makes that are not violence: call, type, taxi, work, games, injections…
const DA_NOT =
  "(?!电话|手机|字|车|的|工|零工|游戏|球|麻将|牌|针|疫苗|扰|卡|印|折|包|扫|算|听|招呼|开|理|扮|水|饭|气|胎|款|钱|量|探|交道|官司|赌|猎|鱼|呼噜|喷嚏|哈欠|嗝|盹|瞌睡|蜡|分|败|赢|仗|造|通|杂|架|拼|工资|掉|发)";
const HIT = `(?:打${DA_NOT}|揍|抽|扇|踹|踢|掐|拧|咬|推(?!荐|广|销|迟|辞|动|进|出|开)|搡|拽|揪|薅|勒|烫|砍|捅|砸|撞|摔|泼|绑|捆)`;
const ASPECT = "(?:了|过|着|得)?";
const NOT_OBJECT = "(?!电话|手机|的电话|微信|后腿|一下就|们村|们家的)";

const ZH_ACTS: RegExp[] = [
  // 打我, 踹了我, 掐着孩子, 打得我…
  new RegExp(`${HIT}${ASPECT}${ZH_VICTIM}${NOT_OBJECT}`, "g"),
  // 把我往墙上推, 把我和孩子锁在屋里, 把我胳膊打折了, 把我弄死: with her as the object, 打 is hitting.
  new RegExp(`把${ZH_VICTIM}.{0,8}?(?:${HIT}|打|锁|关在|关进|关起来|拖|按在|扔|弄死|整死|杀)`, "g"),
  // A limb broken or hurt: 胳膊打折了, 腿被踹断了.
  /(?:胳膊|腿|手|肋骨|鼻梁|牙|骨头|手指)(?:都|也|给|被他|被)?(?:打|踢|踹|掰)(?:折|断|骨折|伤|掉|肿|青|紫)/g,
  // Wounds and beatings that need no named victim.
  /拳打脚踢|拳脚相加|大打出手|上手(?:就)?打|下狠手|殴打|毒打|暴打|痛打|打骂|施暴|往死里(?:打|揍|掐|踹)|鼻青脸肿|青一块紫一块|遍体鳞伤|头破血流|打进(?:了)?医院|打断|打成(?:了)?(?:重伤|骨折)|打(?:得|的)(?:我|俺|孩子)?(?:住院|骨折|流产|出血|满脸是血|浑身是伤|站不起来)/g,
  // 动手 (but not 自己动手做, 动手术, 动手能力)
  /动手(?!术|做|能力|操作|干|搞|弄|写|画|修|装|制作|实践|试试)/g,
  /(?:扇|打|甩|抽)(?:了)?(?:我|俺|孩子)?(?:[一两几]?[个下]?)?(?:耳光|巴掌|嘴巴子|大嘴巴)/g,
  /掐(?:住|着)?(?:了)?(?:我|俺|孩子)?(?:的)?脖子|掐死|勒(?:住|着)?(?:我|俺)?(?:的)?脖子/g,
  /(?:拽|揪|薅|扯)(?:着|住)?(?:我|俺)?(?:的)?头发/g,
  /拿(?:着)?(?:把)?(?:刀|菜刀|剪刀|斧头|棍子|棒子|皮带|鞭子|扫帚|擀面杖|板凳|凳子|铁锹|砖头|酒瓶|烟头|开水)|(?:用|拿)烟头烫|泼(?:开水|硫酸|汽油)/g,
  /(?:摔|砸|扔|掀)(?:了)?(?:东西|碗|盘子|门|窗户|家具|电视|桌子|椅子|板凳|锅)/g,
  /拿(?:我|俺)(?:出气|撒气)|出气筒/g,
  // Threats to life and body.
  /(?:杀|弄死|打死|整死|砍死|掐死|捅死|烧死|毒死)(?:了)?(?:我|俺|孩子|我们|我全家|全家)|要(?:了)?(?:我|俺)的?命|毁(?:了)?(?:我|俺)?的?容|同归于尽/g,
  /(?:威胁|恐吓|吓唬)(?:我|俺|孩子)|拿(?:孩子|刀)(?:威胁|吓唬)/g,
  // Confinement and control.
  /(?:锁|关)(?:在|进)(?:了)?(?:屋|家|房|门外|外面|柴房|厕所|地下室|院子)|关起来|不让(?:我|俺|我们)?(?:回娘家|进门|进家|进屋|报警|见人|跟人联系|跟朋友联系|联系家里)|不让(?:我|俺|我们)?(?:出门|出家门|出去)(?!打工|上班|工作|干活|挣钱|玩|旅游|学|培训)|没收(?:了)?(?:我|俺)?的?(?:手机|身份证)|限制(?:我|俺)?的?(?:人身)?自由/g,
  // Sexual force.
  /(?:逼|强迫|硬逼)(?:我|俺)?(?:跟他|和他)?(?:同房|发生关系|上床|过夫妻生活)|强奸|性侵/g,
  // Following and cornering her (an ex who will not let go).
  /跟踪(?:我|俺)|堵(?:我|俺)(?!的)|(?:骚扰|纠缠)(?:我|俺)/g,
  // Named as what is done to her: 家暴我, 对我家暴, 我被家暴.
  /(?:家暴|虐待)(?:我|俺|孩子)|对(?:我|俺|孩子)(?:家暴|施暴|动粗|下手|下狠手|拳脚相加)|动粗/g,
];
// Passive: 被老公打, 被打, 挨打, 挨了一顿打, 遭(受)家暴.
const ZH_PASSIVE =
  /(被|挨|遭受?了?)((?:[^被挨\s]{0,6}?))(打(?!电话|扰|针|卡|败|折|工|车|字|球|游戏|进决赛|爆)|揍|踹|踢|扇|抽|掐|推|锁|关|烫|砍|捅|家暴|家庭暴力|殴打|虐待|强奸|性侵|威胁|恐吓)/g;
// Said with a "not" just before: 从来不打我, 没打过我, 不会动手.
const ZH_NEGATED = /(?:不|没|没有|从不|从没|从来不|从来没|别再?)\s*$/;

// --- English --------------------------------------------------------------------------------

const EN_FAMILY = [
  "husband",
  "hubby",
  "boyfriend",
  "bf",
  "partner",
  "spouse",
  "wife",
  "girlfriend",
  "fiance",
  "ex",
  "ex husband",
  "ex boyfriend",
  "ex partner",
  "ex wife",
  "mother in law",
  "father in law",
  "brother in law",
  "sister in law",
  "in laws",
  "inlaws",
  "in law",
  "mil",
  "fil",
  "stepfather",
  "step father",
  "stepdad",
  "step dad",
  "stepmother",
  "stepmom",
  "father",
  "dad",
  "daddy",
  "mother",
  "mom",
  "mum",
  "brother",
  "son",
  "daughter",
  "uncle",
  "family",
  "relatives",
  "his family",
  "his mother",
  "his brother",
  "his father",
  "老公",
  "丈夫",
  "男人",
  "婆婆",
  "公公",
];
const EN_OTHER = [
  "stranger",
  "strangers",
  "boss",
  "manager",
  "teacher",
  "classmate",
  "classmates",
  "neighbour",
  "neighbor",
  "coworker",
  "colleague",
  "customer",
  "someone",
  "somebody",
  "a man",
  "a guy",
  "thief",
  "robber",
  "robbers",
  "car",
  "bike",
  "bicycle",
  "truck",
  "dog",
  "ball",
  "you",
  "everyone",
  "heat",
  "job",
  "work",
  "game",
  "monster",
  "monsters",
];
const EN_MENTION = new RegExp(
  `\\b(?:(?:my|our|her)\\s+)?(?:(${alt(EN_FAMILY)})|(${alt(EN_OTHER)})|(kids|children|child|baby|babies)|(he|they)|(she)|(i|we))\\b`,
  "g",
);
const EN_VICTIM =
  "(?:me|us|(?:my|our)\\s+(?:kids|children|child|son|daughter|baby|boy|girl|mother|mom|mum|sister|face|arm|arms|neck|head|hand|hands|leg|legs|body|stomach|belly|eye)|the\\s+(?:kids|children|baby)|her|them)";
const EN_VERB =
  "(?:hit|hits|hitting|beat|beats|beating|slap|slaps|slapped|slapping|smack|smacks|smacked|punch|punches|punched|punching|kick|kicks|kicked|kicking|shove|shoves|shoved|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|throttle|throttled|burn|burns|burned|burnt|stab|stabs|stabbed|cut|cuts|hurt|hurts|hurting|harm|harms|harmed|abuse|abuses|abused|abusing|attack|attacks|attacked|assault|assaults|assaulted|rape|rapes|raped|grab|grabs|grabbed|drag|drags|dragged|bite|bites|bit|whip|whips|whipped|batter|batters|battered|strike|strikes|struck|kill|kills|killed|killing|threaten|threatens|threatened|threatening|scald|scalded|terrorise|terrorize|terrorises|terrorizes)";
const EN_ACTS: RegExp[] = [
  // hits me, slapped my face, hurt the kids; not "hit me up", "beat me at chess".
  new RegExp(
    `\\b${EN_VERB}\\s+${EN_VICTIM}\\b(?!(?<=\\bhits?\\s+me)\\s+up\\b)(?!\\s+(?:at|in\\s+(?:chess|cards|games?))\\b)`,
    "g",
  ),
  // push me / pushed me down the stairs, against the wall; not "pushed me to apply", "into applying".
  /\b(?:push|pushes|pushed|pushing)\s+(?:me|us|my\s+\w+)\b(?!\s+(?:to\s+(?!the\s+(?:ground|floor|wall))|into\s+\w+ing\b|forward|ahead|harder|back\b))/g,
  /\b(?:lock|locks|locked|locking|shut|shuts)\s+(?:me|us|my\s+\w+|the\s+kids)(?:\s+and\s+(?:my|the)\s+(?:kids|children|baby))?\s+(?:in|up|out|inside)\b/g,
  /\b(?:won\s*t|wont|doesn\s*t|does\s+not|will\s+not|never)\s+let\s+(?:me|us)\s+(?:leave|go\s+out|out|see\s+(?:my|anyone)|call|talk\s+to|go\s+home)\b/g,
  /\b(?:took|takes|take|taken|smashed|broke)\s+(?:away\s+)?my\s+(?:phone|id|passport)\b/g,
  /\b(?:throws?|threw|thrown|throwing)\s+(?:\w+\s+){0,3}at\s+(?:me|us|my\s+\w+|the\s+kids)\b/g,
  /\b(?:smash|smashes|smashed|smashing|breaks|broke|throws|threw)\s+(?:things|stuff|plates|dishes|furniture|the\s+door|doors)\b|\bpunch(?:es|ed)?\s+(?:the\s+)?walls?\b/g,
  /\bbreak\s+my\s+(?:legs?|arms?|neck|nose|bones|face)\b/g,
  /\b(?:threaten|threatens|threatened|threatening)\s+to\s+(?:kill|hurt|harm|beat|hit|burn|stab|take\s+the\s+kids|take\s+my\s+(?:kids|children|baby))\b/g,
  /\b(?:force|forces|forced|forcing|makes|made)\s+me\s+(?:to\s+)?(?:have\s+sex|sleep\s+with)\b|\bmarital\s+rape\b/g,
  /\b(?:stalks|stalking|stalked|follows|followed)\s+me\b/g,
];
// Passive: I was hit, I'm being abused at home, my kids got beaten by…
const EN_PASSIVE =
  /\b(i|we|my\s+(?:kids|children|son|daughter|baby)|the\s+kids|she)\s+(?:am\s+|m\s+|was\s+|were\s+|get\s+|got\s+|gets\s+|keep\s+getting\s+|have\s+been\s+|ve\s+been\s+|has\s+been\s+|is\s+|are\s+|been\s+)(?:being\s+|often\s+|always\s+)?(hit|beaten|beaten\s+up|slapped|punched|kicked|pushed|shoved|choked|strangled|burned|burnt|stabbed|abused|attacked|assaulted|raped|threatened|locked\s+(?:in|up|out))\b((?:\s+by\s+(?:\w+\s*){1,3})?)/g;
const EN_NEGATED = /\b(?:never|not|nt|n\s*t|didn\s*t|doesn\s*t|don\s*t|wouldn\s*t)\s+(?:\w+\s+)?$/;

// --- the rule -------------------------------------------------------------------------------

function mentions(norm: string): Mention[] {
  const out: Mention[] = [];
  const roles: Role[] = ["family", "other", "child", "he", "she", "self"];
  for (const re of [ZH_MENTION, EN_MENTION]) {
    for (const m of norm.matchAll(re)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      if (group >= 0) out.push({ at: m.index, end: m.index + m[0].length, role: roles[group]! });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const HAN = /\p{Script=Han}/u;
// Every English pattern starts from one of these words; text with none of them skips them all.
const EN_TRIGGER =
  /\b(?:hit|beat|slap|smack|punch|kick|shove|chok|strangl|throttl|burn|stab|cut|hurt|harm|abus|attack|assault|rap|grab|drag|bit|whip|batter|strik|struck|kill|threat|scald|terror|push|lock|shut|let|took|take|smash|broke|break|threw|throw|forc|made|make|stalk|follow)/;

function acts(norm: string): Act[] {
  const out: Act[] = [];
  // Each language's patterns run only on text that has its script: most questions have one.
  const han = HAN.test(norm);
  const latin = EN_TRIGGER.test(norm);
  for (const re of [...(han ? ZH_ACTS : []), ...(latin ? EN_ACTS : [])]) {
    for (const m of norm.matchAll(re)) {
      const before = norm.slice(Math.max(0, m.index - 6), m.index);
      if (ZH_NEGATED.test(before) || EN_NEGATED.test(norm.slice(Math.max(0, m.index - 24), m.index)))
        continue;
      out.push({ at: m.index, end: m.index + m[0].length });
    }
  }
  if (han)
    for (const m of norm.matchAll(ZH_PASSIVE))
      out.push({ at: m.index, end: m.index + m[0].length, by: m[2] ?? "", subjectEnd: m.index });
  if (latin)
    for (const m of norm.matchAll(EN_PASSIVE))
      out.push({
        at: m.index,
        end: m.index + m[0].length,
        by: m[3] ?? "",
        subjectEnd: m.index + m[1]!.length,
      });
  return out;
}

// Words that may stand between a doer and the act: adverbs and auxiliaries, nothing with a verb
// of its own ("他开车回来就打我": 车 is not who hits her).
const ADJACENT =
  /^(?:\s|就|也|又|还|都|老是|老|总是|总|常常|常|经常|天天|每天|一直|动不动就|动不动|一|不高兴就|喝了酒就|喝醉了就|会|then|also|always|often|sometimes|keeps|kept|just|even|again|still|is|are|was|were|has|have|had|will|would|d|ll|s|started|starts|tried\s+to|tries\s+to|wants\s+to)*$/;

// 我 right after a verb or a preposition is an object ("天天骂我还动手", "对我挺好"), never a doer;
// as a subject it starts a clause, or follows a word of time or a connective.
const SUBJECT_BEFORE = /(?:^|\s|昨天|今天|前天|后来|然后|所以|但是|可是|那天|有时|有一次|结果|于是|当时)$/;
function asObject(norm: string, p: Mention): boolean {
  return (
    p.role === "self" && /\p{Script=Han}/u.test(norm[p.at] ?? "") && !SUBJECT_BEFORE.test(norm.slice(0, p.at))
  );
}

/**
 * Who did an act. The person named right before it, with only adverbs between ("老公又打我",
 * "my husband always hits me"), is the doer: herself, someone outside the family, or family.
 * Chinese often drops the subject of later clauses ("他……喝醉了就把我往墙上推"), so with no one
 * right before it, a partner or family member named anywhere in the message is the doer.
 */
function doer(norm: string, act: Act, people: Mention[]): Role | undefined {
  const before = people.filter((p) => p.end <= act.at && p.role !== "child" && !asObject(norm, p));
  const last = before.at(-1);
  if (last && ADJACENT.test(norm.slice(last.end, act.at))) return last.role;
  const named = people.find((p) => p.role === "family" || p.role === "he" || p.role === "she");
  return named?.role;
}

function isDangerous(norm: string, act: Act, people: Mention[]): boolean {
  if (act.by !== undefined) {
    // Passive: the one hurt must be her, her child or "she" (not her husband, not a stranger);
    // the one who did it must not be someone outside the family.
    const subjectAt = act.subjectEnd ?? act.at;
    const subject = [...people].reverse().find((p) => p.end <= subjectAt && subjectAt - p.end <= 2);
    if (subject && (subject.role === "family" || subject.role === "other" || subject.role === "he"))
      return false;
    const agent = people.filter((p) => p.at >= act.at && p.end <= act.end);
    if (agent.some((p) => p.role === "other")) return false;
    if (/^(?:人|别人|有人|同学|老师)/.test(act.by.trim())) return false;
    return true;
  }
  const who = doer(norm, act, people);
  return who === "family" || who === "he" || who === "she";
}

/**
 * Whether the text describes violence or danger to her or her children from a partner, an
 * ex-partner or a family member (in-laws included), in Chinese, dialect or English, alone or
 * inside a longer story. Such a message is answered with the domestic-violence entry before any
 * scoring, and mid-form too. The rule is narrow on purpose: 打电话, 打字, 打车, 打工, games,
 * sport, aches, strangers and machines are not violence from the family.
 */
export function describesDanger(text: string): boolean {
  const norm = normalizeForMatch(text);
  if (!norm) return false;
  const found = acts(norm);
  if (found.length === 0) return false;
  const people = mentions(norm);
  return found.some((act) => isDangerous(norm, act, people));
}
