// The Debian programs the local stack and the tests need, found on this machine or installed with apt-get.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** A program the project runs but does not ship: where to look for it and which Debian package has it. */
export interface Tool {
  name: string;
  /** The Debian package that installs it. */
  package: string;
  /** Finds the executable, or returns null. */
  find(): string | null;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks for `name` on PATH, then in the sbin folders some distributions keep servers in. */
function onPath(name: string): string | null {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const dir of [...dirs, "/usr/sbin", "/usr/local/sbin"]) {
    const candidate = join(dir, name);
    if (executable(candidate)) return candidate;
  }
  return null;
}

/** redis-server, behind the Upstash bridge in `npm start` and the tests. */
export const redisServer: Tool = {
  name: "redis-server",
  package: "redis-server",
  find: () => onPath("redis-server"),
};

/** Debian's Chromium for the browser tests (Playwright's own download cannot work offline). */
export const chromium: Tool = {
  name: "chromium",
  package: "chromium",
  find: () => {
    const path = chromiumPath();
    return executable(path) ? path : null;
  },
};

/** Where Chromium is expected: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

const hint = (tools: readonly Tool[]) => {
  const packages = tools.map((t) => t.package).join(" ");
  return `install them with \`sudo apt-get install -y ${packages}\` (as root, npm start and npm test do it themselves)`;
};

/**
 * Returns each tool's path, installing the missing ones in one apt-get run when running as root;
 * otherwise it throws, naming what is missing and how to install it.
 */
export async function ensureTools(tools: readonly Tool[]): Promise<string[]> {
  const missing = tools.filter((t) => t.find() === null);
  if (missing.length > 0) {
    const names = missing.map((t) => t.name).join(", ");
    if (process.getuid?.() !== 0) throw new Error(`not found: ${names}; ${hint(missing)}`);
    const packages = missing.map((t) => t.package).join(" ");
    console.log(`Installing ${packages} with apt-get (first run on this machine)…`);
    const child = spawn("sh", ["-c", `apt-get update -qq && apt-get install -y -qq ${packages}`], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const code = await new Promise<number | null>((done) => child.on("close", done));
    const still = missing.filter((t) => t.find() === null);
    if (code !== 0 || still.length > 0) {
      throw new Error(
        `installing ${packages} with apt-get failed (exit ${code}); ${hint(still.length ? still : missing)}`,
      );
    }
  }
  return tools.map((t) => t.find() as string);
}
