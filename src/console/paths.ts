/** The console's URLs, as pages link to them and the bot will hand them out. */
/**
 * The console's URLs, as pages link to them and as the bot's /console hands them out. The routes
 * (routes/*.tsx) register them relative to CONSOLE_ROOT; the tests post to the forms' own actions.
 */

/** Where the console is mounted in the Worker (src/app.ts). */
export const CONSOLE_ROOT = "/console";

export const consolePaths = {
  /** The overview: subscribers, plots, fairs, applications, broadcasts. */
  home: CONSOLE_ROOT,
  applications: `${CONSOLE_ROOT}/applications`,
  application: (ref: string) => `${CONSOLE_ROOT}/applications/${encodeURIComponent(ref)}`,
  applicationsCsv: `${CONSOLE_ROOT}/applications.csv`,
  mentors: `${CONSOLE_ROOT}/mentors`,
  mentor: (id: string) => `${CONSOLE_ROOT}/mentors/${encodeURIComponent(id)}`,
  /** Pages of the other half of phase B (job fairs, broadcasts, FAQ). */
  fairs: `${CONSOLE_ROOT}/fairs`,
  broadcasts: `${CONSOLE_ROOT}/broadcasts`,
  faq: `${CONSOLE_ROOT}/faq`,
  /** The Mini App's URL: Telegram opens it with #tgWebAppData=… in the fragment. */
  webApp: `${CONSOLE_ROOT}/app`,
  /** Where the Mini App page posts its initData. */
  webAppSignIn: `${CONSOLE_ROOT}/auth/webapp`,
  /** A one-time sign-in link for a desktop browser. */
  link: (token: string) => `${CONSOLE_ROOT}/auth/link/${token}`,
  signOut: `${CONSOLE_ROOT}/auth/signout`,
  signedOut: `${CONSOLE_ROOT}/signed-out`,
} as const;
