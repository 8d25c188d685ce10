/**
 * docs/storage-keys.md against the code, both ways: every key a keys module makes and every key the
 * code writes as a template is in the table, every key in the table is one the code makes, and the
 * table of session slices names exactly the slices the features declare.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/features.ts";

const root = join(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(join(root, file), "utf8");

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A key with its variable parts folded: `jg:fair:{id}:rsvp` and `jg:fair:${id}:rsvp` are both `jg:fair:{}:rsvp`. */
const shape = (key: string) => key.replace(/\$?\{[^}]*\}/g, "{}");

/** The keys a module's `…Keys` objects make, each function called with every number of placeholders it takes. */
async function keysOfModules(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const file of filesUnder("src")) {
    if (!/export const \w*[kK]eys = \{/.test(read(file))) continue;
    const mod = (await import(join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!/keys$/i.test(name) || typeof value !== "object" || value === null) continue;
      for (const [fn, make] of Object.entries(value)) {
        if (typeof make !== "function") continue;
        for (let n = 0; n <= make.length; n++) {
          const key = String(make(...Array.from({ length: n }, () => "{}")));
          if (key.startsWith("jg:") && !key.includes("undefined"))
            found.set(shape(key), `${file} ${name}.${fn}`);
        }
      }
    }
  }
  return found;
}

/** Keys the code writes as template literals outside the keys modules (`jg:wechat:token:${appId}`). */
function keysInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of filesUnder("src")) {
    for (const line of read(file).split("\n")) {
      if (/^\s*(?:\*|\/\/|\/\*\*)/.test(line)) continue;
      for (const [, key] of line.matchAll(/`(jg:[^`]*\$\{[^`]*)`/g)) found.set(shape(key!), file);
    }
  }
  return found;
}

const doc = read("docs/storage-keys.md");
/** The keys named in the tables' first column. */
const documented = new Set(
  doc
    .split("\n")
    .filter((line) => line.startsWith("| `jg:"))
    .map((line) => shape(/^\| `([^`]+)`/.exec(line)![1]!)),
);

describe("the storage-key table", () => {
  it("lists every key the code makes", async () => {
    const made = new Map([...(await keysOfModules()), ...keysInCode()]);
    expect(made.size).toBeGreaterThan(40);
    const missing = [...made]
      .filter(([key]) => !documented.has(key))
      .map(([key, where]) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it("lists no key the code does not make", async () => {
    const made = new Set([...(await keysOfModules()).keys(), ...keysInCode().keys()]);
    expect([...documented].filter((key) => !made.has(key))).toEqual([]);
  });

  it("names exactly the session slices the features declare", () => {
    const rows = doc.split("\n").filter((line) => /^\| `[a-z]+` \| [a-z]+ \|/.test(line));
    const named = rows.map((line) => /^\| `([a-z]+)`/.exec(line)![1]).sort();
    expect(named).toEqual(catalog.slices.map((s) => s.name).sort());
  });
});
