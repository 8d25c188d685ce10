/** The region tree built from the data and validated: codes, parents, levels, prefixes. */
import type { Region, RegionData, RegionEntry, RegionLevel } from "./types.ts";

/** The validated region tree, indexed by code. */
export type RegionTree = {
  readonly province: Region;
  /** Every region in code order. */
  readonly all: readonly Region[];
  readonly byCode: ReadonlyMap<string, Region>;
  readonly children: ReadonlyMap<string, readonly Region[]>;
};

const CODE = /^\d{6}$/;
const LEVELS: readonly RegionLevel[] = ["province", "city", "county"];

/** Digits a code shares with everything inside it: PP for a province, PPCC for a city. */
export function scopePrefix(region: Region): string {
  if (region.level === "province") return region.code.slice(0, 2);
  if (region.level === "city") return region.code.slice(0, 4);
  return region.code;
}

/**
 * Validate a dataset and index it. Throws on anything that would make lookups lie:
 * malformed or duplicate codes, dangling parents, more than three tiers, or codes whose
 * digits contradict their parent (the prefix checks in `isWithin` rely on that).
 */
export function buildTree(data: RegionData): RegionTree {
  const entries = new Map<string, RegionEntry>();
  for (const entry of data.regions) {
    if (!CODE.test(entry.code)) throw new Error(`region code must be 6 digits: "${entry.code}"`);
    if (entries.has(entry.code)) throw new Error(`duplicate region code ${entry.code}`);
    if (!entry.name || !entry.short || !entry.en) throw new Error(`region ${entry.code} lacks a name`);
    entries.set(entry.code, entry);
  }
  const roots = data.regions.filter((e) => e.parent === null);
  if (roots.length !== 1) throw new Error(`expected exactly one province, found ${roots.length}`);
  if (!roots[0]!.code.endsWith("0000")) throw new Error(`province code must end in 0000: ${roots[0]!.code}`);

  const depthOf = (entry: RegionEntry): number => {
    let depth = 0;
    for (let p = entry.parent; p !== null; depth++) {
      const parent = entries.get(p);
      if (!parent) throw new Error(`region ${entry.code} has unknown parent ${p}`);
      if (depth >= LEVELS.length - 1) throw new Error(`region ${entry.code} is nested too deep`);
      p = parent.parent;
    }
    return depth;
  };

  const byCode = new Map<string, Region>();
  for (const entry of [...entries.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const level = LEVELS[depthOf(entry)]!;
    const { code, name, short, en, parent } = entry;
    byCode.set(code, Object.freeze({ code, name, short, en, parent, level }));
  }

  const children = new Map<string, Region[]>();
  for (const region of byCode.values()) {
    if (region.parent === null) continue;
    const parent = byCode.get(region.parent)!;
    if (!region.code.startsWith(scopePrefix(parent))) {
      throw new Error(`region ${region.code} does not share its parent's code prefix ${parent.code}`);
    }
    const siblings = children.get(parent.code);
    if (siblings) siblings.push(region);
    else children.set(parent.code, [region]);
  }

  const province = byCode.get(roots[0]!.code)!;
  return { province, all: [...byCode.values()], byCode, children };
}

/** The region followed by its ancestors, innermost first. */
export function lineage(tree: RegionTree, code: string): Region[] {
  const chain: Region[] = [];
  for (let r = tree.byCode.get(code); r; r = r.parent === null ? undefined : tree.byCode.get(r.parent)) {
    chain.push(r);
  }
  return chain;
}
