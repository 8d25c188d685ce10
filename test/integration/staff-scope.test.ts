/**
 * Every domain function that acts for staff, called as an admin, as staff whose scope holds the
 * target, as staff of another city, and as someone STAFF does not list. The functions refuse by
 * themselves: a NotAllowedError, or (for what a staff member looks up) nothing, so a channel or the
 * console cannot forget the check. Targets lie in Heze (371700), where no other test subscribes
 * anyone to job fairs, so nothing here reaches another file's people.
 */
import { afterAll, describe, expect, it } from "vitest";
import { decideApproval } from "../../src/broadcast/approval.ts";
import { cancelBroadcast } from "../../src/broadcast/control.ts";
import { startBroadcast } from "../../src/broadcast/create.ts";
import { newDraft } from "../../src/broadcast/draft.ts";
import { broadcastKeys } from "../../src/broadcast/keys.ts";
import { readRecord } from "../../src/broadcast/record.ts";
import { countDraftAudience, sendDraft } from "../../src/broadcast/staff-send.ts";
import { broadcastFor, broadcastsFor, setPaidBroadcast, steerBroadcast } from "../../src/broadcast/steer.ts";
import type { Deps } from "../../src/deps.ts";
import {
  cancelFair,
  checkFairDraft,
  fairForStaff,
  fairStatsFor,
  previewFairEdit,
  publishFair,
  updateFair,
} from "../../src/fairs/manage.ts";
import { createFair, saveFair, upcomingFairs } from "../../src/fairs/store.ts";
import { logMiss } from "../../src/faq/misses.ts";
import {
  attachMiss,
  dismissMiss,
  faqEditsFor,
  faqStatsFor,
  missesFor,
  revertEntryEdit,
  saveWrittenEntry,
} from "../../src/faq/staff-actions.ts";
import { readHistory, revertEdit } from "../../src/faq/store.ts";
import type { PersonId } from "../../src/people/id.ts";
import { createApplication, dropApplication, getApplication } from "../../src/signup/applications.ts";
import { STATUSES } from "../../src/signup/constants.ts";
import { signupKeys } from "../../src/signup/keys.ts";
import { addMentorAs, changeMentor, mentorForStaff, mentorsFor } from "../../src/signup/mentor-actions.ts";
import { addMentor } from "../../src/signup/mentors.ts";
import {
  applicationForStaff,
  applicationsFor,
  changeApplication,
  exportApplications,
  mentorSuggestions,
  revealPhone,
} from "../../src/signup/staff-actions.ts";
import { NotAllowedError } from "../../src/staff/scope.ts";
import { TOPICS } from "../../src/subscriptions/topics.ts";
import { engineDeps } from "../support/broadcast.ts";
import { draft as fairDraft } from "../support/fairs.ts";
import { redis, uniqueId } from "../support/worker.ts";

const ACTORS = ["admin", "inScope", "outOfScope", "nonStaff"] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = "allowed" | "refused";

const id: Record<Actor, PersonId> = {
  admin: uniqueId(),
  inScope: uniqueId(),
  outOfScope: uniqueId(),
  nonStaff: uniqueId(),
};
const HEZE = "371700";
const CAO = "371721"; // a county of Heze: every target lies here

/** The runtime's deps with STAFF listing our admin, a Heze staff member and a Tai'an one. */
async function deps(): Promise<Deps> {
  const base = await engineDeps();
  const STAFF = [
    { id: id.admin, role: "admin" as const, region: null },
    { id: id.inScope, role: "staff" as const, region: HEZE },
    { id: id.outOfScope, role: "staff" as const, region: "370900" },
  ];
  return { ...base, now: Date.now(), config: { ...base.config, STAFF } };
}

const SCOPED: Record<Actor, Outcome> = {
  admin: "allowed",
  inScope: "allowed",
  outOfScope: "refused",
  nonStaff: "refused",
};
const ANY_STAFF: Record<Actor, Outcome> = { ...SCOPED, outOfScope: "allowed" };
const ADMINS: Record<Actor, Outcome> = {
  admin: "allowed",
  inScope: "refused",
  outOfScope: "refused",
  nonStaff: "refused",
};

/**
 * One staff-facing function: `run` acts as `by` on a target of its own (made by `setup`, fresh per
 * actor) and returns what it returned; `refused` says which return values mean "not yours".
 */
interface Row {
  name: string;
  expected: Record<Actor, Outcome>;
  run(d: Deps, by: PersonId): Promise<unknown>;
  refused?(value: unknown): boolean;
}

const isNull = (v: unknown) => v === null;
const notOk = (v: unknown) => (v as { ok: boolean }).ok === false;
const lacks = (needle: string) => (v: unknown) => !JSON.stringify(v).includes(needle);

async function application(d: Deps): Promise<string> {
  const app = await createApplication(d.redis, {
    userId: uniqueId(),
    locale: "zh-CN",
    answers: {
      name: "测试",
      phone: "13812345678",
      region: CAO,
      stage: "idea",
      industry: "retail",
      needs: ["skills"],
      about: "开小卖部",
    },
    consentV: "2026-1",
    consentAt: d.now,
    now: d.now,
    timeZone: d.config.TIMEZONE,
  });
  return app!.ref;
}

const mentor = (d: Deps) =>
  addMentor(d.redis, { name: "导师", industries: ["retail"], region: CAO, contact: "0530-1234567" }, d.now);
const fair = (d: Deps) =>
  createFair(d.redis, fairDraft({ region: CAO, title: `菏泽 ${uniqueId()}` }), id.admin, d.now);
const broadcast = (d: Deps, hold = false) =>
  startBroadcast(
    d,
    {
      kind: "staff",
      author: id.inScope,
      audience: { kind: "sets", keys: [`jg:test:nobody:${uniqueId()}`] },
      content: { kind: "html", html: "matrix" },
      label: "matrix",
      scope: HEZE,
      scheduledAt: hold ? undefined : d.now + 3_600_000,
    },
    { hold },
  ).then((s) => s.id);
const draft = () => ({
  ...newDraft(),
  regions: [CAO],
  topics: [...TOPICS],
  content: { kind: "html" as const, html: "hi" },
});
const source = { kind: "policy" as const, title: "Matrix notice", year: 2024 };

const ROWS: Row[] = [
  // Broadcasts
  { name: "countDraftAudience", expected: SCOPED, run: (d, by) => countDraftAudience(d, by, draft()) },
  {
    name: "sendDraft",
    expected: SCOPED,
    run: (d, by) =>
      sendDraft(d, by, { ...draft(), count: 0 }, { paid: false, authorName: "x", locale: "en" }),
  },
  {
    name: "broadcastsFor",
    expected: SCOPED,
    run: async (d, by) => {
      const bc = await broadcast(d);
      return { bc, list: (await broadcastsFor(d, by)).map((s) => s.r.id) };
    },
    refused: (v) => {
      const { bc, list } = v as { bc: string; list: string[] };
      return !list.includes(bc);
    },
  },
  {
    name: "broadcastFor",
    expected: SCOPED,
    run: async (d, by) => broadcastFor(d, by, await broadcast(d)),
    refused: isNull,
  },
  {
    name: "steerBroadcast",
    expected: SCOPED,
    run: async (d, by) => steerBroadcast(d, by, await broadcast(d), "cancel"),
    refused: notOk,
  },
  {
    name: "decideApproval",
    expected: ADMINS,
    run: async (d, by) => decideApproval(d, by, await broadcast(d, true), false, "x"),
    refused: notOk,
  },
  { name: "setPaidBroadcast", expected: ADMINS, run: (d, by) => setPaidBroadcast(d, by, false) },
  // Job fairs
  {
    name: "checkFairDraft",
    expected: SCOPED,
    run: (d, by) => Promise.resolve(checkFairDraft(d, by, fairDraft({ region: CAO }))),
    refused: notOk,
  },
  {
    name: "publishFair",
    expected: SCOPED,
    run: (d, by) => publishFair(d, fairDraft({ region: CAO, title: `菏泽 ${uniqueId()}` }), { id: by }),
  },
  {
    name: "fairForStaff",
    expected: SCOPED,
    run: async (d, by) => fairForStaff(d, by, (await fair(d)).id),
    refused: notOk,
  },
  {
    name: "updateFair",
    expected: SCOPED,
    run: async (d, by) => {
      const f = await fair(d);
      return updateFair(d, f, { ...f, venue: "新会场" }, { id: by });
    },
  },
  {
    name: "previewFairEdit",
    expected: SCOPED,
    run: async (d, by) => {
      const f = await fair(d);
      return previewFairEdit(d, by, f, { ...f, venue: "新会场" });
    },
  },
  {
    // The district changes too, but only to one inside her scope.
    name: "updateFair (to another district)",
    expected: SCOPED,
    run: async (d, by) => {
      const f = await fair(d);
      return updateFair(d, f, { ...f, region: "371722" }, { id: by });
    },
  },
  { name: "cancelFair", expected: SCOPED, run: async (d, by) => cancelFair(d, await fair(d), { id: by }) },
  {
    name: "fairStatsFor",
    expected: SCOPED,
    run: async (d, by) => {
      const f = await fair(d);
      return { id: f.id, fairs: (await fairStatsFor(d, by)).fairs.map((s) => s.fair.id) };
    },
    refused: (v) => {
      const { id: fairId, fairs } = v as { id: string; fairs: string[] };
      return !fairs.includes(fairId);
    },
  },
  // Mentor sign-up
  {
    name: "applicationsFor",
    expected: SCOPED,
    run: async (d, by) => {
      const ref = await application(d);
      const refs: string[] = [];
      for (let page = 0, pages = 1; page < pages; page++) {
        const list = await applicationsFor(d, by, "all", page);
        pages = list.pages;
        refs.push(...list.items.map((a) => a.ref));
      }
      return { ref, refs };
    },
    refused: (v) => !(v as { refs: string[] }).refs.includes((v as { ref: string }).ref),
  },
  {
    name: "applicationForStaff",
    expected: SCOPED,
    run: async (d, by) => applicationForStaff(d, by, await application(d)),
    refused: isNull,
  },
  {
    name: "revealPhone",
    expected: SCOPED,
    run: async (d, by) => revealPhone(d, by, await application(d)),
    refused: isNull,
  },
  {
    name: "changeApplication",
    expected: SCOPED,
    run: async (d, by) => changeApplication(d, by, await application(d), { kind: "contacted" }),
    refused: isNull,
  },
  {
    name: "mentorSuggestions",
    expected: SCOPED,
    run: async (d, by) => mentorSuggestions(d, by, await application(d)),
    refused: isNull,
  },
  {
    name: "exportApplications",
    expected: SCOPED,
    run: async (d, by) => ({ ref: await application(d), csv: (await exportApplications(d, by, false)).csv }),
    refused: (v) => lacks((v as { ref: string }).ref)((v as { csv: string }).csv),
  },
  {
    name: "exportApplications (full)",
    expected: ADMINS,
    run: (d, by) => exportApplications(d, by, true),
  },
  {
    name: "mentorsFor",
    expected: SCOPED,
    run: async (d, by) => ({ id: (await mentor(d)).id, list: (await mentorsFor(d, by)).map((m) => m.id) }),
    refused: (v) => !(v as { list: string[] }).list.includes((v as { id: string }).id),
  },
  {
    name: "mentorForStaff",
    expected: SCOPED,
    run: async (d, by) => mentorForStaff(d, by, (await mentor(d)).id),
    refused: isNull,
  },
  {
    name: "addMentorAs",
    expected: SCOPED,
    run: (d, by) => addMentorAs(d, by, { name: "新导师", industries: ["crafts"], region: CAO, contact: "x" }),
  },
  {
    name: "changeMentor",
    expected: SCOPED,
    run: async (d, by) => changeMentor(d, by, (await mentor(d)).id, { active: false }),
    refused: isNull,
  },
  // Loans and aid Q&A: any staff member, whatever her region; reverting is for admins.
  { name: "missesFor", expected: ANY_STAFF, run: (d, by) => missesFor(d, by, "en", 10) },
  {
    name: "dismissMiss",
    expected: ANY_STAFF,
    run: async (d, by) => {
      const q = `matrix dismiss ${uniqueId()}`;
      await logMiss(d.redis, "en", q, { kind: "none", near: null, now: d.now });
      return dismissMiss(d, by, "en", q);
    },
  },
  {
    name: "attachMiss",
    expected: ANY_STAFF,
    run: (d, by) => attachMiss(d, by, { locale: "en", question: `matrix attach ${uniqueId()}` }, "volunteer"),
  },
  {
    name: "saveWrittenEntry",
    expected: ANY_STAFF,
    run: (d, by) =>
      saveWrittenEntry(d, by, {
        mode: "new",
        l: "en",
        step: "followups",
        q: `matrix entry ${uniqueId()} zqxv`,
        answer: "Matrix answer.",
        source,
        f: [],
        fromMiss: false,
      }),
  },
  {
    name: "revertEntryEdit",
    expected: ADMINS,
    run: async (d, by) => {
      const q = `matrix revert ${uniqueId()}`;
      await attachMiss(d, id.admin, { locale: "en", question: q }, "volunteer");
      const [latest] = await readHistory(d.redis, "en", 1);
      return revertEntryEdit(d, by, "en", { id: latest!.id, at: latest!.at });
    },
  },
  { name: "faqEditsFor", expected: ANY_STAFF, run: (d, by) => faqEditsFor(d, by, "en") },
  { name: "faqStatsFor", expected: ANY_STAFF, run: (d, by) => faqStatsFor(d, by, "en") },
];

async function outcomeOf(row: Row, by: PersonId): Promise<Outcome> {
  try {
    const value = await row.run(await deps(), by);
    return row.refused?.(value) ? "refused" : "allowed";
  } catch (error) {
    if (error instanceof NotAllowedError) return "refused";
    throw error;
  }
}

// What the matrix made is taken back, so no other file finds it in a list: the FAQ's phrasings and
// entries (the knowledge base is shared with the FAQ tests), and the fairs, applications, mentors
// and broadcasts of Heze.
afterAll(async () => {
  const d = await deps();
  const mine = (await readHistory(redis, "en", 200)).filter(
    (h) => h.note.startsWith("matrix ") && h.action !== "revert",
  );
  for (const h of mine)
    await revertEdit(redis, "en", { id: h.id, at: h.at }, { by: id.admin, at: Date.now() });
  for (const f of await upcomingFairs(redis, d.now, 1000)) {
    if (f.region === CAO) await saveFair(redis, { ...f, status: "cancelled" });
  }
  const tx = redis.multi();
  for (const status of STATUSES) {
    for (const ref of await redis.zrange<string[]>(signupKeys.byStatus(status, CAO), 0, -1)) {
      dropApplication(
        tx,
        (await getApplication(redis, String(ref))) ?? { ref: String(ref), region: CAO, user: 0 },
      );
    }
  }
  for (const m of await redis.smembers(signupKeys.mentorsByCity(HEZE))) {
    tx.del(signupKeys.mentor(String(m)));
    tx.srem(signupKeys.mentors(), String(m));
    tx.srem(signupKeys.mentorsByCity(HEZE), String(m));
  }
  await tx.exec();
  for (const bc of await redis.zrange<string[]>(broadcastKeys.index(), 0, 199, { rev: true })) {
    const r = await readRecord(redis, String(bc));
    if (r?.label === "matrix") await cancelBroadcast(d, r.id, id.admin);
  }
});

describe("staff scope, enforced by the domain functions themselves", () => {
  it.each(ROWS.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
    const seen = {} as Record<Actor, Outcome>;
    for (const actor of ACTORS) seen[actor] = await outcomeOf(row, id[actor]);
    expect(seen).toEqual(row.expected);
  });
});
