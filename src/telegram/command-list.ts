/** The bot's commands as /help and the command menus show them, from the one list the features declare. */
import type { I18n, Locale } from "../i18n.ts";

/** One command a feature answers, as /help and Telegram's command menu list it. */
export interface BotCommandSpec {
  /** As typed, without the slash: lower case, as Telegram allows. */
  command: string;
  /** For staff only: their /help and their own menu list it. */
  staff?: boolean;
  /** Everyone's commands: the services first, then her account and settings. */
  section?: "services" | "account";
  /** What follows the command (a locale key, e.g. `cmd-arg-id` for « 编号 »). */
  arg?: string;
}

/** Every feature's commands, in feature order; a command declared twice is an error. */
export function commandListOf(
  features: readonly { commands?: readonly BotCommandSpec[] }[],
): BotCommandSpec[] {
  const list = features.flatMap((f) => f.commands ?? []);
  const names = list.map((c) => c.command);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`the command /${twice} is declared twice`);
  return list;
}

/** The commands one person is shown, in order: everyone's services, her account, then staff's (if she is staff). */
export function commandsFor(list: readonly BotCommandSpec[], staff: boolean): BotCommandSpec[] {
  const everyone = list.filter((c) => !c.staff);
  return [
    ...everyone.filter((c) => c.section !== "account"),
    ...everyone.filter((c) => c.section === "account"),
    ...(staff ? list.filter((c) => c.staff) : []),
  ];
}

/** /help's lines for these commands: « /editfair 编号 — 修改招聘会 » (plain text: /help escapes it). */
export function helpLines(i18n: I18n, locale: Locale, list: readonly BotCommandSpec[]): string {
  return list
    .map((c) => {
      const arg = c.arg ? ` ${i18n.text(locale, c.arg)}` : "";
      return `/${c.command}${arg} — ${i18n.text(locale, `cmd-${c.command}`)}`;
    })
    .join("\n");
}

/** Telegram's command menu (setMyCommands) for these commands, in one language. */
export function menuCommands(
  i18n: I18n,
  locale: Locale,
  list: readonly BotCommandSpec[],
): { command: string; description: string }[] {
  return list.map((c) => ({ command: c.command, description: i18n.text(locale, `cmd-${c.command}`) }));
}
