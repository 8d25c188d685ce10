/**
 * Issue 14 (17): /help and the command menus come from one list, the features' own (src/features.ts
 * `botCommands`). Every command a handler registers is in it, and `npm run telegram:setup` sets the
 * menus from it: everyone's, and each staff member's own with every staff command.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { commandMenus } from "../../dev/commands.ts";
import { botCommands } from "../../src/features.ts";
import { STAFF_COMMANDS } from "../support/constants.ts";

describe("one list of commands", () => {
  it("holds every command a handler registers, and nothing else", () => {
    const registered = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : [],
      );
    for (const file of walk("handlers")) {
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/\.command\(\s*(\[[^\]]*\]|"[a-z_]+")/g)) {
        for (const name of m[1]!.matchAll(/"([a-z_]+)"/g)) registered.add(name[1]!);
      }
      // Lists handed to .command() by name (const COMMANDS = [...]).
      for (const m of source.matchAll(/const ([A-Z_]+) = \[([^\]]*)\]/g)) {
        if (source.includes(`.command(${m[1]})`)) {
          for (const name of m[2]!.matchAll(/"([a-z_]+)"/g)) registered.add(name[1]!);
        }
      }
    }
    registered.delete("cancel"); // every form's way out, said in each form's own words
    const listed = botCommands.map((c) => c.command);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...registered].sort()).toEqual([...listed].sort());
    expect(botCommands.filter((c) => c.staff).map((c) => c.command)).toEqual(
      expect.arrayContaining([...STAFF_COMMANDS]),
    );
  });

  it("feeds telegram:setup: the default menus for everyone, and each staff member's own with the staff commands", () => {
    const menus = commandMenus([900000001, 900000002]);
    const everyone = menus.filter((m) => !m.scope);
    expect(everyone.map((m) => m.language_code ?? "")).toEqual(["", "zh", "en"]);
    for (const m of everyone) {
      expect(m.commands.map((c) => c.command)).toContain("subscribe");
      expect(m.commands.map((c) => c.command)).not.toContain("newfair");
    }
    for (const id of [900000001, 900000002]) {
      const own = menus.filter((m) => m.scope?.type === "chat" && m.scope.chat_id === id);
      expect(own.map((m) => m.language_code ?? "")).toEqual(["", "en"]);
      for (const m of own) {
        const names = m.commands.map((c) => c.command);
        for (const c of STAFF_COMMANDS) expect(names).toContain(c);
        expect(names).toContain("subscribe");
        for (const c of m.commands) expect(c.description.length).toBeGreaterThan(0);
      }
    }
  });
});
