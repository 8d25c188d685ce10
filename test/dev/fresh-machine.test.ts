// `npm test` on a fresh Debian machine with only Node and npm: its pretest installs what is missing.
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };

const root = join(import.meta.dirname, "../..");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A machine without redis-server or Chromium: PATH holds only a stand-in `apt-get` (which logs its
 * arguments and "installs" by creating the programs) and `sh`; Chromium is looked for in the same folder.
 */
function freshMachine() {
  const dir = mkdtempSync(join(tmpdir(), "jinguo-fresh-"));
  dirs.push(dir);
  const bin = join(dir, "bin");
  execFileSync("mkdir", [bin]);
  symlinkSync("/bin/sh", join(bin, "sh"));
  const log = join(dir, "apt.log");
  const chromium = join(bin, "chromium");
  writeFileSync(
    join(bin, "apt-get"),
    `#!/bin/sh
echo "$*" >> "${log}"
case "$1" in install)
  for p in "$@"; do
    case "$p" in -*|install) ;; *) printf '#!/bin/sh\\n' > "${bin}/$p"; /bin/chmod +x "${bin}/$p" ;; esac
  done ;;
esac
`,
  );
  chmodSync(join(bin, "apt-get"), 0o755);
  const env = { PATH: bin, CHROMIUM_PATH: chromium, HOME: dir };
  const run = () =>
    spawnSync(process.execPath, [join(root, "dev/ensure-tools.ts")], { env, encoding: "utf8", cwd: root });
  const installs = () =>
    existsSync(log)
      ? readFileSync(log, "utf8")
          .split("\n")
          .filter((line) => line.startsWith("install"))
      : [];
  return { run, installs, chromium };
}

const redisInSbin = ["/usr/sbin/redis-server", "/usr/local/sbin/redis-server"].some(existsSync);

describe("npm test on a fresh machine", () => {
  it("runs the tool check first, before typecheck, lint and vitest", () => {
    expect(pkg.scripts.pretest.split("&&")[0]?.trim()).toBe("node dev/ensure-tools.ts");
  });

  it.runIf(process.getuid?.() === 0)(
    "installs Chromium and redis-server with apt-get when run as root",
    () => {
      const m = freshMachine();
      const result = m.run();
      expect(result.status, result.stderr).toBe(0);
      const [install, ...more] = m.installs();
      expect(more).toEqual([]);
      expect(install?.split(" ")).toContain("chromium");
      if (!redisInSbin) expect(install?.split(" ")).toContain("redis-server");
      expect(existsSync(m.chromium)).toBe(true);
      // A second run finds both and installs nothing.
      expect(m.run().status).toBe(0);
      expect(m.installs()).toHaveLength(1);
    },
  );

  it.runIf(process.getuid?.() !== 0)("names what is missing and how to install it when not root", () => {
    const result = freshMachine().run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/chromium/);
    expect(result.stderr).toMatch(/apt-get install -y .*chromium/);
  });
});
