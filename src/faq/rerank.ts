/** The learned ranker's say in an answer: the engine decides whether to answer, the two together what with. */
import { DANGER_ENTRY } from "./danger.ts";
import type { FaqTuning } from "./decide.ts";
import type { FaqModel } from "./model.ts";
import type { FaqMatch, FaqResult } from "./types.ts";

/**
 * Ranks the engine's result again with the learned ranker (src/faq/model.ts). The engine's
 * lexicon and rules read short questions well and know what the bot does not cover; the ranker has
 * learned from some 4,000 labelled questions, most of them stories told in words no lexicon lists,
 * and reads those better (docs/faq.md has the figures). So:
 * - each candidate's score is the ranker's probability plus the engine's score times
 *   `engineLong` in a long message (a story) or `engineShort` in a short one, where the engine
 *   leads; the ranker's own three likeliest entries join the candidates;
 * - the engine decides whether there is an answer at all, except that a long story it cannot place
 *   is answered when the ranker gives one entry at least `modelRescue` (`modelRescueNear` if the
 *   engine had it among its candidates) and more than "none";
 * - the engine's confidence stands when the lead stays; a new lead is answered directly only when
 *   the ranker gives it at least `modelSure`, else it is offered with the others.
 * It stays out when a candidate is one it was not trained on (a staff-written entry) and leaves
 * the domestic-violence entry where the engine put it: that entry is the safety rule's alone.
 * `has` tells which entries the index holds (staff may hide one).
 */
export function rankWithModel(
  result: FaqResult,
  text: string,
  long: boolean,
  model: FaqModel,
  tune: FaqTuning,
  has: (id: string) => boolean,
): FaqResult {
  const engine = result.candidates;
  if (result.best?.id === DANGER_ENTRY || engine.some((c) => !model.knows(c.id))) return result;
  const p = model.scores(text);
  const weight = long ? tune.engineLong : tune.engineShort;
  const pool = new Map<string, number>();
  for (const c of engine) if (c.id !== DANGER_ENTRY) pool.set(c.id, weight * c.score + (p.get(c.id) ?? 0));
  const likeliest = [...p]
    .filter(([id]) => id !== "null" && id !== DANGER_ENTRY && has(id))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  for (const [id, prob] of likeliest) if (!pool.has(id)) pool.set(id, prob);
  const ranked: FaqMatch[] = [...pool]
    .sort((a, b) => b[1] - a[1])
    .map(([id, s]) => ({ id, score: Math.round((s / (weight + 1)) * 1000) / 1000 }));
  // The domestic-violence entry keeps the place the engine gave it.
  const dv = engine.findIndex((c) => c.id === DANGER_ENTRY);
  if (dv >= 0) ranked.splice(dv, 0, engine[dv]!);
  const candidates = ranked.slice(0, 3);
  const lead = candidates[0];
  if (!lead) return result;
  const top = likeliest[0];
  // The engine's own candidates are evidence too: one of them needs less of the ranker's belief.
  const bar = top && engine.some((c) => c.id === top[0]) ? tune.modelRescueNear : tune.modelRescue;
  const rescued =
    result.confidence === "none" &&
    long &&
    top !== undefined &&
    top[1] >= bar &&
    top[1] > (p.get("null") ?? 0);
  if (result.confidence === "none" && !rescued) return result;
  const kept = result.confidence !== "none" && lead.id === engine[0]?.id;
  const confidence = kept ? result.confidence : (p.get(lead.id) ?? 0) >= tune.modelSure ? "high" : "low";
  return { best: lead, candidates, confidence };
}
