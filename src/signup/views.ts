/** The sign-up form's screens: consent, each question with its buttons, the review, resume and cancel. */
import type { Button } from "../channel/types.ts";
import { INDUSTRIES, NEEDS, STAGES, STEPS, type StepId } from "./constants.ts";
import { answeredCount, type Draft, stepNumber } from "./draft.ts";
import { answerTexts, type Lang, rows, type View } from "./lang.ts";

const OPTIONS = { stage: STAGES, industry: INDUSTRIES } as const;

/** The consent notice; nothing is asked before she agrees. `src` says where she came from. */
export function consentView(
  lang: Lang,
  retentionDays: number,
  src: string,
  opts: { again?: boolean } = {},
): View {
  const notice = lang.t("signup-consent", { days: retentionDays });
  return {
    // Shown again after a reply that was neither yes nor no: first how to answer it.
    html: opts.again ? `${lang.t("signup-consent-again")}\n\n${notice}` : notice,
    buttons: [
      [{ text: lang.text("signup-consent-agree"), callback: `su:ok:${src}` }],
      [{ text: lang.text("signup-consent-decline"), callback: "su:no" }],
    ],
  };
}

function nav(lang: Lang, draft: Draft): Button[] {
  if (draft.edit) return [{ text: lang.text("signup-back-review"), callback: `su:b:${draft.step}` }];
  return [
    { text: lang.text("signup-back"), callback: `su:b:${draft.step}` },
    { text: lang.text("signup-cancel"), callback: "su:x" },
  ];
}

function optionButtons(lang: Lang, draft: Draft, step: StepId): Button[][] {
  if (step === "stage" || step === "industry") {
    const list = OPTIONS[step].map((id, i) => ({
      text: `${draft.a[step] === id ? "✅ " : ""}${i + 1}. ${lang.text(`signup-${step}-${id}`)}`,
      callback: `su:c:${step}:${id}`,
    }));
    return rows(list, step === "stage" ? 1 : 2);
  }
  if (step === "needs") {
    const picked = draft.picked ?? [];
    const list = NEEDS.map((id, i) => ({
      text: `${picked.includes(id) ? "✅ " : ""}${i + 1}. ${lang.text(`signup-needs-${id}`)}`,
      callback: `su:t:${id}`,
    }));
    return [...rows(list, 2), [{ text: lang.text("signup-needs-done"), callback: "su:nd" }]];
  }
  return [];
}

/** The prompt of the current question: title with progress, question with an example, current answer, buttons. */
export function promptView(lang: Lang, draft: Draft): View {
  if (draft.step === "review") return reviewView(lang, draft);
  const step = draft.step;
  const lines = [
    lang.t("signup-step", {
      n: stepNumber(step),
      total: STEPS.length,
      title: lang.text(`signup-title-${step}`),
    }),
    lang.t(`signup-ask-${step}`),
  ];
  const current = draft.a[step];
  if (current !== undefined && step !== "needs")
    lines.push(lang.t("signup-current", { value: answerTexts(lang, draft.a)[step] }));
  if (step === "region" && draft.city)
    lines.push(lang.t("signup-region-city", { city: answerTexts(lang, { region: draft.city }).region }));
  const view: View = {
    html: lines.join("\n\n"),
    buttons: [...optionButtons(lang, draft, step), nav(lang, draft)],
  };
  if (step === "phone")
    view.contact = {
      share: lang.text("signup-phone-share"),
      back: lang.text(draft.edit ? "signup-back-review" : "signup-back"),
    };
  if (step === "region") view.picker = { city: draft.city };
  return view;
}

/** Every answer with its own Edit button, then submit. */
export function reviewView(lang: Lang, draft: Draft): View {
  const texts = answerTexts(lang, draft.a);
  const lines = STEPS.map((step, i) =>
    lang.t("signup-review-line", { n: i + 1, label: lang.text(`signup-title-${step}`), value: texts[step] }),
  );
  const edits = STEPS.map((step) => ({
    text: lang.text("signup-edit", { label: lang.text(`signup-title-${step}`) }),
    callback: `su:e:${step}`,
  }));
  return {
    html: [lang.t("signup-review-title"), lines.join("\n"), lang.t("signup-review-hint")].join("\n\n"),
    buttons: [
      ...rows(edits, 2),
      [{ text: lang.text("signup-submit"), callback: "su:sub" }],
      [{ text: lang.text("signup-cancel"), callback: "su:x" }],
    ],
  };
}

/** "Continue where you stopped?" with the progress so far. */
export function resumeView(lang: Lang, draft: Draft): View {
  return {
    html: lang.t("signup-resume", { done: answeredCount(draft.a), total: STEPS.length }),
    buttons: [
      [{ text: lang.text("signup-resume-continue"), callback: "su:go" }],
      [
        { text: lang.text("signup-resume-restart"), callback: "su:new" },
        { text: lang.text("signup-resume-later"), callback: "su:later" },
      ],
    ],
  };
}

/** The one confirmation before a draft is discarded. */
export function cancelView(lang: Lang): View {
  return {
    html: lang.t("signup-cancel-confirm"),
    buttons: [
      [
        { text: lang.text("signup-cancel-yes"), callback: "su:xy" },
        { text: lang.text("signup-cancel-no"), callback: "su:xn" },
      ],
    ],
  };
}
