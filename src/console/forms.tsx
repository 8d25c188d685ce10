/** Pieces every console write form has: the CSRF token, the one-time token, a field with its error beside it. */
import type { Child } from "hono/jsx";
import { CSRF_FIELD } from "./auth/csrf.ts";
import { ONCE_FIELD, onceToken } from "./once.ts";

/** The hidden fields of a write form: the session's CSRF token and a fresh one-time token. */
export function FormTokens({ csrf }: { csrf: string }) {
  return (
    <>
      <input type="hidden" name={CSRF_FIELD} value={csrf} />
      <input type="hidden" name={ONCE_FIELD} value={onceToken()} />
    </>
  );
}

/** A labelled field with its error message next to it (and tied to it for screen readers). */
export function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  children?: Child;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {error ? (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A one-button form posting to `action`. */
export function ActionButton({
  action,
  csrf,
  label,
  hidden = {},
}: {
  action: string;
  csrf: string;
  label: string;
  hidden?: Record<string, string>;
}) {
  return (
    <form method="post" action={action}>
      <FormTokens csrf={csrf} />
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{label}</button>
    </form>
  );
}
