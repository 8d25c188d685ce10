/** The console's URLs, as pages link to them and as the bot's /console hands them out. */
// The routes (routes/*.tsx) register them relative to CONSOLE_ROOT; the tests post to the forms' own actions.

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
  /** The Mini App's URL: Telegram opens it with #tgWebAppData=… in the fragment. */
  webApp: `${CONSOLE_ROOT}/app`,
  /** Where the Mini App page posts its initData. */
  webAppSignIn: `${CONSOLE_ROOT}/auth/webapp`,
  /** A one-time sign-in link for a desktop browser. */
  link: (token: string) => `${CONSOLE_ROOT}/auth/link/${token}`,
  signOut: `${CONSOLE_ROOT}/auth/signout`,
  signedOut: `${CONSOLE_ROOT}/signed-out`,
  /** Broadcasts: the list, one broadcast, its controls, composing a new one. */
  broadcasts: `${CONSOLE_ROOT}/broadcasts`,
  broadcast: (id: string) => `${CONSOLE_ROOT}/broadcasts/${encodeURIComponent(id)}`,
  broadcastSteer: (id: string) => `${CONSOLE_ROOT}/broadcasts/${encodeURIComponent(id)}/steer`,
  broadcastProgress: `${CONSOLE_ROOT}/broadcasts/progress.json`,
  broadcastNew: `${CONSOLE_ROOT}/broadcasts/new`,
  broadcastCount: `${CONSOLE_ROOT}/broadcasts/count.json`,
  /** Job fairs: the list, a new one, one fair, its edit, cancel and QR poster. */
  fairs: `${CONSOLE_ROOT}/fairs`,
  fairNew: `${CONSOLE_ROOT}/fairs/new`,
  fair: (id: string) => `${CONSOLE_ROOT}/fairs/${encodeURIComponent(id)}`,
  fairEdit: (id: string) => `${CONSOLE_ROOT}/fairs/${encodeURIComponent(id)}/edit`,
  fairCancel: (id: string) => `${CONSOLE_ROOT}/fairs/${encodeURIComponent(id)}/cancel`,
  /** The FAQ: misses, entries, history; attaching, dismissing, reverting, writing an entry. */
  faq: `${CONSOLE_ROOT}/faq`,
  faqAttach: `${CONSOLE_ROOT}/faq/attach`,
  faqDismiss: `${CONSOLE_ROOT}/faq/dismiss`,
  faqRevert: `${CONSOLE_ROOT}/faq/revert`,
  faqNew: `${CONSOLE_ROOT}/faq/new`,
  fairPoster: (id: string) => `${CONSOLE_ROOT}/fairs/${encodeURIComponent(id)}/poster.png`,
} as const;
