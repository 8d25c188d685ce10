// Questions told as her own story: answered by the subject they name, refined by their facets.
import { describe, expect, it } from "vitest";
import { analyze, isAside, isContext } from "../../src/faq/analyze.ts";
import { clausesOf, requestOf } from "../../src/faq/ask.ts";
import { statedFacets } from "../../src/faq/facets.ts";
import { getFaqIndex } from "../../src/faq/kb.ts";
import { normalizeForMatch } from "../../src/faq/normalize.ts";
import type { FaqLocale } from "../../src/faq/types.ts";

const ask = (locale: FaqLocale, q: string) => getFaqIndex(locale).query(q);
const answered = (locale: FaqLocale, q: string) => {
  const r = ask(locale, q);
  return r.confidence === "high"
    ? r.best?.id
    : `(${r.confidence}: ${r.candidates.map((c) => c.id).join(", ")})`;
};

describe("facets refine the subject", () => {
  it.each([
    ["zh-CN", "我都四十五了，还能贷吗"],
    ["zh-CN", "俺五十出头了，想借点钱开个磨坊"],
    ["zh-CN", "快六十的人了还能办创业贷款不"],
    ["en", "fifty-two and want a loan"],
    ["en", "I'm 57, could I still get a start-up loan?"],
    ["en", "at 61 am I able to borrow for a small farm"],
  ] as const)("her age and a loan are eligibility: [%s] %s", (locale, q) => {
    expect(answered(locale, q)).toBe("loan-eligibility");
  });

  it.each([
    ["zh-CN", "贷下来以后多长时间必须还上"],
    ["en", "how long until I must pay back"],
    ["en", "how many years before the loan has to be repaid"],
  ] as const)("how long until she repays is the term, in the entry that holds it: [%s] %s", (locale, q) => {
    expect(answered(locale, q)).toBe("loan-amount");
  });

  it.each([
    ["zh-CN", "我养了三年羊，去年贷了两万，今年想再扩大，利息谁出"],
    ["zh-CN", "我在厂里干了十几年，一年到头挣不了几个钱，想自己开个店，需要准备什么材料办贷款"],
    [
      "en",
      "I have farmed for twenty years and last month I decided to open a shop, who pays the interest on the loan?",
    ],
  ] as const)("years and months in her story are not the loan term: [%s] %s", (locale, q) => {
    expect(answered(locale, q)).not.toBe("loan-amount");
    expect(ask(locale, q).candidates[0]?.id).not.toBe("loan-amount");
  });
});

it.each([
  ["zh-CN", "借五万块钱，一年下来利息多少钱", "loan-interest"],
  ["zh-CN", "我在村里种了三年大棚，银行说没抵押不给贷，妇联能不能帮我说说", "credit-boost"],
  [
    "en",
    "I borrowed for my shop last year and the season was bad, I might miss a payment next month",
    "loan-interest",
  ],
] as const)("a year or a month as a time in her story leaves the subject alone: [%s] %s", (locale, q, id) => {
  expect(ask(locale, q).candidates[0]?.id).toBe(id);
});

it("of two entries about the loan, the one holding her facet (her age) leads", () => {
  const q = "I'm 48 and I want a loan to open a small tea shop, am I too old?";
  expect(ask("en", q).candidates[0]?.id).toBe("loan-eligibility");
});

describe("how to get a loan", () => {
  it.each([
    ["en", "How do I get a startup loan as a woman"],
    ["en", "how can a woman like me get one of these start-up loans"],
    ["en", "How would I go about getting the guaranteed loan?"],
    ["zh-CN", "咋才能借到这个创业贷款"],
  ] as const)("asking how to get it is the how-to-apply entry: [%s] %s", (locale, q) => {
    expect(ask(locale, q).candidates[0]?.id).toBe("loan-apply");
  });

  it("keeps how much and how long apart from how to get", () => {
    expect(ask("en", "how much can I get").candidates[0]?.id).toBe("loan-amount");
    expect(ask("en", "how long does it take to get the money").candidates[0]?.id).not.toBe(
      "loan-eligibility",
    );
  });
});

describe("a story is answered by its subject", () => {
  it.each([
    [
      "zh-CN",
      "我们家就我一个劳力，闺女今年上五年级，学费书本费都是借的，听说有个春蕾可以帮女娃上学",
      "spring-bud",
    ],
    ["zh-CN", "俺们村几个姐妹想学做月嫂，听说妇联有培训，还能帮着找活", "homemaking"],
    ["zh-CN", "我自己做豆腐卖了好几年，想扩大开个作坊，就是不懂经营管理，想找个老师带带我", "mentor-corps"],
    ["zh-CN", "我怀孕七个月了，公司人事说让我签个自愿离职的单子，不签就不给发工资", "maternity-rights"],
    [
      "en",
      "My daughter is twelve and the school fees this year are more than we earn in three months, is there any help for girls like her?",
      "spring-bud",
    ],
    [
      "en",
      "I have sold vegetables at the market for ten years and I'd like to open a proper shop, what documents would I need for the loan?",
      "loan-documents",
    ],
  ] as const)("directly, the rest being context: [%s] %s", (locale, q, id) => {
    expect(answered(locale, q)).toBe(id);
  });

  it.each([
    ["zh-CN", "我三十多岁，在家带了几年娃，现在想出去找个工作，最近有没有招聘会", "job-fairs"],
    [
      "en",
      "Since my son started school I have free time in the mornings and I would like to learn to sell things online",
      "startup-training",
    ],
  ] as const)("what its last clause asks outweighs the story before it: [%s] %s", (locale, q, id) => {
    expect(answered(locale, q)).toBe(id);
  });

  it.each([
    ["zh-CN", "我想贷款开个店，也想参加创业培训，这两个都想了解"],
    ["en", "I want to borrow money for a shop and also join a training course"],
  ] as const)("two subjects named about equally get « did you mean » with both: [%s] %s", (locale, q) => {
    const r = ask(locale, q);
    expect(r.confidence).toBe("low");
    expect(r.candidates.map((c) => c.id)).toEqual(
      expect.arrayContaining(["startup-training", "loan-guaranteed"]),
    );
  });
});

describe("a story's request decides it (src/faq/ask.ts)", () => {
  // requestOf with the analysis the index gives it (src/faq/index.ts).
  const read = (part: string) => analyze(statedFacets(normalizeForMatch(part)));
  const request = (text: string) =>
    requestOf(
      clausesOf(text, read),
      (t) => !isAside(t),
      (t) => !isContext(t),
      (t) => ["@who", "@amount", "@term", "@money"].includes(t),
    );

  it.each([
    // The last clause that asks; 十几年 is a count, not a question.
    ["我婆婆伺候瘫痪的公公十几年，村里人都说她好，想给她报个好婆婆", "想给她报个好婆婆"],
    // A question asked in pieces, and one whose first piece only gives her age.
    ["今年行情不好 店里亏了 贷款要是到期还不上会咋样 会被起诉吗", "贷款要是到期还不上会咋样 会被起诉吗"],
    ["俺想包几亩地种树苗 这岁数了还中不中 能贷上款不", "这岁数了还中不中 能贷上款不"],
    // Hearsay asks nothing, nor does a question that names nothing known.
    ["我在家种了几年花生 想多包点地 听邻居说妇联能帮着贷款 真的假的", undefined],
  ] as const)("of « %s » is « %s »", (text, asked) => {
    expect(request(text)?.text.trim()).toBe(asked);
  });

  it.each([
    // A request naming a subject of its own is read alone: the story before it is context.
    ["zh-CN", "我刚开了个小饭馆，啥都不懂，想找个做过餐饮的老板带带我，给我出出主意", "mentor-corps"],
    [
      "en",
      "I've run a noodle shop for a year and I keep losing money. Is there an experienced businesswoman who could look at my accounts and advise me?",
      "mentor-corps",
    ],
    // The question may come first and the context after it.
    ["zh-CN", "最多能贷三十万是真的吗 我邻居说她只贷到五万", "loan-amount"],
    // A question asked in pieces is one request; one of facets only takes the subject just before it.
    ["zh-CN", "今年行情不好 店里亏了 贷款要是到期还不上会咋样 会被起诉吗", "loan-interest"],
    ["zh-CN", "我们家孝老爱亲 邻居都夸 想参加最美家庭评选 去哪报名", "family-awards"],
    // A request that points back ("这个") takes what it points at.
    ["zh-CN", "在家带了几年孩子，听说现在育儿嫂挺吃香，哪里有教这个的", "homemaking"],
    // A request of facets only asks about the story's subject: where, who may borrow.
    ["zh-CN", "有事想找县妇联，不知道他们在哪办公，电话多少", "contact-federation"],
    [
      "en",
      "I'm 56 and I have raised ducks all my life. I want to expand, but am I too old to get the start-up loan?",
      "loan-eligibility",
    ],
  ] as const)("[%s] %s", (locale, q, id) => {
    expect(answered(locale, q)).toBe(id);
  });
});

describe("facets stated her own way (src/faq/facets.ts)", () => {
  it.each([
    // Whether someone like her may (still) borrow, asked yes or no, is who may borrow.
    ["zh-CN", "我是外地嫁过来的，户口还在娘家，我这样的能申请创业贷款吗", "loan-eligibility"],
    // Which office to go to is how to apply.
    ["zh-CN", "想办贷款是去镇上办还是去县里", "loan-apply"],
    // Being told when there is a fair is the job-fairs entry (its subscription).
    ["zh-CN", "以后你们这边有招工的消息能不能给我推送一下，我在济宁", "job-fairs"],
    // A girl in middle school, or of school age, is Spring Bud's, not the university aid's.
    ["zh-CN", "俺家闺女上初三了，她爹常年有病，家里供她念书实在太难了，有啥资助没", "spring-bud"],
    ["zh-CN", "闺女今年十二岁，成绩挺好，家里实在供不起了", "spring-bud"],
    [
      "en",
      "My daughter is 13 and top of her class, but we may have to take her out of school because of money. Is there any help?",
      "spring-bud",
    ],
    // Whether a sum is allowed asks the most she may borrow.
    ["zh-CN", "想贷二十五万开个超市，行吗", "loan-amount"],
    ["en", "I want to borrow 250,000 yuan for my bakery, is that allowed?", "loan-amount"],
    // Round 3. A choice between offices is how to apply; the offices (a bank too) are places.
    ["zh-CN", "贷款是找村里妇联还是直接去信用社，俺不懂", "loan-apply"],
    ["en", "for the women's loan do I go to the credit union or the county federation?", "loan-apply"],
    // A lender asked whether it lends to her asks who may borrow, not the bank referral.
    ["zh-CN", "俺快五十了 信用社还肯不肯借给俺", "loan-eligibility"],
    // A kind of loan said with 的 names the loan; what she asks about it decides.
    ["zh-CN", "那个担保的贷款需要交哪些东西", "loan-documents"],
    // When the money is due back is the term, also counted from getting it.
    ["zh-CN", "钱批下来以后几年之内要还清", "loan-amount"],
    // An overdue debt in her past, asked with the loan, is her credit record.
    ["zh-CN", "以前花呗逾期过 现在还能办创业贷款吗", "loan-eligibility"],
    // Round 3, a batch written apart and measured first (21 of 30 before these kinds were added).
    ["zh-CN", "俺男人前年走了 俺寡妇一个 五十一了 想养兔子 这贷款还轮得上俺不", "loan-eligibility"],
    ["zh-CN", "我以前欠过网贷 上了征信 创业贷款还批给我吗", "loan-eligibility"],
    ["en", "I was in prison years ago, does that stop me getting the start-up loan?", "loan-eligibility"],
    ["zh-CN", "贷款是不是要先去镇上妇联登个记", "loan-apply"],
    ["en", "What's the longest I can take to repay the start-up loan?", "loan-amount"],
    ["zh-CN", "信用社说俺没有抵押不放款 妇联能不能出面给说说", "credit-boost"],
    // A second batch written apart and measured first (25 of 30, before and after the kinds above).
    ["zh-CN", "俺当过几年兵 复员回来想开个修车铺 俺们这号人有没有份", "loan-eligibility"],
    ["zh-CN", "妇联的人来家里考察 都看些啥", "loan-apply"],
    ["zh-CN", "想出去打份工 有没有专门招女工的会", "job-fairs"],
    // A third batch written apart and measured first (23 of 30, before and after the kinds above).
    ["zh-CN", "贷款的事 是村里妇女主任管还是得跑到县上", "loan-apply"],
    ["zh-CN", "俺把材料都交了 接下来还有啥环节", "loan-apply"],
    ["zh-CN", "我三十出头 在城里送外卖 想回村搞个小卖部 送外卖的算不算能贷款的人", "loan-eligibility"],
    ["en", "How long after applying before the bank gives me the money?", "loan-apply"],
    ["en", "Can I borrow 400,000 for my factory with this loan?", "loan-amount"],
    [
      "en",
      "Is there a loan where the government pays part of the interest for women starting a business?",
      "loan-guaranteed",
    ],
    // The federation helping her to a loan is the loan itself, not the bank referral.
    ["zh-CN", "想养几头猪 听说妇联能帮咱贷点款 是啥样的", "loan-guaranteed"],
  ] as const)("[%s] %s", (locale, q, id) => {
    expect(answered(locale, q)).toBe(id);
  });

  it("asks something else when the yes-or-no names a sum, a place or a way", () => {
    expect(ask("zh-CN", "我能贷三十万吗").candidates[0]?.id).toBe("loan-amount");
    expect(ask("zh-CN", "贷款能不能在网上申请").candidates[0]?.id).toBe("loan-apply");
  });

  it("keeps a card's overdue debt, asked alone, off the loan entries, and a past 办过 no place to apply", () => {
    expect(ask("zh-CN", "信用卡逾期了怎么办").confidence).toBe("none");
    // Whether it « affects » the loan ties who may borrow with late repayment's « affects the credit
    // record »: she is offered both (found when this test was written; left as it is).
    const affects = ask("zh-CN", "以前花呗逾期过 现在办创业贷款受影响不");
    expect(affects.candidates.slice(0, 2).map((c) => c.id)).toContain("loan-eligibility");
    // What comes after handing in the form leads with how to apply, but « form » is also a document:
    // she is offered both.
    expect(ask("en", "What are the steps after I hand in the loan form?").candidates[0]?.id).toBe(
      "loan-apply",
    );
    // Learning a trade to open a shop leads with training; the shop ties it with the job fairs' work.
    expect(ask("zh-CN", "想学做面点 以后开个早点铺 哪里能学").candidates[0]?.id).toBe("startup-training");
    expect(statedFacets(normalizeForMatch("我姐在县里办过这个贷款"))).not.toContain("去哪办");
  });
});
