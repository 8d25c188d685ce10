// The FAQ's learned rankers, cross-validated: how they do on questions they were not trained on.
// - The entry ranker, leave-one-author-out over the training corpora (test/faq/train-*.json, each by its
//   own author): trained without one corpus, measured on it, for each in turn; beside the engine alone
//   (the baseline) on the same questions.
// - The safety rule's learned reader, 5-fold over test/faq/danger-dev*.json and the rule's own table
//   (test/faq/danger-table.ts): the rule's patterns alone (the baseline) against patterns + reader.
// Run alone with `npm run bench -- faq-cv` (about a minute on two cores).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { asReaderReads, RATES, train } from "../dev/faq-model.ts";
import { dangerClasses, dangerInputs, entryClasses, entryInputs } from "../dev/faq-model-inputs.ts";
import { namesFamily, readDangerRule } from "../src/faq/danger.ts";
import { learnedDangerWith } from "../src/faq/danger-learned.ts";
import { createFaqIndex } from "../src/faq/index.ts";
import { bundledFaq } from "../src/faq/kb.ts";
import { isLong } from "../src/faq/long.ts";
import { type FaqModel, readModel } from "../src/faq/model.ts";
import type { FaqIndex, FaqLocale } from "../src/faq/types.ts";
import { MUST_CATCH, MUST_NOT } from "../test/faq/danger-table.ts";
import { type EvalCase, type EvalReport, evaluate, type Matcher, pct } from "../test/faq/evaluate.ts";

const dir = join(import.meta.dirname, "../test/faq");
const read = (file: string) =>
  JSON.parse(readFileSync(join(dir, file), "utf8")) as (EvalCase & { kind?: string })[];
const corpora = readdirSync(dir)
  .filter((f) => /^train-\w+\.json$/.test(f))
  .sort();
const dangerSets = readdirSync(dir)
  .filter((f) => /^danger-dev\d*\.json$/.test(f))
  .sort();

function matcher(model?: FaqModel): Matcher {
  const index = (l: FaqLocale): FaqIndex => createFaqIndex(bundledFaq(l), l, {}, model);
  const both = { "zh-CN": index("zh-CN"), en: index("en") };
  return (q, l) => {
    const r = both[l].query(q);
    return {
      ids: r.candidates.map((c) => c.id),
      accepted: r.confidence !== "none",
      confident: r.confidence === "high",
    };
  };
}

/** Sums reports over folds: top-1, top-3 and direct over on-topic, rejection over off-topic, harm over all. */
function total(reports: EvalReport[]) {
  const on = reports.reduce((s, r) => s + r.onTopic, 0);
  const off = reports.reduce((s, r) => s + r.offTopic, 0);
  const sum = (k: "top1" | "top3" | "direct") => reports.reduce((s, r) => s + r[k] * r.onTopic, 0) / on;
  return {
    on,
    off,
    top1: sum("top1"),
    top3: sum("top3"),
    direct: sum("direct"),
    rejection: reports.reduce((s, r) => s + r.rejection * r.offTopic, 0) / Math.max(off, 1),
    wrong: reports.reduce((s, r) => s + r.confidentWrong * (r.onTopic + r.offTopic), 0) / (on + off),
  };
}

function entryRanker(): string[] {
  const sets = corpora.map((f) => ({ f, cases: read(f).filter((c) => c.expect !== "domestic-violence") }));
  const pooled = new Set(sets.flatMap((s) => s.cases.map((c) => c.q)));
  const base = entryInputs().filter((c) => !pooled.has(c.q));
  const engine = matcher();
  const rows = { engine: [] as EvalReport[], ranked: [] as EvalReport[], long: [0, 0, 0], short: [0, 0, 0] };
  for (const held of sets) {
    const rest = sets.filter((s) => s !== held).flatMap((s) => s.cases);
    const ranked = matcher(readModel(train([...base, ...rest], entryClasses(), RATES.entry)));
    rows.engine.push(evaluate(engine, held.cases));
    rows.ranked.push(evaluate(ranked, held.cases));
    for (const c of held.cases.filter((c) => c.expect !== null)) {
      const tally = isLong(c.q) ? rows.long : rows.short;
      const right = (m: Matcher) => {
        const r = m(c.q, c.locale);
        return r.accepted && r.ids[0] === c.expect;
      };
      tally[0]!++;
      if (right(engine)) tally[1]!++;
      if (right(ranked)) tally[2]!++;
    }
  }
  const line = (name: string, t: ReturnType<typeof total>) =>
    `| ${name} | ${pct(t.top1)} | ${pct(t.top3)} | ${pct(t.direct)} | ${pct(t.rejection)} | ${pct(t.wrong)} |`;
  const [e, r] = [total(rows.engine), total(rows.ranked)];
  const share = (t: number[], i: number) => `${t[i]}/${t[0]} (${pct(t[i]! / Math.max(t[0]!, 1))})`;
  return [
    `Entry ranker, leave-one-author-out over ${corpora.join(", ")}: ${e.on} on-topic, ${e.off} off-topic questions`,
    "| matcher | top-1 | top-3 | answered directly and right | off-topic rejected | sure but wrong |",
    "|---|---|---|---|---|---|",
    line("engine alone (baseline)", e),
    line("engine + learned ranker", r),
    `- long messages (stories): engine ${share(rows.long, 1)}, with the ranker ${share(rows.long, 2)}; ` +
      `short: engine ${share(rows.short, 1)}, with the ranker ${share(rows.short, 2)}; ` +
      `top-1 ratio ${(r.top1 / e.top1).toFixed(3)}, errors ${((1 - r.top1) / (1 - e.top1)).toFixed(2)}× the baseline's`,
  ];
}

function dangerReader(): string[] {
  const table = [
    ...MUST_CATCH.map(([locale, q]) => ({ q, locale, kind: "danger" })),
    ...MUST_NOT.map(([locale, q]) => ({ q, locale, kind: "trap" })),
  ];
  const cases = [...dangerSets.flatMap(read), ...table].map((c, i) => ({ ...c, fold: i % 5 }));
  const held = new Set(cases.map((c) => c.q));
  // Trained as the shipped reader is (dev/faq-model.ts): every text as the reader reads it.
  const base = dangerInputs()
    .filter((c) => !held.has(c.q))
    .map(asReaderReads);
  const label = (c: { q: string; kind?: string }) =>
    asReaderReads({ q: c.q, expect: c.kind === "danger" ? "danger" : "safe" });
  const count = { danger: 0, trap: 0, rule: [0, 0], both: [0, 0] };
  for (let fold = 0; fold < 5; fold++) {
    const model = readModel(
      train([...base, ...cases.filter((c) => c.fold !== fold).map(label)], dangerClasses(), RATES.danger),
    );
    for (const c of cases.filter((c) => c.fold === fold)) {
      const rule = readDangerRule(c.q);
      const both = rule.danger || learnedDangerWith(model, c.q, () => namesFamily(c.q), rule.framed);
      const i = c.kind === "danger" ? 0 : 1;
      count[c.kind === "danger" ? "danger" : "trap"]++;
      if (rule.danger) count.rule[i]!++;
      if (both) count.both[i]!++;
    }
  }
  const of = (n: number, d: number) => `${n}/${d} (${pct(n / d)})`;
  return [
    `Safety rule's learned reader, 5-fold over ${dangerSets.join(", ")} and the rule's table: ${count.danger} descriptions of danger, ${count.trap} look-alikes`,
    "| reader | danger caught | look-alikes taken for danger |",
    "|---|---|---|",
    `| the rule's patterns alone (baseline) | ${of(count.rule[0]!, count.danger)} | ${of(count.rule[1]!, count.trap)} |`,
    `| patterns + learned reader (shipped) | ${of(count.both[0]!, count.danger)} | ${of(count.both[1]!, count.trap)} |`,
    `- misses ${((count.danger - count.both[0]!) / Math.max(count.danger - count.rule[0]!, 1)).toFixed(2)}× the baseline's`,
  ];
}

/** Runs both cross-validations and returns the printed report. */
export async function run(): Promise<string> {
  return [...entryRanker(), "", ...dangerReader()].join("\n");
}

if (import.meta.main) console.log(await run());
