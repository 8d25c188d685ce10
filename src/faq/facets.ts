/** Facets a question states in its own way (her age, « how do I get… »), rewritten into the lexicon's words before analysis. */
// Her age ("四十五了", "I'm 52", "fifty-two and…") and "how do I get…" (how to apply).

// Ages people state: 16 to 99, in Han numerals or digits.
const ZH_AGE_NUMBER = "(?:[二三四五六七八九]十[一二三四五六七八九]?|[1-9]\\d)";
// "四十五了", "五十出头", "五十多岁", "快六十的人了", "都六十了", "年过五十", "过了四十": an age with
// the words that make a bare number one ("五十万", "贷了五十" are sums).
const ZH_AGE = new RegExp(
  `(?:(?:今年|都|已经|快|过了|年过|满|奔)\\s*${ZH_AGE_NUMBER}(?![万块元千百])(?:岁|周岁|了|出头|多岁|来岁|多|的人)?|${ZH_AGE_NUMBER}(?:岁|周岁|出头|多岁|来岁|好几|的人了))`,
  "g",
);
const EN_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const EN_UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
const EN_AGE_NUMBER = `(?:[1-9]\\d|${EN_TENS}(?:\\s+${EN_UNITS})?)`;
// "I'm 52", "I am fifty two", "at 61", "aged 58", "in my fifties", or a lone "fifty-two" that is no
// sum ("fifty thousand", "50k", "50 yuan").
const EN_AGE = new RegExp(
  `\\b(?:(?:i\\s*m|i\\s+am|im|aged?|at)\\s+${EN_AGE_NUMBER}|in\\s+my\\s+(?:twent|thirt|fort|fift|sixt|sevent)ies|${EN_TENS}\\s+${EN_UNITS})\\b(?!\\s*(?:thousand|hundred|million|k|w|wan|yuan|rmb|percent|days|months|years\\s+(?:ago|of)))`,
  "g",
);

// "How do I get…", "how can a woman like me get…", "how would I go about getting…": asking how to
// get something is asking how to apply; "how much", "how long", "how old" are facets of their own.
const EN_HOW_TO_GET =
  /\bhow\s+(?!much|many|long|old|often|soon|far)((?:\w+\s+){0,5}?)(?:get|getting|obtain|obtaining|receive|secure|go\s+about(?:\s+getting)?|take\s+out)\b/g;
// "Can rural women apply?", "who can apply", "can a farmer get the loan": whether she may apply
// or get it is who may borrow (as 谁能申请 is in Chinese), not how to apply.
const EN_CAN_APPLY =
  /\b(?:who|can|could|may|am\s+i\s+allowed\s+to|allowed\s+to|eligible\s+to)\s+(?:\w+\s+){0,3}?(?:apply|qualify|get|borrow)\b/g;
// "how much can I get", "where can women get help", "can I borrow 300k": a question word just before,
// or a sum just after, asks something else.
const ASKS_ELSE = /\b(?:how|hw|much|many|where|when|what|which)\s+(?:\w+\s+){0,3}$/;
const SUM_AFTER =
  /^\s+(?:\w+\s+)?(?:\d|(?:one|two|three|five|ten|twenty|fifty|a\s+hundred)\s+(?:hundred|thousand)|much)/;
// "loans for women who want to…": after a group of people, "who" opens a clause about them and
// asks nothing ("someone who can coach me" still asks for a person).
const EN_RELATIVE_WHO =
  /\b(women|woman|people|those|girls|men|mothers|moms|mums|students|farmers|workers|graduates|entrepreneurs)\s+who\b/g;
// "咋才能借到", "怎么样才能贷上", "如何才能拿到": how to get it, in Chinese.
const ZH_HOW_TO_GET =
  /(?:怎么|怎样|怎么样|咋|咋样|如何)(?:才能|才可以|能|可以)?(?:借|贷|拿|弄|办|申请)(?:到|上|下来)/g;

/**
 * Rewrites the facets a normalised text states in its own way into the lexicon's words: an age
 * becomes 年龄 (who may borrow), "how … get" becomes "how to get" / 怎么申请 (how to apply),
 * "can … apply" becomes "eligible". Questions and the entries' phrasings are both read this way.
 */
export function statedFacets(norm: string): string {
  // Each rewrite runs only when the text has what it looks for: most texts have none of it.
  let out = norm;
  if (out.includes(" who")) out = out.replace(EN_RELATIVE_WHO, "$1 that");
  if (/[十\d]/.test(out)) out = out.replace(ZH_AGE, " 年龄 ");
  if (/\b(?:i|im|am|aged?|at|in|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/.test(out))
    out = out.replace(EN_AGE, " age ");
  if (out.includes("how")) out = out.replace(EN_HOW_TO_GET, (_, between: string) => ` how to get ${between}`);
  if (/apply|qualify|get|borrow/.test(out))
    out = out.replace(EN_CAN_APPLY, (may: string, at: number, all: string) =>
      /(?:get|borrow)$/.test(may) &&
      (ASKS_ELSE.test(all.slice(Math.max(0, at - 40), at)) || SUM_AFTER.test(all.slice(at + may.length)))
        ? may
        : may.replace(/\w+$/, (verb) => (verb === "borrow" ? "eligible borrow" : "eligible")),
    );
  if (/[怎咋如]/.test(out)) out = out.replace(ZH_HOW_TO_GET, (how) => ` 怎么申请 ${how} `);
  return out;
}
