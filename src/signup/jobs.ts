/** Mentor sign-up's cron jobs: one nudge for a draft left alone, and retention of closed applications. */
import type { OutgoingMessage } from "../channel/types.ts";
import { sendTo } from "../delivery/send-one.ts";
import type { Deps } from "../deps.ts";
import type { Locale } from "../i18n.ts";
import type { ScheduledJob } from "../jobs.ts";
import { logInfo } from "../log.ts";
import { type PersonId, personIds } from "../people/id.ts";
import { localeOf } from "../people/language.ts";
import { keys } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import type { Session } from "../store/session.ts";
import { formatDateTime } from "../time/format.ts";
import { cityCodeOf, dropApplication } from "./applications.ts";
import { DRAFT_TTL_MS, INDEX_PRUNE_MS, NUDGE_AFTER_MS } from "./constants.ts";
import { answeredCount, type Draft, signupDraft } from "./draft.ts";
import { signupKeys, signupTtl } from "./keys.ts";
import { langFor } from "./lang.ts";
import { parseApplication, yearIn } from "./record.ts";

const BATCH = 100;

/** Reschedules an index entry: it comes due (score ≤ now − 24 h) when the draft next needs attention. */
function rescore(redis: Redis, userId: PersonId, score: number) {
  return redis.zadd(signupKeys.drafts(), { xx: true }, { score, member: String(userId) });
}

/** The nudge in her language, with the day her answers expire and a button to continue. */
function nudgeMessage(deps: Deps, draft: Draft, locale: Locale): OutgoingMessage {
  const lang = langFor(deps.i18n, locale);
  const until = formatDateTime(draft.updated + DRAFT_TTL_MS, locale, deps.config.TIMEZONE);
  const buttons = [[{ text: lang.text("signup-resume-continue"), callback: "su:go" }]];
  return { html: lang.t("signup-nudge", { done: answeredCount(draft.a), until }), buttons };
}

/**
 * Drafts: one nudge 24 h after she stops; after 7 days the draft is gone (readDraft ignores it and
 * the session's own 7-day TTL removes it), so only the index entry is left to drop. The index is
 * written once, at consent, so form steps cost no extra request; its score is a lower bound of her
 * last activity, corrected here from the session. The job never writes sessions (no lost update
 * against her own steps); SET … GET on the nudge marker makes the nudge once per draft even when
 * two crons overlap.
 */
export const signupDraftsJob: ScheduledJob = {
  name: "signup-drafts",
  async run(deps: Deps) {
    const { redis, now } = deps;
    // Older entries point at sessions Redis has already expired (7-day TTL): only the index is left.
    await redis.zremrangebyscore(signupKeys.drafts(), "-inf", now - INDEX_PRUNE_MS);
    const due = await redis.zrange<unknown[]>(
      signupKeys.drafts(),
      now - INDEX_PRUNE_MS,
      now - NUDGE_AFTER_MS,
      { byScore: true, offset: 0, count: BATCH },
    );
    const ids = personIds(due);
    if (ids.length === 0) return;
    const pipe = redis.pipeline();
    for (const id of ids) pipe.get(keys.session(id));
    const sessions = await pipe.exec<unknown[]>();
    let nudged = 0;
    for (const [i, userId] of ids.entries()) {
      const raw = sessions[i];
      const draft = raw && typeof raw === "object" ? signupDraft.get(raw as Session) : null;
      const idle = draft ? now - draft.updated : 0;
      if (!draft || idle >= DRAFT_TTL_MS) {
        await redis.zrem(signupKeys.drafts(), String(userId));
        continue;
      }
      if (idle < NUDGE_AFTER_MS) {
        await rescore(redis, userId, draft.updated);
        continue;
      }
      const marker = String(draft.started);
      const before = await redis.set(signupKeys.nudged(userId), marker, {
        ex: signupTtl.nudged,
        get: true,
      });
      if (String(before) !== marker) {
        // Her language now, by the rule; the language of her last step if she has no profile.
        const locale = await localeOf(redis, userId, draft.loc);
        await sendTo(deps, userId, nudgeMessage(deps, draft, locale), "signup_nudge_failed");
        nudged++;
      }
      // Nothing more until it expires, unless she comes back (then the score is corrected again).
      await rescore(redis, userId, draft.updated + DRAFT_TTL_MS - NUDGE_AFTER_MS);
    }
    if (nudged) logInfo("signup_drafts", { nudged });
  },
};

/**
 * Closed applications lose their personal data RETENTION_DAYS after closing: the hash and its index
 * entries go; an anonymous count (year, city, industry, outcome) stays in `jg:signups:counts`.
 */
export const signupRetentionJob: ScheduledJob = {
  name: "signup-retention",
  async run(deps: Deps) {
    const { redis, now, config } = deps;
    const due = await redis.zrange<unknown[]>(
      signupKeys.retention(),
      "-inf",
      now - config.RETENTION_DAYS * 86_400_000,
      {
        byScore: true,
        offset: 0,
        count: BATCH,
      },
    );
    for (const ref of due.map(String)) {
      // Removing the index entry is the claim: an overlapping run counts nothing twice.
      if ((await redis.zrem(signupKeys.retention(), ref)) === 0) continue;
      const app = parseApplication(await redis.hgetall(signupKeys.application(ref)));
      if (!app) continue;
      const outcome = app.closed_by === "applicant" ? "withdrawn" : app.mentor ? "matched" : "closed";
      const field = `${yearIn(app.created, config.TIMEZONE)}:${cityCodeOf(app)}:${app.industry}:${outcome}`;
      const tx = redis.multi();
      tx.hincrby(signupKeys.counts(), field, 1);
      dropApplication(tx, app);
      try {
        await tx.exec();
      } catch (error) {
        // Put the claim back so the next run retries; personal data must not linger unindexed.
        await redis.zadd(signupKeys.retention(), { score: now, member: ref });
        throw error;
      }
    }
    if (due.length) logInfo("signup_retention", { anonymized: due.length });
  },
};
