/** Mentors suggested for an application: same city, industry first, then district. */
import { cityOf } from "../regions/index.ts";
import type { Industry } from "./constants.ts";
import type { Mentor } from "./mentors.ts";

/** A suggested mentor with why: her industry matches, and whether the mentor is in her district. */
export interface Suggestion {
  mentor: Mentor;
  industryMatch: boolean;
  sameDistrict: boolean;
}

/**
 * Active mentors of the applicant's city, best first: industry match first, then same district,
 * then fewer industries (a specialist before a generalist), then name.
 */
export function suggestMentors(
  mentors: readonly Mentor[],
  applicant: { region: string; industry: Industry },
): Suggestion[] {
  const city = cityOf(applicant.region)?.code;
  return mentors
    .filter((m) => m.active && city !== undefined && cityOf(m.region)?.code === city)
    .map((mentor) => ({
      mentor,
      industryMatch: mentor.industries.includes(applicant.industry),
      sameDistrict: mentor.region === applicant.region,
    }))
    .sort(
      (a, b) =>
        Number(b.industryMatch) - Number(a.industryMatch) ||
        Number(b.sameDistrict) - Number(a.sameDistrict) ||
        a.mentor.industries.length - b.mentor.industries.length ||
        a.mentor.name.localeCompare(b.mentor.name, "zh-CN"),
    );
}
