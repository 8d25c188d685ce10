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
  /\b(?:who|can|could|may|am\s+i\s+allowed\s+to|allowed\s+to|eligible\s+to)\s+(?:\w+\s+){0,5}?(?:apply|qualify|get|borrow)\b/g;
// "how much can I get", "where can women get help", "can I borrow 300k": a question word just before,
// or a sum just after, asks something else.
const ASKS_ELSE = /\b(?:how|hw|much|many|where|when|what|which)\s+(?:\w+\s+){0,3}$/;
const SUM_AFTER =
  /^\s+(?:\w+\s+)?(?:\d|(?:one|two|three|five|ten|twenty|fifty|a\s+hundred)\s+(?:hundred|thousand)|much)/;
// "loans for women who want to…": after a group of people, "who" opens a clause about them and
// asks nothing ("someone who can coach me" still asks for a person).
const EN_RELATIVE_WHO =
  /\b(women|woman|people|those|girls|men|mothers|moms|mums|students|farmers|workers|graduates|entrepreneurs)\s+who\b/g;
// "还能贷吗", "俺这样的能申请不", "银行还给贷吗", "农村户口的人能申请吗": whether she (or someone
// like her) may still borrow, asked yes-or-no (a person or 还 before the modal, the verb right
// after it, a question particle at the end), is who may borrow; "能贷多少", "能不能在网上申请",
// "去哪能办", "资金不够能贷款吗" (is there a loan for that) ask something else.
const ZH_CAN_APPLY =
  /(?:还|也|都|我|俺|咱|人|的|她|者|户|妇女|女人|女的|男的|姐妹|这样|这种|这号|情况)(?:能|可以|能够|让|给|准)(?:不能|不)?(?:申请|贷|借|办)(?![^ ]*?(?:多少|几|多久|多长|哪|怎么|咋|什么|啥|\d|万|千|块|元))[^ ]{0,10}?(?:吗|么|不|没|没有|呢)(?= |$)/g;
// "I want to borrow about 250,000 yuan, is that allowed?", "想贷二十五万，行吗": whether a sum
// is allowed asks the most she may borrow.
const SUM = /\d[\d,]*\s*(?:万|k|w|wan|yuan|元|块)|\d{4,}|[一二三四五六七八九十两几]+万/;
const SUM_OK =
  /\b(?:is\s+(?:that|it|this)|would\s+(?:that|it|this)\s+be)\s+(?:allowed|ok|okay|possible|fine|too\s+much)\b|可以吗|可以不|行吗|行不行|中不中|能行吗|够吗|够不够|多不多/;
// "去乡里办还是得去县里", "在镇上能申请吗", "找村里还是直接去银行": where she applies, or which
// office she should go to first, is how to apply.
const ZH_WHERE_TO_APPLY =
  /(?:去|到|在|上)(?:乡里|乡镇|乡政府|县里|县城|镇上|镇里|村里|市里|区里|街道|银行|信用社|哪|哪儿|哪里|什么地方|啥地方)(?:妇联)?(?:能|可以)?(?:办|申请|报|登个?记)(?![过了还])/g;
// "县妇联还是乡里妇联", "是去银行还是去妇联": a choice between offices is where she applies; the
// offices in it are places, not what she asks about (a bank named there is no bank referral).
const ZH_OFFICE =
  "(?:(?:县|乡|镇|村|市|区|街道)(?:妇联|里|上|政府)?(?:妇女主任|妇联主席)?|妇联|妇女主任|银行|信用社|人社局|人社)";
const ZH_WHICH_OFFICE = new RegExp(
  `(?:是|先)?(?:去|找|到|上)?${ZH_OFFICE}(?:办|申请|报|管|负责)?还是(?:得|要|直接)?(?:去|找|到|上|跑到|跑)?${ZH_OFFICE}`,
  "g",
);
// Lenders named in a choice of offices: places there, not the bank referral's subject.
const LENDERS = /银行|信用社|\bbank\b|\bcredit\s+union\b/g;
// "the bank or the federation?", "go to the county federation or the village": the same choice
// between offices, in English.
const EN_OFFICE =
  "(?:the\\s+|my\\s+|our\\s+)?(?:(?:county|city|town|township|village|local)\\s+)?(?:women\\s+s\\s+federation|federation|fulian|bank|credit\\s+union|village|county|township|town\\s+hall|government)";
const EN_WHICH_OFFICE = new RegExp(
  `\\b(?:(?:go|apply|ask)\\s+(?:to|at)\\s+)?${EN_OFFICE}\\s+or\\s+(?:to\\s+|at\\s+)?${EN_OFFICE}\\b`,
  "g",
);
// "银行还给不给贷", "我这样的能不能申请", "人家肯不肯借": whether she may borrow, asked as A-not-A
// (no particle needed), is who may borrow; the lender named before it is who answers, not a subject.
const ZH_CAN_APPLY_A_NOT_A =
  /(?:银行|信用社|人家)?(?:还|也|都|我|俺|咱|人|的|她|者|户|妇女|女人|女的|姐妹|这样|这种|这号|情况)?(?:能不能|可不可以|给不给|让不让|准不准|肯不肯|批不批)(?:申请|贷|借|办|批)(?![^ ]*?(?:多少|几|多久|多长|哪|怎么|咋|什么|啥|\d|万|千|块|元))/g;
// "还批给我吗", "也会贷给俺不": whether they will still lend to her is who may borrow.
const ZH_LEND_TO_ME = /(?:还|也)(?:会|能|肯)?(?:批|贷|借|放)给(?:我|俺|咱)(?:吗|不|么|没|没有|呢)/g;
// "does that stop me getting the loan", "would it rule me out": whether something in her past bars
// her is who may borrow.
const EN_BARS_ME =
  /\b(?:stop|stops|prevent|prevents|bar|bars|block|blocks|disqualif(?:y|ies))\s+me\s+(?:from\s+)?(?:getting|get|applying|borrowing)?\b|\brule\s+me\s+out\b/g;
// "after I hand in the loan form": what comes after applying is the review (how to apply).
const EN_AFTER_APPLYING =
  /\bafter\s+(?:(?:i|we)\s+)?(?:hand(?:ed|ing)?\s+in|submit(?:ted|ting)?|appl(?:y|ied|ying)|sen(?:d|t|ding)\s+in|sign(?:ed|ing)?\s+up|turn(?:ed|ing)?\s+in)\b/g;
// "can I borrow 400,000", "could we get 300k": asking for a sum is asking the most she may borrow.
const EN_CAN_BORROW_SUM =
  /\b(?:can|could|may)\s+(?:i|we)\s+(?:borrow|get|have)\s+(?:about\s+|around\s+|up\s+to\s+)?\d/g;
// "a loan where the government pays part of the interest": a loan named by its interest subsidy
// is the subsidised (guaranteed) loan, as 贴息的贷款 is.
const EN_LOAN_KIND =
  /\bloans?\s+(?:where|that|which|with|in\s+which)\s+(?:[a-z]+\s+){0,6}?(?:pays?|paid|covers?|covered|subsidi[sz]es?|subsidi[sz]ed)\s+(?:for\s+)?(?:part\s+of\s+|some\s+of\s+|all\s+of\s+|half\s+of\s+)?(?:the\s+|my\s+|your\s+)?interest\b/g;
// "材料都交了", "申请已经递上去了": what comes after handing in the application is its review.
const ZH_AFTER_APPLYING =
  /(?:材料|申请|表|资料|申请表)(?:都|已经|早就)?(?:交|递|报)(?:了|上去了|上去|完了|过了)/g;
// "女的贷不了款", "能贷款的人", "我这号人借得到吗": who can or cannot borrow is who may borrow; the
// loan word stays, as it names the subject.
const ZH_WHO_BORROWS =
  /(?:贷|借)不(?:了|上|到)款?|能(?:贷款|贷|借钱|借)的人|(?:贷|借)得(?:了|上|到)(?:吗|不|么)/g;
// "能多贷点不", "多借些", "贷得多": more money is the most she may borrow.
const ZH_MORE = /多(?:贷|借|批|给)(?:点|些|一些|一点)|(?:贷|借)(?:多点|得多)/g;
// "贴息的贷款", "那个担保的贷款": a kind of loan said with 的 is the loan's name, as 贴息贷款 is,
// not its interest facet; what she asks about it is said elsewhere.
const ZH_LOAN_KIND =
  /(?:(担保|政府担保|小额担保)|贴息|政府贴息|免息|无息|不要利息|不收利息|不用利息|补利息|补贴利息|贴利息)的(?=贷款|贷|借款)/g;
// "银行还给贷吗", "信用社肯不肯借": the lender in a yes-or-no question about her borrowing is who
// answers it, not a subject (her question is who may borrow, not the bank referral).
const ZH_LENDER_ASKED =
  /(?:银行|信用社|人家)(?=(?:还|也|都)?(?:给|肯|能|会|让)(?:不给|不肯|不能|不会)?(?:贷|借|批)[^ ]{0,4}?(?:吗|么|不|没|呢)?(?: |$))/g;
// "信用卡逾期过", "网贷逾期", "以前逾期过": an overdue debt in her past is her credit record (who
// may borrow), not a late repayment of this loan.
const ZH_PAST_OVERDUE =
  /(?:信用卡|网贷|花呗|借呗|白条|以前|之前|前些年|原来|过去)[^ ]{0,4}?逾期(?:过)?|逾期过/g;
// Her past overdue debt is her record only in a question about getting this loan ("信用卡逾期了
// 怎么办" alone is about the card, which the knowledge base does not cover).
const ASKS_LOAN = /创业|担保|申请|贷款|能贷|能办|还给贷/;
// "妇联能帮着贷款", "有啥贷款能帮俺": helping her to a loan, said any way, is 帮忙 (a bank is not named).
const ZH_HELP_LOAN =
  /帮(?!忙|助|扶)(?:着|俺|我|咱|一把)?(?=贷|借钱|弄点钱)|(?<=贷款[^ ]{0,4})帮(?!忙|助|扶)(?:着|俺|我|咱|一把)?/g;
// "啥时候必须还完", "几年内得还上", "多久还清": when the money is due back is the term, not a
// late repayment.
const ZH_WHEN_REPAY =
  /(?:啥时候|什么时候|多久|多长时间|几年|哪年|最晚)(?:以内|之内|内|以后|后)?(?:就)?(?:必须|得|要|该|再)?(?:还完|还清|还上|还钱|还款|还(?=[吗呢啊 ]|$))/;
// "贷下来的钱", "这钱借到手": getting the money, said before when it is due back, is when the term
// starts, not how long approval takes.
const ZH_GOT_MONEY =
  /(?:贷|借|批)(?:下来|到手|到)了?(?:的钱|的款)?|拿到(?:的钱|的款)|(?:钱|款)(?:借|贷|拿)?到手/g;
// "不要钱的培训", "不花钱的课": free, said in everyday words, is 免费 (not a question of money).
const ZH_FREE = /(?:不要钱|不花钱|不收钱|不收费|白学)的?(?=培训|课|班|学)/g;
// "咋才能借到", "怎么样才能贷上", "如何才能拿到": how to get it, in Chinese.
const ZH_HOW_TO_GET =
  /(?:怎么|怎样|怎么样|咋|咋样|如何)(?:才能|才可以|能|可以)?(?:借|贷|拿|弄|办|申请)(?:到|上|下来)/g;

// A child's age under 18 ("my daughter is 10", "闺女今年十二岁") says she is at school below
// university (Spring Bud's girls), not an age of who may borrow.
const EN_NUMBERS: Record<string, number> = {
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
};
const EN_CHILD_AGE =
  /\b(?:daughter|daugther|girl|son|kid|child)\s+(?:is|s|turned|just\s+turned)\s+(?:only\s+)?(\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?!\s*(?:months|weeks|days))/g;
const ZH_CHILD_AGE =
  /(?:闺女|女儿|女娃|丫头|孩子|儿子|娃)(?:今年|才|刚|都)?([一二三四五六七八九十]{1,3}|\d{1,2})(?:岁|周岁)/g;
const HAN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function hanNumber(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  const [tens, units] = n.includes("十") ? n.split("十") : ["", n];
  return (n.includes("十") ? (HAN_NUMBER[tens!] ?? 1) * 10 : 0) + (HAN_NUMBER[units!] ?? 0);
}
const schoolAge = (n: number) => n >= 6 && n < 18;

/**
 * Rewrites the facets a normalised text states in its own way into the lexicon's words: an age
 * becomes 年龄 (who may borrow), "how … get" becomes "how to get" / 怎么申请 (how to apply),
 * "can … apply" becomes "eligible" and "还能贷吗" gains 资格 (who may borrow), "去乡里办" gains
 * 去哪办 (how to apply), a child of school age gains "primary school" / 中小学, whether a sum is
 * allowed gains 额度 (the most she may borrow). Round 3 of issue 12 adds: a choice between offices
 * (« 去银行还是去妇联 », « the bank or the federation ») is 去哪办 / "where to apply", its lenders
 * dropped; a lender asked whether it lends to her (« 银行还给贷吗 ») is dropped, her question being who
 * may borrow, as is an A-not-A « 能不能贷 »; « 贴息的贷款 » is the loan's name (贴息贷款), not its
 * interest; a past overdue debt asked with the loan is her credit record; the federation helping her
 * to a loan is 帮忙; when the money is due back is 期限 (and getting it, said before, is the loan);
 * « 不要钱的培训 » is 免费培训. Questions and the entries' phrasings are both read this way.
 */
export function statedFacets(norm: string): string {
  // Each rewrite runs only when the text has what it looks for: most texts have none of it.
  let out = norm;
  if (/\b(?:daug|girl|son|kid|child)/.test(out))
    out = out.replace(EN_CHILD_AGE, (said, n: string) =>
      schoolAge(/^\d/.test(n) ? Number(n) : (EN_NUMBERS[n] ?? 0)) ? `${said} primary school ` : said,
    );
  if (/岁/.test(out))
    out = out.replace(ZH_CHILD_AGE, (said, n: string) =>
      schoolAge(hanNumber(n)) ? `${said} 中小学 ` : said,
    );
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
  const sum = out.match(SUM);
  if (sum && SUM_OK.test(out.slice(sum.index! + sum[0].length))) out = `${out} 额度 `;
  if (out.includes("interest")) out = out.replace(EN_LOAN_KIND, " subsidised loan ");
  if (/\b(?:borrow|get|have)\b/.test(out)) out = out.replace(EN_CAN_BORROW_SUM, (sum) => ` amount ${sum}`);
  if (/\b(?:me|after)\b/.test(out)) {
    out = out.replace(EN_BARS_ME, (bars) => ` ${bars} eligible `);
    out = out.replace(EN_AFTER_APPLYING, (after) => ` ${after} next step `);
  }
  if (out.includes(" or ") && /loan|borrow|apply/.test(out))
    out = out.replace(EN_WHICH_OFFICE, (offices) => ` ${offices.replace(LENDERS, "")} where to apply `);
  if (/[申贷借办报批]/.test(out)) {
    out = out.replace(ZH_WHO_BORROWS, (who) => `${who} 资格 `);
    out = out.replace(ZH_MORE, (more) => `${more} 额度 `);
    out = out.replace(ZH_LOAN_KIND, (_: string, guarantee?: string) => guarantee ?? "贴息");
    out = out.replace(ZH_LENDER_ASKED, " ");
    if (ASKS_LOAN.test(out.replace(/网络贷款/g, ""))) out = out.replace(ZH_PAST_OVERDUE, " 信用记录 ");
    out = out.replace(ZH_HELP_LOAN, "帮忙");
    // "那个贴息的贷款还能办吗" asks whether the loan is still there, not whether she may have it.
    out = out.replace(ZH_CAN_APPLY, (may: string, at: number, all: string) =>
      /(?:贷款|政策|项目)$/.test(all.slice(0, at)) ? may : `${may} 资格 `,
    );
    out = out.replace(ZH_LEND_TO_ME, (may) => `${may} 资格 `);
    out = out.replace(ZH_CAN_APPLY_A_NOT_A, (may) => ` ${may.replace(/^(?:银行|信用社|人家)/, "")} 资格 `);
    out = out.replace(ZH_WHERE_TO_APPLY, (where) => `${where} 去哪办 `);
    out = out.replace(ZH_WHICH_OFFICE, (offices) => ` ${offices.replace(LENDERS, "")} 去哪办 `);
  }
  if (/[交递报]/.test(out)) out = out.replace(ZH_AFTER_APPLYING, " 申请以后 审核 ");
  const due = out.includes("还") ? out.match(ZH_WHEN_REPAY) : null;
  if (due)
    out = `${out.slice(0, due.index).replace(ZH_GOT_MONEY, " 贷款 ")}${due[0]} 期限 ${out.slice(due.index! + due[0].length)}`;
  if (/[钱费学]/.test(out)) out = out.replace(ZH_FREE, "免费");
  return out;
}
