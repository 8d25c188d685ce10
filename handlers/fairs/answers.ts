/** Typed answers and button presses at each step of the fair form, each checked before it is kept. */

import {
  normalizeTargets,
  readCount,
  readLink,
  readTargets,
  readText,
  toggleTarget,
} from "../../src/fairs/fields.ts";
import { type Form, fairForm } from "../../src/fairs/form.ts";
import { fairWhen } from "../../src/fairs/templates.ts";
import { LIMITS, type Target } from "../../src/fairs/types.ts";
import { findRegions, getRegion, regionName } from "../../src/regions/index.ts";
import type { BotContext } from "../../src/telegram/context.ts";
import { dateExamples } from "../../src/time/examples.ts";
import { parseDateTime } from "../../src/time/parse.ts";
import { pickerCities, pickerDistricts, resolveTyped } from "../shared/region-picker.ts";
import { advance, ask, scopeOf, targetKeyboard } from "./form.ts";

/** The step asked again under the reason, with every button of its question (issue 14, 13). */
async function retry(ctx: BotContext, form: Form, key: string, args: Record<string, string | number> = {}) {
  await ask(ctx, form, ctx.t(key, args));
}

/** A typed answer at the current step; anything unusable is asked again with the reason. */
export async function onTyped(ctx: BotContext, form: Form, input: string): Promise<void> {
  const step = form.step;
  if (step === "preview") return void (await ctx.reply(ctx.t("fair-preview-use-buttons")));
  if (step === "title" || step === "venue" || step === "description" || step === "contact") {
    // A title or venue is one line of the announcement: line breaks typed into it would split it.
    const oneLine = step === "title" || step === "venue" ? input.replace(/\s*\n\s*/g, " ") : input;
    const read = readText(oneLine, LIMITS[step]);
    if (!read.ok)
      return retry(ctx, form, `fair-bad-text-${read.reason}`, {
        max: LIMITS[step],
        count: read.reason === "too-long" ? read.count : 0,
      });
    return advance(ctx, form, { [step]: read.value });
  }
  if (step === "when") {
    const read = parseDateTime(input, ctx.deps.now, ctx.deps.config.TIMEZONE);
    if (!read.ok)
      return retry(ctx, form, `fair-bad-date-${read.reason}`, {
        text: input.slice(0, 60),
        ...dateExamples(ctx.deps.now, ctx.deps.config.TIMEZONE),
      });
    return advance(
      ctx,
      form,
      { startsAt: read.at },
      ctx.t("fair-date-ok", { when: fairWhen(read.at, ctx.locale, ctx.deps.config.TIMEZONE) }),
    );
  }
  if (step === "employers" || step === "positions") {
    const read = readCount(input);
    if (!read.ok) return retry(ctx, form, "fair-bad-count", { max: LIMITS.count });
    return advance(ctx, form, { [step]: read.value });
  }
  if (step === "targets") {
    const targets = readTargets(input);
    if (!targets) return retry(ctx, form, "fair-bad-targets");
    return advance(ctx, form, { targets });
  }
  if (step === "link") {
    const read = readLink(input);
    if (!read.ok && read.reason === "not-https")
      return retry(ctx, { ...form, offer: read.offer }, "fair-bad-link-http", { link: read.offer });
    if (!read.ok) return retry(ctx, { ...form, offer: undefined }, "fair-bad-link");
    return takeLink(ctx, form, read.value);
  }
  return onTypedRegion(ctx, form, input);
}

/** The link step's answer (none, or an https link), replacing any link the draft had. */
export async function takeLink(ctx: BotContext, form: Form, link: string | undefined): Promise<void> {
  const { link: _, ...rest } = form.draft;
  return advance(ctx, { ...form, draft: rest, offer: undefined }, link ? { link } : {});
}

async function onTypedRegion(ctx: BotContext, form: Form, input: string): Promise<void> {
  const scope = scopeOf(ctx);
  const list = form.city ? pickerDistricts(form.city, scope) : pickerCities(scope);
  const typed = resolveTyped(input, list);
  if (typed.kind === "found") return pickRegion(ctx, form, typed.regions[0]!.code);
  // A region named that is not on screen (another city or its district, or outside her area) is
  // taken, or said to be outside her area, rather than "not found".
  const named = typed.kind === "none" ? findRegions(input) : [];
  const other = named.length === 1 ? named[0] : undefined;
  const inScope = other !== undefined && pickerCities(scope).some((c) => c.code === other.code);
  if (other && (other.level === "county" || inScope)) return pickRegion(ctx, form, other.code);
  if (other?.level === "city") return ask(ctx, form, ctx.t("fair-out-of-scope"));
  const key = typed.kind === "none" ? "region-not-found" : "region-ambiguous";
  const candidates =
    typed.kind === "ambiguous"
      ? typed.candidates.map((r) => regionName(r, ctx.locale)).join(ctx.locale === "en" ? ", " : "、")
      : "";
  await ask(ctx, form, ctx.t(key, { text: typed.token.slice(0, 40), list: candidates }));
}

/** A city opens its districts; a district inside the scope is the answer. */
export async function pickRegion(ctx: BotContext, form: Form, code: string): Promise<void> {
  const region = getRegion(code);
  if (region?.level === "city") return ask(ctx, { ...form, city: code });
  if (region?.level !== "county") return ask(ctx, form);
  const districts = pickerDistricts(region.parent!, scopeOf(ctx));
  if (!districts.some((d) => d.code === code)) return ask(ctx, form, ctx.t("fair-out-of-scope"));
  return advance(ctx, form, { region: code });
}

/** A press on a target-group toggle, or "next". */
export async function onTarget(ctx: BotContext, form: Form, pressed: Target | "ok"): Promise<void> {
  const current = form.draft.targets ?? [];
  if (pressed === "ok") {
    if (current.length === 0) return retry(ctx, form, "fair-bad-targets");
    return advance(ctx, form, { targets: normalizeTargets(current) });
  }
  const targets = toggleTarget(current, pressed);
  fairForm.set(ctx.session, { ...form, draft: { ...form.draft, targets } });
  await ctx.editMessageReplyMarkup({ reply_markup: targetKeyboard(ctx, targets) }).catch(() => undefined);
}
