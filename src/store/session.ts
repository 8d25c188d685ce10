/** The per-chat session and its typed slices: each feature declares its slice once, with its schema. */
import type * as z from "zod";
import type { TArgs } from "../i18n.ts";

/** The session as stored (`jg:session:{chat}`): one entry per slice; only slices read and write it. */
export type Session = Record<string, unknown>;

/** Plain translation in the reader's language (user text passed as arguments, escaped by the caller). */
export type PlainText = (key: string, args?: TArgs) => string;

/** One feature's part of the session: read, written and cleared only through this object. */
export interface SessionSlice<T> {
  /** The slice's name in storage (kept stable: sessions outlive deploys). */
  readonly name: string;
  /** The slice's value, or null when there is none or it no longer reads (a corrupt slice is none). */
  get(session: Session): T | null;
  /** Stores the value; null or undefined clears the slice. */
  set(session: Session, value: T | null | undefined): void;
  clear(session: Session): void;
  /** Locale key of what /mydata calls the slice, e.g. "Your last question". */
  readonly label: string;
  /** What the slice holds, in plain words of the reader's language, for /mydata. */
  describe(value: T, text: PlainText): string;
}

/** A slice of any type, as the catalog lists them. */
// biome-ignore lint/suspicious/noExplicitAny: the catalog holds slices of every feature's own type.
export type AnySlice = SessionSlice<any>;

/** Declares a slice: its storage name, its zod schema, and its label and plain-words rendering for /mydata. */
export function defineSlice<S extends z.ZodType>(
  name: string,
  schema: S,
  mydata: { label: string; describe: (value: z.output<S>, text: PlainText) => string },
): SessionSlice<z.output<S>> {
  return {
    name,
    label: mydata.label,
    describe: mydata.describe,
    get(session) {
      const parsed = schema.safeParse(session[name]);
      return parsed.success ? parsed.data : null;
    },
    set(session, value) {
      if (value === null || value === undefined) delete session[name];
      else session[name] = value;
    },
    clear(session) {
      delete session[name];
    },
  };
}

/** Empties a session in place (her data erased: no slice survives). */
export function clearSession(session: Session): void {
  for (const name of Object.keys(session)) delete session[name];
}

/** Puts a session back to a copy taken earlier, in place (a failed step leaves no trace). */
export function restoreSession(session: Session, copy: Session): void {
  clearSession(session);
  Object.assign(session, copy);
}
