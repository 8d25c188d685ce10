import type { JobDeps, ScheduledJob } from "../jobs/types.ts";
import { logInfo } from "../log.ts";
import { keys, ttl } from "../store/keys.ts";
import type { Redis } from "../store/redis.ts";
import { cityCodeOf, dropApplication } from "./applications.ts";
import { DRAFT_TTL_MS, INDEX_PRUNE_MS, NUDGE_AFTER_MS } from "./constants.ts";
import { type Draft, parseDraft, SLICE } from "./draft.ts";
import { langFor } from "./lang.ts";
import { deliver } from "./notify.ts";
import { parseApplication, yearIn } from "./record.ts";

const BATCH = 100;
type Session = Record<string, unknown>;

/** Writes a session back without the draft (or with a changed one), keeping the session's own TTL. */
async function saveSession(redis: Redis, userId: number, session: Session, draft: Draft | undefined) {
  const next: Session = { ...session };
  if (draft) next[SLICE] = draft;
  else delete next[SLICE];
  if (Object.keys(next).length === 0) await redis.del(keys.session(userId));
  else await redis.set(keys.session(userId), next, { keepTtl: true });
}

/** Reschedules an index entry: it comes due (score ≤ now − 24 h) when the draft next needs attention. */
function rescore(redis: Redis, userId: number, score: number) {
  return redis.zadd(keys.signupDrafts(), { xx: true }, { score, member: String(userId) });
}

/**
 * Drafts: one nudge 24 h after she stops, discarded after 7 days. The index is written once, at
 * consent, so form steps cost no extra request; its score is a lower bound of her last activity and
 * is corrected here from the session. Idempotent: the nudge is claimed with SET NX and flagged.
 */
export const signupDraftsJob: ScheduledJob = {
  name: "signup-drafts",
  async run(deps: JobDeps) {
    const { redis, now } = deps;
    // Older entries point at sessions Redis has already expired (7-day TTL): only the index is left.
    await redis.zremrangebyscore(keys.signupDrafts(), "-inf", now - INDEX_PRUNE_MS);
    const due = await redis.zrange<unknown[]>(
      keys.signupDrafts(),
      now - INDEX_PRUNE_MS,
      now - NUDGE_AFTER_MS,
      {
        byScore: true,
        offset: 0,
        count: BATCH,
      },
    );
    const ids = due.map(Number).filter(Number.isSafeInteger);
    if (ids.length === 0) return;
    const pipe = redis.pipeline();
    for (const id of ids) pipe.get(keys.session(id));
    const sessions = await pipe.exec<unknown[]>();
    const counts = { nudged: 0, expired: 0 };
    for (const [i, userId] of ids.entries()) {
      const raw = sessions[i];
      const session = (raw && typeof raw === "object" ? raw : {}) as Session;
      const draft = parseDraft(session[SLICE]);
      const idle = draft ? now - draft.updated : 0;
      if (!draft) await redis.zrem(keys.signupDrafts(), String(userId));
      else if (idle >= DRAFT_TTL_MS) {
        await saveSession(redis, userId, session, undefined);
        await redis.zrem(keys.signupDrafts(), String(userId));
        await deliver(
          deps,
          userId,
          { html: langFor(deps.i18n, draft.loc).t("signup-expired") },
          "signup_expiry_failed",
        );
        counts.expired++;
      } else if (idle < NUDGE_AFTER_MS) await rescore(redis, userId, draft.updated);
      else {
        if (
          !draft.nudged &&
          (await redis.set(keys.signupNudging(userId), 1, { nx: true, ex: ttl.signupNudging }))
        ) {
          await saveSession(redis, userId, session, { ...draft, nudged: true });
          const lang = langFor(deps.i18n, draft.loc);
          const buttons = [[{ text: lang.text("signup-resume-continue"), callback: "su:go" }]];
          await deliver(deps, userId, { html: lang.t("signup-nudge"), buttons }, "signup_nudge_failed");
          counts.nudged++;
        }
        // Nothing more until it expires, unless she comes back (then the score is corrected again).
        await rescore(redis, userId, draft.updated + DRAFT_TTL_MS - NUDGE_AFTER_MS);
      }
    }
    if (counts.nudged || counts.expired) logInfo("signup_drafts", counts);
  },
};

/**
 * Closed applications lose their personal data RETENTION_DAYS after closing: the hash and its index
 * entries go; an anonymous count (year, city, industry, outcome) stays in `jg:signups:counts`.
 */
export const signupRetentionJob: ScheduledJob = {
  name: "signup-retention",
  async run(deps: JobDeps) {
    const { redis, now, config } = deps;
    const due = await redis.zrange<unknown[]>(
      keys.signupRetention(),
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
      if ((await redis.zrem(keys.signupRetention(), ref)) === 0) continue;
      const app = parseApplication(await redis.hgetall(keys.signup(ref)));
      if (!app) continue;
      const outcome = app.closed_by === "applicant" ? "withdrawn" : app.mentor ? "matched" : "closed";
      const field = `${yearIn(app.created, config.TIMEZONE)}:${cityCodeOf(app)}:${app.industry}:${outcome}`;
      const tx = redis.multi();
      tx.hincrby(keys.signupCounts(), field, 1);
      dropApplication(tx, app);
      try {
        await tx.exec();
      } catch (error) {
        // Put the claim back so the next run retries; personal data must not linger unindexed.
        await redis.zadd(keys.signupRetention(), { score: now, member: ref });
        throw error;
      }
    }
    if (due.length) logInfo("signup_retention", { anonymized: due.length });
  },
};
