/**
 * The shape of the code, checked: no import cycles (type imports count), the domain knows no
 * handler and no channel library, every module says in its first line what it is for, and the
 * session is touched only through its slices.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

// `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, type-only ones included.
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The relative imports of a file, resolved to repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec?.startsWith(".")) continue;
    out.push(relative(root, resolve(root, dirname(file), spec)));
  }
  return out;
}

/** Bare package names a file imports ("grammy", "hono/cookie" → "hono"). */
function packagesOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec || spec.startsWith(".") || spec.startsWith("node:")) continue;
    out.push(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
  }
  return out;
}

/** Every cycle of the import graph, as the files of each strongly connected component (Tarjan). */
function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = graph.get(v)?.includes(v);
      if (component.length > 1 || selfLoop) found.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

const src = filesUnder("src");
const handlers = filesUnder("handlers");
const dev = filesUnder("dev");
/** The folders whose modules know no channel and no HTTP: the feature domains and the shared foundations. */
const DOMAIN = [
  "basics",
  "broadcast",
  "fairs",
  "faq",
  "signup",
  "subscriptions",
  "privacy",
  "people",
  "staff",
  "store",
  "time",
  "text",
  "regions",
  "delivery",
  "channel",
].map((d) => `src/${d}/`);

describe("code structure", () => {
  it("has no import cycles in src, handlers or dev (type imports count)", () => {
    expect(src.length).toBeGreaterThan(100);
    expect(cycles([...src, ...handlers, ...dev])).toEqual([]);
  });

  it("has no module of src import a handler, but the composition root", () => {
    const offenders = src.flatMap((file) =>
      file === "src/features.ts"
        ? []
        : importsOf(file)
            .filter((target) => target.startsWith("handlers/"))
            .map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps grammY and Hono out of the domain", () => {
    const offenders = src
      .filter((file) => DOMAIN.some((dir) => file.startsWith(dir)))
      .flatMap((file) =>
        packagesOf(file)
          .filter((pkg) => pkg === "grammy" || pkg === "hono")
          .map((pkg) => `${file} → ${pkg}`),
      );
    expect(offenders).toEqual([]);
  });

  it("opens every module of src and handlers with one line saying what it is for", () => {
    const silent = [...src, ...handlers].filter((file) => {
      const first = readFileSync(join(root, file), "utf8").split("\n", 1)[0] ?? "";
      return !/^\/\*\* \S.*\*\/$/.test(first);
    });
    expect(silent).toEqual([]);
  });

  it("touches the session only through its slices", () => {
    const direct = [...src, ...handlers].filter(
      (file) =>
        file !== "src/store/session.ts" &&
        /\bctx\.session\s*(?:\.\w|\[)|\bsession\[/.test(readFileSync(join(root, file), "utf8")),
    );
    expect(direct).toEqual([]);
  });
});
