/** The staff console's keys and their lifetimes: one-time sign-in links, signed-out sessions, forms acted on. */

export const consoleKeys = {
  /** A console sign-in link, by the SHA-256 of its token (the token itself is never stored): JSON {id, lang, exp}. */
  link: (tokenHash: string) => `jg:console:link:${tokenHash}`,
  /** Marks a console session signed out before its 8 hours ran out. */
  signedOut: (sid: string) => `jg:console:out:${sid}`,
  /** A write form acted on, by its one-time token (SET NX): the same form sent again does nothing. */
  once: (token: string) => `jg:console:once:${token}`,
} as const;

export const consoleTtl = {
  /** A console sign-in link works once, within 10 minutes. */
  link: 60 * 10,
  /** A console session lasts 8 hours from sign-in; its signed-out mark need not outlive it. */
  session: 60 * 60 * 8,
  /** A form's once-mark lasts as long as the session that showed the form can. */
  once: 60 * 60 * 8,
} as const;
