/** A translation bound to one language, and the channel-neutral view of a sign-up screen. */
import type { Button } from "../channel/types.ts";
import type { I18n, Locale, TArgs } from "../i18n.ts";
import { regionLabel } from "../regions/index.ts";
import type { Answers } from "./draft.ts";
import { maskPhone } from "./validate.ts";

/** Translation bound to one locale: `t` gives HTML-safe text (string args escaped), `text` plain text. */
export interface Lang {
  locale: Locale;
  t(key: string, args?: TArgs): string;
  text(key: string, args?: TArgs): string;
}

/** Binds an I18n to a locale (for jobs and notices to other people). */
export function langFor(i18n: I18n, locale: Locale): Lang {
  return {
    locale,
    t: (key, args) => i18n.t(locale, key, args),
    text: (key, args) => i18n.text(locale, key, args),
  };
}

/** What a screen of the form shows: channel-agnostic text and buttons, plus Telegram-only extras. */
export interface View {
  html: string;
  buttons?: Button[][];
  /** Ask for her phone with a "share my number" button (and a typed "back" button). */
  contact?: { share: string; back: string };
  /** Show the region picker: the city list, or the districts of `city`. */
  picker?: { city?: string | undefined };
}

/** Each answer as display text in a locale; the phone optionally masked. */
export function answerTexts(
  lang: Lang,
  a: Answers,
  opts: { mask?: boolean } = {},
): Record<keyof Answers, string> {
  const sep = lang.locale === "en" ? ", " : "、";
  const none = lang.text("signup-none");
  return {
    name: a.name ?? none,
    phone: a.phone ? (opts.mask ? maskPhone(a.phone) : a.phone) : none,
    region: a.region ? regionLabel(a.region, lang.locale) : none,
    stage: a.stage ? lang.text(`signup-stage-${a.stage}`) : none,
    industry: a.industry ? lang.text(`signup-industry-${a.industry}`) : none,
    needs: a.needs?.length ? a.needs.map((n) => lang.text(`signup-needs-${n}`)).join(sep) : none,
    about: a.about ?? none,
  };
}

/** Buttons in rows of `per`. */
export function rows(buttons: Button[], per: number): Button[][] {
  const out: Button[][] = [];
  for (let i = 0; i < buttons.length; i += per) out.push(buttons.slice(i, i + per));
  return out;
}
