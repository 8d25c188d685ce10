/** Safety first: whether a message describes violence or danger to her or her children from her partner or family. */
// A partner, an ex-partner or a family member; a rule of its own, read before any scoring.
import {
  EN_ACTS,
  EN_APART,
  EN_CLAUSE_TURN,
  EN_LIKE_BEFORE,
  EN_MENTION,
  EN_MISHAP,
  EN_NEGATED,
  EN_PASSIVE,
  EN_SPORT,
  EN_STORY,
  EN_TRIGGER,
  EN_WOUND_CAUSE,
} from "./danger-en.ts";
import type { ActPattern } from "./danger-pattern.ts";
import {
  ZH_ACTS,
  ZH_APART,
  ZH_CLAUSE_TURN,
  ZH_HEARD_FAMILY,
  ZH_LIKE_AFTER,
  ZH_LIKE_BEFORE,
  ZH_MENTION,
  ZH_MISHAP,
  ZH_NEGATED,
  ZH_PASSIVE,
  ZH_PASSIVE_HINT,
  ZH_SPORT,
  ZH_STORY,
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

function acts(norm: string): Act[] {
  const out: Act[] = [];
  // Each language's patterns run only on text that has its script: most questions have one.
  const han = HAN.test(norm);
  const latin = EN_TRIGGER.test(norm);
  for (const { re, hint, kind } of [...(han ? ZH_ACTS : []), ...(latin ? EN_ACTS : [])]) {
    if (hint && !hint.test(norm)) continue;
    for (const m of norm.matchAll(re)) {
      const before = norm.slice(Math.max(0, m.index - 6), m.index);
      if (ZH_NEGATED.test(before) || EN_NEGATED.test(norm.slice(Math.max(0, m.index - 24), m.index)))
        continue;
      out.push({ at: m.index, end: m.index + m[0].length, kind });
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

// Words that may stand between a doer and the act: adverbs and auxiliaries, nothing with a verb
// of its own ("他开车回来就打我": 车 is not who hits her).
const ADJACENT =
  /^(?:\s|就|也|又|还|都|老是|老|总是|总|常常|常|经常|天天|每天|一直|动不动就|动不动|一|不高兴就|喝了酒就|喝醉了就|喝多了就|会|then|also|always|often|sometimes|keeps|kept|just|even|again|still|is|are|was|were|has|have|had|will|would|d|ll|s|started|starts|tried\s+to|tries\s+to|wants\s+to)*$/;

// 我 right after a verb or a preposition is an object ("天天骂我还动手", "对我挺好"), never a doer;
// as a subject it starts a clause, or follows a word of time or a connective.
const SUBJECT_BEFORE = /(?:^|\s|昨天|今天|前天|后来|然后|所以|但是|可是|那天|有时|有一次|结果|于是|当时)$/;
function asObject(norm: string, p: Mention): boolean {
  return p.role === "self" && HAN.test(norm[p.at] ?? "") && !SUBJECT_BEFORE.test(norm.slice(0, p.at));
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
  const before = people.filter((p) => p.end <= at && p.role !== "child" && !asObject(norm, p));
  const last = before.at(-1);
  if (last && ADJACENT.test(norm.slice(last.end, at))) return last.role;
  return people.find((p) => ACCOUNTABLE.has(p.role))?.role;
}

// What she says was said: a threat needs a speaker.
const SAID =
  /说|扬言|放话|撂|威胁|吓唬|警告|骂|喊|嚷|短信|消息|电话|微信|留言|狠话|\b(?:said|says|say|told|tells|texted|texts|warned|warns|swore|swears|threat\w*|yell\w*|scream\w*|shout\w*|messag\w*)\b/;
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
    const ahead = [...before.matchAll(new RegExp(sport.source, "g"))].at(-1);
    if (ahead && !turn.test(before.slice(ahead.index + ahead[0].length))) return true;
    const behind = after.match(sport);
    if (behind && !turn.test(after.slice(0, behind.index))) return true;
  }
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

/** How the rule judges one act: danger, set aside by its frame (a drama, a game, a comparison), or not. */
type Verdict = "danger" | "framed" | "no";

function judge(ctx: Context, act: Act): Verdict {
  const { norm } = ctx;
  // Told of a drama, a novel, the news or another family: hers only with her as the one hurt.
  if (ctx.story && !FIRST_PERSON.test(norm.slice(Math.max(0, act.at - 3), act.end))) return "framed";
  if (likened(ctx, act) || inPlay(ctx, act)) return "framed";
  return isDangerous(ctx, act) ? "danger" : "no";
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
  const who = doer(norm, act.at, people);
  if (who === "man") return ctx.apart;
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

/** What the safety rule read in a message (see describesDanger). */
export interface DangerReading {
  /** It describes danger to her or her children from a partner, an ex or family. */
  danger: boolean;
  /**
   * It tells of violence the rule set aside by its frame: in a drama, a film, a novel, the news
   * or another family; in a sport or a game; or as a comparison. Such violence is not hers, so
   * the scoring must not answer it with the domestic-violence entry either.
   */
  framed: boolean;
}

/** Reads a message for danger: describesDanger, and whether violence it tells was set aside. */
export function readDanger(text: string): DangerReading {
  const { norm, sentences } = read(text);
  const none = { danger: false, framed: false };
  if (!norm) return none;
  const found = acts(norm);
  if (found.length === 0) return none;
  const ctx: Context = {
    norm,
    sentences,
    people: mentions(norm),
    apart: ZH_APART.test(norm) || EN_APART.test(norm),
    story: ZH_STORY.test(norm) || EN_STORY.test(norm),
    mishap: ZH_MISHAP.test(norm) || EN_MISHAP.test(norm),
  };
  const verdicts = found.map((act) => judge(ctx, act));
  return { danger: verdicts.includes("danger"), framed: verdicts.includes("framed") };
}
