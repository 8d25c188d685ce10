/** Yes or no in her own words (« 好的，同意 », « 行 我同意 », « ok I agree », « 不了，谢谢 », « no thanks »), for every typed confirmation. */

/** What a typed reply to a yes/no question says. */
export type YesNo = "yes" | "no";

/**
 * The words one question adds to the common ones: its own verb, which says yes alone and no after a
 * negation (« 同意 » / « 不同意 » at a consent notice, « 取消 » / « 不取消 » under "cancel?"), and
 * its own ways of saying no.
 */
export interface YesNoWords {
  yes?: readonly string[];
  no?: readonly string[];
}

// Words that agree whatever the question: « 好的 », « 可以 », « 没问题 », « sure », « ok ».
const YES = [
  "好",
  "好的",
  "好滴",
  "好哒",
  "好嘞",
  "好吧",
  "好啊",
  "好呀",
  "行",
  "行吧",
  "行啊",
  "可以",
  "可以的",
  "是",
  "是的",
  "对",
  "对的",
  "嗯",
  "嗯嗯",
  "恩",
  "恩恩",
  "没问题",
  "当然",
  "愿意",
  "要",
  "确定",
  "确认",
  "同意",
  "答应",
  "接受",
  "中",
  "yes",
  "yeah",
  "yep",
  "yup",
  "ya",
  "yea",
  "y",
  "ok",
  "okay",
  "okey",
  "k",
  "sure",
  "agree",
  "agreed",
  "fine",
  "alright",
  "good",
  "great",
  "absolutely",
  "definitely",
  "certainly",
  "accept",
  "ofcourse",
  "goahead",
  "soundsgood",
];
// Words that decline on their own: « 算了 », « 不用了 », « no », « nope ».
const NO = [
  "算了",
  "拒绝",
  "否",
  "不用",
  "不必",
  "免了",
  "没兴趣",
  "no",
  "nope",
  "nah",
  "n",
  "never",
  "decline",
  "refuse",
];
// A negation turns the yes word after it into no (« 不同意 », « 不要 », « don't agree », « not ok »);
// alone it is no (« 不 », « 不了 »).
const NEGATION = ["不", "别", "没", "甭", "not", "dont", "donot", "cant", "wont", "doesnt"];
// Not an answer either way: she hesitates, asks back or greets, and is asked again.
const NEITHER = [
  "你好",
  "您好",
  "早上好",
  "下午好",
  "晚上好",
  "大家好",
  "不确定",
  "不知道",
  "不清楚",
  "不一定",
  "说不好",
  "再想想",
  "想想",
  "考虑一下",
  "考虑考虑",
  "等等",
  "等一下",
  "以后再说",
  "再说",
  "还没想好",
  "是不是",
  "好不好",
  "行不行",
  "要不要",
  "可不可以",
  "对不对",
  "notsure",
  "maybe",
  "perhaps",
  "later",
  "wait",
  "dontknow",
  "idk",
];
// Words around an answer that change nothing: particles, « 我 », « 谢谢 », « please », « I ».
const FILLER = [
  "不好意思",
  "哦",
  "噢",
  "喔",
  "啊",
  "呀",
  "吧",
  "呢",
  "啦",
  "了",
  "的",
  "哈",
  "呗",
  "嘛",
  "哎",
  "唉",
  "额",
  "呃",
  "哟",
  "我",
  "我们",
  "那",
  "那就",
  "就",
  "这样",
  "谢谢",
  "谢谢你",
  "谢谢您",
  "谢了",
  "多谢",
  "感谢",
  "你",
  "您",
  "先",
  "还是",
  "暂时",
  "现在",
  "也",
  "都",
  "一下",
  "请",
  "麻烦",
  "亲",
  "i",
  "im",
  "me",
  "we",
  "please",
  "pls",
  "plz",
  "thanks",
  "thank",
  "you",
  "thx",
  "ty",
  "so",
  "well",
  "um",
  "uh",
  "hmm",
  "oh",
  "ah",
  "then",
  "do",
  "will",
  "would",
  "like",
  "to",
  "it",
  "that",
  "this",
  "thats",
  "a",
  "the",
  "for",
  "now",
  "lets",
  "just",
  "really",
  "very",
  "much",
  "and",
  "is",
  "am",
  "with",
  "sir",
  "madam",
  "dear",
];
// Emoji that answer on their own.
const EMOJI: [RegExp, string][] = [
  [/[👍👌✅✔🙆]/gu, " yes "],
  [/[👎❌✖🙅]/gu, " no "],
];
// Phrases of several English words read as one.
const PHRASES: [RegExp, string][] = [
  [/\bof course\b/g, "ofcourse"],
  [/\ball right\b/g, "alright"],
  [/\bgo ahead\b/g, "goahead"],
  [/\bsounds good\b/g, "soundsgood"],
  [/\bnot sure\b/g, "notsure"],
  [/\bdo not\b/g, "donot"],
  [/\bdon'?t know\b/g, "dontknow"],
  // « I'm good », « I'm fine, thanks » said last: no thanks (but « I'm ok with it » is a yes).
  [/\bi'?m (?:good|fine|ok|okay|all set)(?=(?:[\s,]*(?:thanks|thank you|thx))?[\s.!]*$)/g, "no"],
];

type Kind = "yes" | "no" | "neg" | "neither" | "filler";

function lexicon(extra: YesNoWords): Map<string, Kind> {
  const words = new Map<string, Kind>();
  const add = (list: readonly string[], kind: Kind) => {
    for (const w of list) words.set(fold(w), kind);
  };
  add(FILLER, "filler");
  add(YES, "yes");
  add(extra.yes ?? [], "yes");
  add(NEGATION, "neg");
  add(NO, "no");
  add(extra.no ?? [], "no");
  add(NEITHER, "neither");
  return words;
}

const fold = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");

/** Splits a run of letters into known words, longest first; null when a part is no known word. */
function words(run: string, known: Map<string, Kind>, longest: number): Kind[] | null {
  const out: Kind[] = [];
  for (let i = 0; i < run.length; ) {
    let found = 0;
    for (let n = Math.min(longest, run.length - i); n > 0; n--) {
      if (known.has(run.slice(i, i + n))) {
        found = n;
        break;
      }
    }
    if (found === 0) return null;
    out.push(known.get(run.slice(i, i + found))!);
    i += found;
  }
  return out;
}

/**
 * Reads a typed reply to a yes/no question: "yes", "no", or null when it is neither (anything else,
 * a hesitation, a question, a name). Filler words, emoji and punctuation don't count; a negation
 * turns the yes word after it into no. A reply that says both (« 好的，不用了 », « nah I'm good…
 * ok ») is neither: she is asked again rather than taken at one of her words. English words are
 * read whole, Chinese by its longest known words.
 */
export function readYesNo(text: string, extra: YesNoWords = {}): YesNo | null {
  const known = lexicon(extra);
  const longest = Math.max(...[...known.keys()].map((w) => w.length));
  let lowered = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\uFE00-\uFE0F\u200D]/gu, "");
  for (const [phrase, word] of [...EMOJI, ...PHRASES]) lowered = lowered.replace(phrase, word);
  // A question's own phrases of several words (« keep going ») are read as one word too.
  for (const phrase of [...(extra.yes ?? []), ...(extra.no ?? [])].filter((w) => /\s/.test(w.trim())))
    lowered = lowered.replaceAll(phrase.toLowerCase(), fold(phrase));
  lowered = lowered.replace(/'/g, "");
  let yes = false;
  let no = false;
  // A negation reaches to the end of its clause (« 不，我同意 » says both; « I don't really agree » no).
  for (const clause of lowered.split(/[\p{P}\p{S}]+/u)) {
    let negated = false;
    // English words whole ("no" is not the start of "nothing"); Han runs by their longest known words.
    for (const run of clause.split(/\s+/).filter(Boolean)) {
      const kinds = /^[a-z0-9]+$/.test(run) ? [known.get(run) ?? null] : words(run, known, longest);
      if (!kinds || kinds.includes(null)) return null;
      for (const kind of kinds as Kind[]) {
        if (kind === "neither") return null;
        if (kind === "neg") negated = no = true;
        else if (kind === "no") no = true;
        // « 不同意 », « don't agree »: the negation already said no.
        else if (kind === "yes" && !negated) yes = true;
      }
    }
  }
  if (yes && no) return null;
  return yes ? "yes" : no ? "no" : null;
}
