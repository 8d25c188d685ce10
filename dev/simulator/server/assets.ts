import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";

const web = join(import.meta.dirname, "..", "web");

/** A static answer: body and content type. */
export interface Asset {
  body: string | Uint8Array;
  type: string;
}

// Built on each request: a bundle this small takes milliseconds, and an edited page then shows on reload.
async function bundle(): Promise<Asset> {
  const result = await build({
    entryPoints: [join(web, "main.ts")],
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    write: false,
    sourcemap: "inline",
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error("esbuild produced no output");
  return { body: out.contents, type: "text/javascript; charset=utf-8" };
}

const STATIC: Record<string, [string, string]> = {
  "/": ["index.html", "text/html; charset=utf-8"],
  "/app.css": ["style.css", "text/css; charset=utf-8"],
  "/favicon.svg": ["favicon.svg", "image/svg+xml"],
};

/** The page's files by URL path, or undefined for other paths. */
export async function assetFor(path: string): Promise<Asset | undefined> {
  if (path === "/app.js") return bundle();
  const entry = STATIC[path];
  if (!entry) return undefined;
  return { body: await readFile(join(web, entry[0])), type: entry[1] };
}

/**
 * Nothing from elsewhere, no inline script, no eval: even if a bot message slipped past the
 * renderer's escaping, the browser would refuse to run it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
