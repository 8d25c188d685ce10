/** Messages that are obviously not questions (a lone name, a form answer, a bare number), kept out of the misses log. */
// So staff never see a woman's name or her typed consent there.
import { readYesNo } from "../text/yes-no.ts";
import { analyze } from "./analyze.ts";
import { dict, stem } from "./dictionary.ts";
import { normalizeForMatch } from "./normalize.ts";

// The commonest surnames, single and compound: a lone 孙丽, 王秀英, 欧阳娜娜 is a name.
const SURNAMES =
  "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边";
const COMPOUND = "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木";
const ZH_NAME = new RegExp(
  `^(?:我叫|我是|我的名字是|我的名字叫|名字|姓名)?(?:(?:${COMPOUND})\\p{Script=Han}{1,2}|[${SURNAMES}]\\p{Script=Han}{1,2})$`,
  "u",
);
// "Mary Smith", "Li Na": two or three capitalised words, the first a common given name or a
// surname in pinyin, none a word the knowledge base knows ("Breast Screening" is a topic).
const EN_GIVEN = new Set(
  "mary anna ann anne jane sarah linda lisa susan emma emily amy helen grace lucy rose julia maria alice alicia karen nancy betty margaret jennifer jessica laura kate katie catherine elizabeth sophia olivia ella chloe hannah zoe lily jenny wendy cindy sandy judy joy mia nina tina vicky victoria diana fiona irene iris ivy jade joanna kelly kim lily molly nora paula rachel ruby ruth sally sophie stella tracy vivian yvonne john james michael david peter paul mark tom thomas robert richard william george jack daniel andrew kevin eric tony steven".split(
    " ",
  ),
);
const PINYIN_SURNAMES = new Set(
  "wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian yin".split(
    " ",
  ),
);
const CAPITALISED = /^[A-Z][a-z'-]+$/;
// Answers a form takes: agreeing, declining, finishing, moving on, in either language.
const FORM_WORDS = [
  "好的",
  "好滴",
  "好",
  "行",
  "可以",
  "嗯嗯",
  "嗯",
  "是的",
  "是",
  "对的",
  "对",
  "不是",
  "不同意",
  "我同意",
  "同意",
  "否",
  "没有",
  "无",
  "确认",
  "确定",
  "提交",
  "完成",
  "好了",
  "跳过",
  "下一步",
  "继续",
  "返回",
  "取消",
  "不",
  "ok",
  "okay",
  "yes",
  "yeah",
  "yep",
  "no",
  "nope",
  "i agree",
  "agreed",
  "agree",
  "confirm",
  "submit",
  "done",
  "skip",
  "next",
  "continue",
  "back",
  "cancel",
  "sure",
  "fine",
  "y",
  "n",
  "啊",
  "吧",
  "呀",
  "哦",
  "了",
  "的",
].sort((a, b) => b.length - a.length);
// A bare number (a count, a phone, an ID, digit by digit in Han numerals), or only masks of them.
const BARE_NUMBER =
  /^(?:[\d\s]+|[零〇一二三四五六七八九十百千万两幺\s]+|(?:\[(?:phone|id|number|email)\]\s*)+)$/u;

const namesConcept = (text: string) => analyze(normalizeForMatch(text)).some((t) => t.startsWith("@"));

function onlyFormWords(norm: string): boolean {
  let rest = ` ${norm} `;
  for (const word of FORM_WORDS)
    rest = /^[a-z ]+$/.test(word) ? rest.replaceAll(` ${word} `, "  ") : rest.replaceAll(word, " ");
  return rest.trim() === "";
}

function isEnglishName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => CAPITALISED.test(w))) return false;
  const first = words[0]!.toLowerCase();
  if (!EN_GIVEN.has(first) && !PINYIN_SURNAMES.has(first)) return false;
  // A word the lexicon gives a meaning is a topic, not a name.
  return !words.some((w) => (dict.en.get(stem(w.toLowerCase()))?.length ?? 0) > 0);
}

/**
 * True for a message that is obviously not a question: a lone personal name (孙丽, 王秀英,
 * "我叫孙丽", "Mary Smith"), a form's answer (好的 同意, yes, 完成, 1) or a bare number (a phone,
 * an ID, "12338" alone). Such messages are still answered as usual; they are only kept out of
 * the misses staff read. A name or number inside a question is not caught here (it is masked or
 * stays, see README).
 */
export function notAQuestion(text: string): boolean {
  const trimmed = text.trim().replace(/[。.!！?？,，、\s]+$/u, "");
  const norm = normalizeForMatch(text);
  if (!norm) return true;
  if (BARE_NUMBER.test(norm) || BARE_NUMBER.test(text.trim())) return true;
  // A yes or a no in her own words (« yes please », « 嗯嗯，可以 », « no thanks ») answers a form.
  if (onlyFormWords(norm) || readYesNo(text) !== null) return true;
  if (ZH_NAME.test(trimmed.replace(/\s+/g, "")) && !namesConcept(trimmed)) return true;
  return isEnglishName(trimmed);
}
