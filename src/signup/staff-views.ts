/** What staff see of applications: the notice, the list, the card, suggestions, the closing prompt. */
import type { Button } from "../channel/types.ts";
import { formatDateTime } from "../time/format.ts";
import { OPEN_STATUSES, STATUSES } from "./constants.ts";
import { answerTexts, type Lang, rows, type View } from "./lang.ts";
import type { ListFilter } from "./listing.ts";
import type { Suggestion } from "./mentor-suggest.ts";
import type { Application } from "./record.ts";

const FILTERS: readonly ListFilter[] = ["open", ...STATUSES];

function details(lang: Lang, app: Application): string[] {
  const texts = answerTexts(lang, app, { mask: true });
  const about = texts.about.length > 200 ? `${[...texts.about].slice(0, 200).join("")}…` : texts.about;
  return [
    lang.t("staff-signup-line-name", { value: texts.name }),
    lang.t("staff-signup-line-phone", { value: texts.phone }),
    lang.t("staff-signup-line-region", { value: texts.region }),
    lang.t("staff-signup-line-stage", { value: texts.stage }),
    lang.t("staff-signup-line-industry", { value: texts.industry }),
    lang.t("staff-signup-line-needs", { value: texts.needs }),
    lang.t("staff-signup-line-about", { value: about }),
  ];
}

/** The notice a new application sends to staff in scope: name escaped, phone masked. */
export function staffNoticeView(lang: Lang, app: Application): View {
  return {
    html: [lang.t("staff-signup-new", { ref: app.ref }), ...details(lang, app)].join("\n"),
    buttons: [
      [
        { text: lang.text("staff-signup-show-contact"), callback: `ss:p:${app.ref}` },
        { text: lang.text("staff-signup-open"), callback: `ss:o:${app.ref}` },
      ],
    ],
  };
}

/** The applicant withdrew: a short notice with a button to the card. */
export function staffWithdrawnView(lang: Lang, app: Application): View {
  return {
    html: lang.t("staff-signup-withdrawn-notice", { ref: app.ref }),
    buttons: [[{ text: lang.text("staff-signup-open"), callback: `ss:o:${app.ref}` }]],
  };
}

/** One application for staff, with the actions its status allows. */
export function staffCardView(lang: Lang, app: Application, timeZone: string): View {
  const lines = [
    lang.t("staff-signup-card", { ref: app.ref, status: lang.text(`signup-status-${app.status}`) }),
    ...details(lang, app),
    lang.t("staff-signup-line-created", { value: formatDateTime(app.created, lang.locale, timeZone) }),
  ];
  if (app.mentor_name) lines.push(lang.t("staff-signup-line-mentor", { value: app.mentor_name }));
  if (app.note) lines.push(lang.t("staff-signup-line-note", { value: app.note }));
  if (app.closed_by === "applicant") lines.push(lang.t("staff-signup-withdrawn"));
  const buttons: Button[][] = [
    [{ text: lang.text("staff-signup-show-contact"), callback: `ss:p:${app.ref}` }],
  ];
  if (OPEN_STATUSES.includes(app.status)) {
    const actions: Button[] = [];
    if (app.status === "received")
      actions.push({ text: lang.text("staff-signup-mark-contacted"), callback: `ss:c:${app.ref}` });
    actions.push({ text: lang.text("staff-signup-assign"), callback: `ss:a:${app.ref}` });
    actions.push({ text: lang.text("staff-signup-close"), callback: `ss:z:${app.ref}` });
    buttons.push(...rows(actions, 2));
  }
  buttons.push([{ text: lang.text("staff-signup-to-list"), callback: "ss:l:open:0" }]);
  return { html: lines.join("\n"), buttons };
}

/** A page of applications in scope with filter, paging and export buttons. */
export function staffListView(
  lang: Lang,
  list: { items: Application[]; page: number; pages: number; total: number },
  filter: ListFilter,
  opts: { admin: boolean; timeZone: string },
): View {
  const head = lang.t("staff-signup-list-title", {
    filter: lang.text(`staff-signup-filter-${filter}`),
    total: list.total,
    page: list.page + 1,
    pages: list.pages,
  });
  const lines = list.items.map((app, i) =>
    lang.t("staff-signup-list-line", {
      n: list.page * 8 + i + 1,
      ref: app.ref,
      name: app.name,
      region: answerTexts(lang, app).region,
      status: lang.text(`signup-status-${app.status}`),
      time: formatDateTime(app.created, lang.locale, opts.timeZone),
    }),
  );
  const open = list.items.map((app, i) => ({
    text: `${list.page * 8 + i + 1}. ${app.ref}`,
    callback: `ss:o:${app.ref}`,
  }));
  const paging: Button[] = [];
  if (list.page > 0)
    paging.push({ text: lang.text("staff-signup-prev"), callback: `ss:l:${filter}:${list.page - 1}` });
  if (list.page < list.pages - 1)
    paging.push({ text: lang.text("staff-signup-next"), callback: `ss:l:${filter}:${list.page + 1}` });
  const filters = FILTERS.map((f) => ({
    text: `${f === filter ? "• " : ""}${lang.text(`staff-signup-filter-${f}`)}`,
    callback: `ss:l:${f}:0`,
  }));
  const exportRow: Button[] = [{ text: lang.text("staff-signup-export"), callback: "ss:x" }];
  if (opts.admin) exportRow.push({ text: lang.text("staff-signup-export-full"), callback: "ss:xf" });
  const body = lines.length ? lines.join("\n") : lang.t("staff-signup-list-empty");
  return {
    html: `${head}\n\n${body}`,
    buttons: [...rows(open, 2), paging, ...rows(filters, 3), exportRow].filter((r) => r.length),
  };
}

/** Mentors of her city, best first, each a button assigning that mentor. */
export function suggestView(lang: Lang, app: Application, suggestions: readonly Suggestion[]): View {
  const texts = answerTexts(lang, app);
  if (suggestions.length === 0) {
    return {
      html: lang.t("staff-signup-no-mentors", { ref: app.ref, region: texts.region }),
      buttons: [[{ text: lang.text("staff-signup-back-card"), callback: `ss:o:${app.ref}` }]],
    };
  }
  const shown = suggestions.slice(0, 8);
  const sep = lang.locale === "en" ? ", " : "、";
  const lines = shown.map((s, i) =>
    lang.t(s.industryMatch ? "staff-signup-suggest-match" : "staff-signup-suggest-other", {
      n: i + 1,
      name: s.mentor.name,
      industries: s.mentor.industries.map((id) => lang.text(`signup-industry-${id}`)).join(sep),
      region: answerTexts(lang, { region: s.mentor.region }).region,
    }),
  );
  const pick = shown.map((s, i) => ({
    text: `${i + 1}. ${s.mentor.name}`,
    callback: `ss:m:${app.ref}:${s.mentor.id}`,
  }));
  return {
    html: [
      lang.t("staff-signup-suggest-title", { ref: app.ref, industry: texts.industry, region: texts.region }),
      ...lines,
    ].join("\n"),
    buttons: [...rows(pick, 2), [{ text: lang.text("staff-signup-back-card"), callback: `ss:o:${app.ref}` }]],
  };
}

/** Asks for the closing note (sent to the applicant), or to close without one. */
export function closePromptView(lang: Lang, ref: string): View {
  return {
    html: lang.t("staff-signup-close-ask", { ref }),
    buttons: [
      [{ text: lang.text("staff-signup-close-no-note"), callback: `ss:zn:${ref}` }],
      [{ text: lang.text("staff-signup-back-card"), callback: `ss:o:${ref}` }],
    ],
  };
}
