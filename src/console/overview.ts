/** What the overview shows, read through the chat's own domain functions with her as the actor (her scope). */
import type { BroadcastSummary } from "../broadcast/list.ts";
import { broadcastsFor } from "../broadcast/steer.ts";
import type { Deps } from "../deps.ts";
import { fairStatsFor } from "../fairs/manage.ts";
import type { FairStats } from "../fairs/stats.ts";
import { type FaqOutcome, faqWeeksFor } from "../faq/weekly.ts";
import type { PersonId } from "../people/id.ts";
import type { Status } from "../signup/constants.ts";
import { applicationCountsFor } from "../signup/staff-actions.ts";
import { subscriberWeeksFor, type WeeklySubscribers } from "../subscriptions/weekly.ts";
import { lastWeeks } from "../time/week.ts";

/** Weeks on the overview's plots. */
export const OVERVIEW_WEEKS = 12;
/** Broadcasts whose reach the overview lists. */
export const OVERVIEW_BROADCASTS = 5;

export interface Overview {
  stats: FairStats;
  subscribers: WeeklySubscribers;
  faq: Record<FaqOutcome, number[]>;
  applications: Record<Status, number>;
  broadcasts: BroadcastSummary[];
}

/** Everything the overview shows, in her scope; the reads run side by side. */
export async function overviewFor(deps: Deps, by: PersonId): Promise<Overview> {
  const weeks = lastWeeks(deps.now, deps.config.TIMEZONE, OVERVIEW_WEEKS);
  const [stats, subscribers, faq, applications, broadcasts] = await Promise.all([
    fairStatsFor(deps, by),
    subscriberWeeksFor(deps, by, weeks),
    faqWeeksFor(deps, by, weeks),
    applicationCountsFor(deps, by),
    broadcastsFor(deps, by),
  ]);
  return { stats, subscribers, faq, applications, broadcasts: broadcasts.slice(0, OVERVIEW_BROADCASTS) };
}
