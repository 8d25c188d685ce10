/** Safety first: whether a message describes violence or danger to her or her children from her partner or family. */
// A partner, an ex-partner or a family member; a rule of its own, read before any scoring.
import {
  EN_ACTS,
  EN_APART,
  EN_CLAUSE_TURN,
  EN_EXCUSE_BEFORE,
  EN_FLED,
  EN_IF,
  EN_JOKE,
  EN_KIN,
  EN_LIKE_BEFORE,
  EN_MENTION,
  EN_MISHAP,
  EN_NEGATED,
  EN_OBJECT_BEFORE,
  EN_PASSIVE,
  EN_SPORT,
  EN_STORY,
  EN_TO_HER,
  EN_TRIGGER,
  EN_WILL,
  EN_WOUND_CAUSE,
} from "./danger-en.ts";
import { learnedDanger } from "./danger-learned.ts";
import type { ActPattern } from "./danger-pattern.ts";
import {
  ZH_ACTS,
  ZH_APART,
  ZH_CLAUSE_TURN,
  ZH_EXCUSE_BEFORE,
  ZH_FLED,
  ZH_HEARD_FAMILY,
  ZH_HIS_BEFORE,
  ZH_IF,
  ZH_JOKE,
  ZH_KIN,
  ZH_LIKE_AFTER,
  ZH_LIKE_BEFORE,
  ZH_MENTION,
  ZH_MISHAP,
  ZH_NEGATED,
  ZH_OBJECT_BEFORE,
  ZH_PASSIVE,
  ZH_PASSIVE_HINT,
  ZH_SPORT,
  ZH_STORY,
  ZH_THEN,
  ZH_TO_HER,
  ZH_TO_HER_AFTER,
  ZH_WILL,
  ZH_WOUND_CAUSE,
} from "./danger-zh.ts";
import { normalizeForMatch } from "./normalize.ts";
import { soundsLike } from "./pinyin.ts";

// The rule is made of concepts, not phrases: a WHO (partner, ex, in-law, parent, grown child;
// or a pronoun standing for one), an ACT of violence, confinement, threat, sexual force, pursuit
// or habitual abuse with words, and a VICTIM (her, her children, her body). Chinese drops
// subjects ("…喝醉了就把我往墙上推"), so the doer of an act is the nearest person named before it,
// or else a partner or family member named anywhere; English names its subject, so the same
// search works there. Someone else as the doer (a stranger, a teacher, a machine, a bike, the
// other team), herself as the doer ("我打孩子"), or a husband as the one hurt ("我老公被人打了")
// is no danger from the family. Words that also mean other things (打 for calling, typing,
// taxis, work, games; push for encourage; hurts for an ache) count only in a violent construction.
//
// Some acts need more than a doer:
//  - a threat said in anger ("要让我好看", "I'll never see the kids again") needs her to say it
//    was said (说, 扬言, said, texted);
//  - pursuit (calling day and night, lurking outside, knowing where she sleeps) is danger once
//    she has left him (前夫, 离婚, 分手, since I left him);
//  - a wound told without the act (眼眶青了, bruises) needs her to say who did it (是他干的,
//    from my husband's belt), and is no danger beside a fall, a slip or a kitchen knife.
// Threats are often quoted (说我敢找别人就弄死我, he said if I ever leave he'd kill me, 你再跑我就
// 打断你的腿): an act in what someone is said to have said is the speaker's. A condition of what
// she does (我敢找别人, if I talk to my coworker) names people she might see, not the doer; a "he"
// in the speech stands for the speaker ("my boss said … he'll kill me" is the boss's); said to her
// face, "you" is her and the speaker's "I" is the speaker. A conditional threat on what she does,
// with no one named as its speaker, is danger: she is quoting it.
// And three frames set violence aside: told of a drama, a film, a novel, the news or another
// family, it is hers only with her as the one hurt; in a sport or a game (羽毛球, 跆拳道, chess),
// up to where the clause turns ("打游戏输了就打我" turns at 就); and in a comparison ("疼得像被人
// 打了一顿", "feels like someone punched it") it never happened.

/** The entry every description of danger is answered with. */
export const DANGER_ENTRY = "domestic-violence";

type Role = "family" | "he" | "she" | "other" | "self" | "child" | "man";

interface Mention {
  at: number;
  end: number;
  role: Role;
}

interface Act {
  at: number;
  end: number;
  kind: ActPattern["kind"];
  /** For a passive act ("被老公打", "I was hit by…"): who it was done by, as written (may be ""). */
  by?: string;
  /** For a passive act: where the sentence's subject (the one hurt) ends. */
  subjectEnd?: number;
  /** Done to "you" (弄死你, I'll kill you): her only when it is quoted as said to her. */
  direct?: boolean;
}

/** The message as the rule reads it: normalised text and where its sentences start. */
interface Reading {
  norm: string;
  sentences: number[];
}

// Sentences end at these; commas do not (voice input has none, and a clause joined by a comma
// goes on about the same thing).
const SENTENCE_END = /[。！？!?；;\n]+/;

function read(text: string): Reading {
  const sentences: number[] = [];
  let norm = "";
  for (const part of text.slice(0, 1000).split(SENTENCE_END)) {
    const n = normalizeForMatch(part);
    if (!n) continue;
    if (norm) norm += " ";
    sentences.push(norm.length);
    norm += n;
  }
  return { norm, sentences };
}

const ROLES: Role[] = ["family", "other", "child", "he", "she", "self", "man"];

function mentions(norm: string): Mention[] {
  const out: Mention[] = [];
  for (const re of [ZH_MENTION, EN_MENTION]) {
    for (const m of norm.matchAll(re)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      if (group >= 0) out.push({ at: m.index, end: m.index + m[0].length, role: ROLES[group]! });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Family words typed as homophones on a pinyin keyboard (老工 for 老公, 钱夫 for 前夫, 破破 for
 * 婆婆): windows of Han characters no other mention covers that sound exactly like one.
 */
function heardFamily(norm: string, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  const lengths = [...new Set(ZH_HEARD_FAMILY.map((w) => w.length))].sort((a, b) => b - a);
  for (const run of norm.matchAll(HAN_RUN)) {
    for (let i = 0; i < run[0].length; i++) {
      const at = run.index + i;
      for (const n of lengths) {
        if (i + n > run[0].length) continue;
        const end = at + n;
        if (known.some((p) => p.at < end && at < p.end) || out.some((p) => p.at < end && at < p.end))
          continue;
        const window = run[0].slice(i, i + n);
        if (ZH_HEARD_FAMILY.includes(window)) continue;
        if (soundsLike(window, ZH_HEARD_FAMILY)) out.push({ at, end, role: "family" });
      }
    }
  }
  return out;
}

function acts(norm: string, apart: boolean): Act[] {
  const out: Act[] = [];
  // Each language's patterns run only on text that has its script: most questions have one.
  const han = HAN.test(norm);
  const latin = EN_TRIGGER.test(norm);
  for (const { re, hint, kind, accept } of [...(han ? ZH_ACTS : []), ...(latin ? EN_ACTS : [])]) {
    if (hint && !hint.test(norm)) continue;
    // Pursuit is danger only once she has left him: without that, its patterns need not run.
    if (kind === "pursuit" && !apart) continue;
    for (const m of norm.matchAll(re)) {
      if (accept && !accept(m)) continue;
      const before = norm.slice(Math.max(0, m.index - 6), m.index);
      if (ZH_NEGATED.test(before) || EN_NEGATED.test(norm.slice(Math.max(0, m.index - 24), m.index)))
        continue;
      const end = m.index + m[0].length;
      out.push({ at: m.index, end, kind, direct: toYou(norm, m.index, end) });
    }
  }
  if (han && ZH_PASSIVE_HINT.test(norm))
    for (const m of norm.matchAll(ZH_PASSIVE))
      out.push({
        at: m.index,
        end: m.index + m[0].length,
        kind: undefined,
        by: m[2] ?? "",
        subjectEnd: m.index,
      });
  if (latin)
    for (const m of norm.matchAll(EN_PASSIVE))
      out.push({
        at: m.index,
        end: m.index + m[0].length,
        kind: undefined,
        by: m[3] ?? "",
        subjectEnd: m.index + m[1]!.length,
      });
  return out;
}

/** Whether an act is done to "you": 打断你的腿, 弄死你 (not 打我), kill you, you're dead. */
function toYou(norm: string, at: number, end: number): boolean {
  const text = norm.slice(at, end);
  if (HAN.test(text)) return norm.slice(at, end + 2).includes("你") && !/[我俺咱]/.test(text);
  return /\byour?\b/.test(text);
}

// Words that may stand between a doer and the act: adverbs and auxiliaries, nothing with a verb
// of its own ("他开车回来就打我": 车 is not who hits her).
const ADJACENT =
  /^(?:\s|就|也|又|还|都|老是|老|总是|总|常常|常|经常|天天|每天|一直|动不动就|动不动|一|不高兴就|喝了酒就|喝醉了就|喝多了就|会|then|also|always|often|sometimes|keeps|kept|just|even|again|still|is|are|was|were|has|have|had|will|would|d|ll|s|started|starts|tried\s+to|tries\s+to|wants\s+to)*$/;

// 我 right after a verb or a preposition is an object ("天天骂我还动手", "对我挺好"), never a doer;
// as a subject it starts a clause, or follows a word of time or a connective. Anyone right after
// 找, 跟, 和, 对 (and in English after "and", "with", "to", "his") is an object or one of several:
// in "说我敢找别人就弄死我" 别人 is whom she might see, not who threatens her.
const SUBJECT_BEFORE = /(?:^|\s|昨天|今天|前天|后来|然后|所以|但是|可是|那天|有时|有一次|结果|于是|当时)$/;
function asObject(norm: string, p: Mention): boolean {
  const before = norm.slice(Math.max(0, p.at - 12), p.at);
  if (!HAN.test(norm[p.at] ?? "")) return EN_OBJECT_BEFORE.test(before);
  if (p.role === "self") return !SUBJECT_BEFORE.test(norm.slice(0, p.at));
  return ZH_OBJECT_BEFORE.test(before);
}

/** Whom the rule holds to account: family, or "he" / "she" standing for them. */
const ACCOUNTABLE = new Set<Role>(["family", "he", "she"]);

/**
 * Who did an act. The person named right before it, with only adverbs between ("老公又打我",
 * "my husband always hits me"), is the doer: herself, someone outside the family, or family.
 * Chinese often drops the subject of later clauses ("他……喝醉了就把我往墙上推"), so with no one
 * right before it, a partner or family member named anywhere in the message is the doer.
 */
function doer(norm: string, at: number, people: Mention[]): Role | undefined {
  return doerMention(norm, at, people)?.role;
}

/** The mention doer() reads as the doer. */
function doerMention(norm: string, at: number, people: Mention[]): Mention | undefined {
  const before = people.filter((p) => p.end <= at && p.role !== "child" && !asObject(norm, p));
  const last = before.at(-1);
  if (last && ADJACENT.test(norm.slice(last.end, at))) return last;
  return people.find((p) => ACCOUNTABLE.has(p.role));
}

/** Her own blood family (我妈, my mum), not his (他妈, his mother). */
function ownKin(norm: string, p: Mention): boolean {
  const text = norm.slice(p.at, p.end);
  if (HAN.test(text))
    return ZH_KIN.test(text) && !ZH_HIS_BEFORE.test(norm.slice(Math.max(0, p.at - 3), p.at));
  return EN_KIN.test(text);
}

// What she says was said: a threat needs a speaker.
const SAID =
  /说|扬言|放话|撂|威胁|吓唬|警告|骂|喊|嚷|短信|消息|电话|微信|留言|狠话|\b(?:said|says|say|told|tells|texted|texts|warned|warns|swore|swears|threat\w*|yell\w*|scream\w*|shout\w*|messag\w*)\b/;
const SAID_ALL = new RegExp(SAID.source, "g");
const MISHAP_VERB = /(?:砸|撞|烫|扎|燎|摔)$/;
const FIRST_PERSON = /我|俺|咱|\b(?:me|my|us|our|i|we)\b/;
const QUESTIONED = /(?:咋|怎么|怎样|怎|啥时候|什么时候|谁)$/;

/** The message as a whole: what frames its acts. */
interface Context {
  norm: string;
  sentences: number[];
  people: Mention[];
  apart: boolean;
  story: boolean;
  mishap: boolean;
}

/** The sentence around a position, split at it. */
function around(ctx: Context, at: number, end: number): { before: string; after: string } {
  const start = ctx.sentences.findLast((s) => s <= at) ?? 0;
  const next = ctx.sentences.find((s) => s > at) ?? ctx.norm.length;
  return { before: ctx.norm.slice(start, at), after: ctx.norm.slice(end, next) };
}

/** A sport or game in the act's clause: 闺女打羽毛球…把我打得满场跑, 学跆拳道天天被踢. */
function inPlay(ctx: Context, act: Act): boolean {
  const { before, after } = around(ctx, act.at, act.end);
  for (const [sport, turn] of [
    [ZH_SPORT, ZH_CLAUSE_TURN],
    [EN_SPORT, EN_CLAUSE_TURN],
  ] as const) {
    const ahead = [...before.matchAll(new RegExp(sport.source, "g"))]
      .filter((m) => !excuse(before, m.index, m[0]))
      .at(-1);
    if (ahead && !turn.test(before.slice(ahead.index + ahead[0].length))) return true;
    const behind = [...after.matchAll(new RegExp(sport.source, "g"))].find(
      (m) => !excuse(after, m.index, m[0]),
    );
    if (behind && !turn.test(after.slice(0, behind.index))) return true;
  }
  return false;
}

/** A joke he claims (他打我还说是开玩笑, said he was joking) is his excuse, not her frame. */
function excuse(text: string, at: number, word: string): boolean {
  if (ZH_JOKE.test(word)) return ZH_EXCUSE_BEFORE.test(text.slice(Math.max(0, at - 6), at));
  if (EN_JOKE.test(word)) return EN_EXCUSE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
  return false;
}

/** A comparison: 疼得像被人打了一顿, 跟挨了一拳似的, feels like someone punched it. */
function likened(ctx: Context, act: Act): boolean {
  const { before, after } = around(ctx, act.at, act.end);
  return ZH_LIKE_BEFORE.test(before) || ZH_LIKE_AFTER.test(after) || EN_LIKE_BEFORE.test(before);
}

/** Who a wound is put down to: the doer of a cause named after it or before it. */
function woundCaused(ctx: Context): boolean {
  for (const re of [ZH_WOUND_CAUSE, EN_WOUND_CAUSE]) {
    for (const m of ctx.norm.matchAll(re)) {
      if (re === ZH_WOUND_CAUSE && QUESTIONED.test(ctx.norm.slice(Math.max(0, m.index - 4), m.index)))
        continue;
      if (re === EN_WOUND_CAUSE) return true;
      const role = doer(ctx.norm, m.index, ctx.people);
      if (role && ACCOUNTABLE.has(role)) return true;
    }
  }
  return false;
}

/** Where a threat is quoted: who said it and whether to her face. */
interface Speech {
  /** Who said it, as named just before the word of saying; undefined when no one is. */
  speaker?: Role;
  /** The word of saying, or undefined for a threat quoted bare (你再跑我就打断你的腿). */
  said?: { at: number; end: number };
  /** Said to her: 对我说, 冲我吼, told me. */
  toHer: boolean;
}

/** Who is named as saying something: the nearest subject just before the word of saying. */
function speakerOf(ctx: Context, said: { at: number }): Role | undefined {
  const { norm, people } = ctx;
  for (const p of [...people].reverse()) {
    if (p.end > said.at) continue;
    const gap = norm.slice(p.end, said.at);
    if (HAN.test(norm[p.at] ?? "") ? /\s/.test(gap) || gap.length > 10 : gap.split(" ").length > 5) return;
    if (p.role !== "child" && !asObject(norm, p)) return p.role;
  }
  return;
}

/**
 * The speech an act is quoted in, if any: after a word of saying, as what will be done or on a
 * condition of what she does (说我敢找别人就弄死我, said he'd kill me if I leave); or said to her
 * face (the act is done to "you"), before or after the word of saying, or bare on a condition.
 */
function speechOf(ctx: Context, act: Act): Speech | undefined {
  const { norm } = ctx;
  const start = ctx.sentences.findLast((s) => s <= act.at) ?? 0;
  const han = HAN.test(norm[act.at] ?? "");
  const saids = [...norm.matchAll(SAID_ALL)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  // The first word of saying in the sentence: a later one may be inside the speech (…跟别的男的说句话就…).
  let said = saids.find((s) => s.at >= start && s.end <= act.at);
  if (said) {
    // What will be done: after the condition, if any (老板说我老公要是再打我就报警: the blow is
    // in the condition, not the boss's); in Chinese, a future with no condition in its own clause.
    const between = norm.slice(said.end, act.at);
    const ifs = [...between.matchAll(new RegExp((han ? ZH_IF : EN_IF).source, "g"))].at(-1);
    const then = ifs ? between.slice(ifs.index + ifs[0].length) : between;
    const framed =
      act.direct ||
      (han
        ? ifs
          ? ZH_THEN.test(then) || ZH_WILL.test(then)
          : !/\s/.test(between) && ZH_WILL.test(between)
        : EN_WILL.test(then));
    if (!framed) return;
  } else if (act.direct) {
    said = saids.find((s) => s.at >= act.end);
    if (!said && !(han ? ZH_IF : EN_IF).test(norm.slice(start, act.at))) return;
  } else return;
  if (!said) return { toHer: false };
  const toHer =
    ZH_TO_HER.test(norm.slice(Math.max(0, said.at - 8), said.at)) ||
    ZH_TO_HER_AFTER.test(norm.slice(said.end)) ||
    EN_TO_HER.test(norm.slice(said.at, said.end + 9));
  return { speaker: speakerOf(ctx, said), said, toHer };
}

/**
 * Who does what a quote threatens. The subject named right before the act, if any: a "he" or
 * "she" in it stands for the speaker, and so, said to her face, does the speaker's "I"; with the
 * subject dropped (说我敢找别人就弄死我) it is the speaker. No one named as the speaker: whoever
 * the message names before the quote, or "unknown".
 */
function quotedDoer(ctx: Context, act: Act, speech: Speech): Role | "unknown" {
  const { norm } = ctx;
  // Said to her face, "you" (你, you) is her: neither the speaker nor the doer.
  const people = act.direct
    ? ctx.people.filter((p) => !/^(?:你|you)$/.test(norm.slice(p.at, p.end)))
    : ctx.people;
  const from = speech.said?.end ?? ctx.sentences.findLast((s) => s <= act.at) ?? 0;
  const last = people
    .filter((p) => p.at >= from && p.end <= act.at && p.role !== "child" && !asObject(norm, p))
    .at(-1);
  let speaker = speech.speaker;
  if (!speaker) {
    // Before the word of saying; in a quote with none, its "I" is the speaker's, not hers.
    const earlier = people.filter(
      (p) =>
        p.end <= (speech.said?.at ?? act.at) &&
        p.role !== "child" &&
        !(speech.said === undefined && p.role === "self") &&
        !asObject(norm, p),
    );
    speaker = (earlier.find((p) => ACCOUNTABLE.has(p.role)) ?? earlier[0])?.role;
  }
  const subject = last && ADJACENT.test(norm.slice(last.end, act.at)) ? last.role : undefined;
  if (subject === "he" || subject === "she") return speaker && speaker !== "self" ? speaker : subject;
  if (subject === "self") return act.direct ? (speaker ?? "unknown") : "self";
  return subject ?? speaker ?? "unknown";
}

/** How the rule judges one act: danger, set aside by its frame (a drama, a game, a comparison), or not. */
type Verdict = "danger" | "framed" | "no";

function judge(ctx: Context, act: Act): Verdict {
  const { norm } = ctx;
  // Told of a drama, a novel, the news or another family: hers only with her as the one hurt
  // (said to "you", only when it was said to her).
  if (ctx.story) {
    if (
      act.direct
        ? !speechOf(ctx, act)?.toHer
        : !FIRST_PERSON.test(norm.slice(Math.max(0, act.at - 3), act.end))
    )
      return "framed";
  }
  if (likened(ctx, act) || inPlay(ctx, act)) return "framed";
  return quoted(ctx, act) ?? (isDangerous(ctx, act) ? "danger" : "no");
}

/**
 * An act in a quote is the speaker's (see quotedDoer): danger from family, from "he" or "she",
 * or from a speaker not named; a threat quoted from someone outside the family (a boss, a
 * customer, a friend, a stranger) is set aside like a drama. "You" outside a quote is not her.
 */
function quoted(ctx: Context, act: Act): Verdict | undefined {
  if (act.by !== undefined || act.kind === "pursuit" || act.kind === "wound") return;
  const speech = speechOf(ctx, act);
  if (!speech) return act.direct ? "no" : undefined;
  const who = quotedDoer(ctx, act, speech);
  if (who === "unknown" || ACCOUNTABLE.has(who) || (who === "man" && ctx.apart)) return "danger";
  return who === "other" ? "framed" : "no";
}

// Coming home, said between a man and what he does: 回来就, 一回家, 进门就, 喝多了回来.
const COMES_HOME = /回来|回家|到家|进门|进屋|comes?\s+home|came\s+home|gets?\s+home/;

/** A man said to come home just before he acts ("男的一输钱回来就…"): the doer, and her partner. */
function manComingHome(norm: string, at: number, people: Mention[]): Mention | undefined {
  const man = people.filter((p) => p.end <= at && p.role === "man").at(-1);
  const between = man ? norm.slice(man.end, at) : "";
  return man && between.length <= 12 && !/[。！？.!?]/.test(between) && COMES_HOME.test(between)
    ? man
    : undefined;
}

function isDangerous(ctx: Context, act: Act): boolean {
  const { norm, people } = ctx;
  // A wound is put down to whoever she says did it, not to whoever is named before it.
  if (act.kind === "wound") return !ctx.mishap && woundCaused(ctx);
  if (act.kind === "pursuit" && !ctx.apart) return false;
  if (act.kind === "threat" && !SAID.test(norm.slice(0, act.at))) return false;
  if (act.by !== undefined) {
    // Passive: the one hurt must be her, her child or "she" (not her husband, not a stranger);
    // the one who did it must not be someone outside the family.
    const subjectAt = act.subjectEnd ?? act.at;
    const subject = [...people].reverse().find((p) => p.end <= subjectAt && subjectAt - p.end <= 2);
    if (subject && (subject.role === "family" || subject.role === "other" || subject.role === "he"))
      return false;
    const agent = people.filter((p) => p.at >= act.at && p.end <= act.end);
    if (agent.some((p) => p.role === "other" || (p.role === "man" && !ctx.apart))) return false;
    if (
      /^(?:人|别人|有人|同学|老师|by\s+(?:a|an|another|some|other|two|three|several)\b)/.test(act.by.trim())
    )
      return false;
    // 被砸伤, 被烫了, 被撞倒: with no one named as doing it, as likely a mishap as a blow.
    if (MISHAP_VERB.test(norm.slice(act.at, act.end)) && !agent.some((p) => ACCOUNTABLE.has(p.role)))
      return false;
    return true;
  }
  const by = doerMention(norm, act.at, people) ?? manComingHome(norm, act.at, people);
  // Pursuit is the one she left, or his family: her own family waiting for her is care, unless
  // she fled from them.
  if (act.kind === "pursuit" && by && ownKin(norm, by) && !ZH_FLED.test(norm) && !EN_FLED.test(norm))
    return false;
  const who = by?.role;
  // "男的一输钱回来就拿俺撒气": a man who comes home to her is her partner, not a stranger.
  if (who === "man") return ctx.apart || COMES_HOME.test(norm.slice(by!.end, act.at));
  if (who) return ACCOUNTABLE.has(who);
  // No one named at all: a family word typed as a homophone may be the doer.
  const heard = heardFamily(norm, people);
  return heard.length > 0;
}

/**
 * Whether the text describes violence or danger to her or her children from a partner, an
 * ex-partner or a family member (in-laws included), in Chinese, dialect or English, alone or
 * inside a longer story. Such a message is answered with the domestic-violence entry before any
 * scoring, and mid-form too. The rule is narrow on purpose: 打电话, 打字, 打车, 打工, games,
 * sport, aches, strangers and machines, dramas and the news are not violence from the family.
 */
export function describesDanger(text: string): boolean {
  return readDanger(text).danger;
}

/** Whether the text names someone the rule holds to account: a partner, an ex, family, or « he » / « she ». */
export function namesFamily(text: string): boolean {
  const { norm } = read(text);
  const people = mentions(norm);
  return (
    people.some((p) => ACCOUNTABLE.has(p.role) || p.role === "man") || heardFamily(norm, people).length > 0
  );
}

/** What the safety rule read in a message (see describesDanger). */
export interface DangerReading {
  /** It describes danger to her or her children from a partner, an ex or family. */
  danger: boolean;
  /**
   * It tells of violence the rule set aside by its frame: in a drama, a film, a novel, the news
   * or another family; in a sport or a game; as a comparison; or quoted from someone outside the
   * family (a boss, a customer, a friend). Such violence is not hers from her family, so the
   * scoring must not answer it with the domestic-violence entry either.
   */
  framed: boolean;
  /** The rule found acts of violence in it and judged each (whether danger or not). */
  judged: boolean;
}

/**
 * Reads a message for danger: describesDanger, and whether violence it tells was set aside. The
 * rule's patterns read first; what they do not catch, the learned reader (danger-learned.ts) may,
 * so danger told in words no pattern lists still gets the domestic-violence answer.
 */
export function readDanger(text: string): DangerReading {
  const rule = readDangerRule(text);
  if (rule.danger || !learnedDanger(text, () => namesFamily(text), rule.framed)) return rule;
  return { danger: true, framed: false, judged: rule.judged };
}

/** The rule's patterns alone, without the learned reader: what bench/faq.ts measures them by. */
export function readDangerRule(text: string): DangerReading {
  const { norm, sentences } = read(text);
  const none = { danger: false, framed: false, judged: false };
  if (!norm) return none;
  const apart = ZH_APART.test(norm) || EN_APART.test(norm);
  const found = acts(norm, apart);
  if (found.length === 0) return none;
  const ctx: Context = {
    norm,
    sentences,
    people: mentions(norm),
    apart,
    story: ZH_STORY.test(norm) || EN_STORY.test(norm),
    mishap: ZH_MISHAP.test(norm) || EN_MISHAP.test(norm),
  };
  const verdicts = found.map((act) => judge(ctx, act));
  return { danger: verdicts.includes("danger"), framed: verdicts.includes("framed"), judged: true };
}
