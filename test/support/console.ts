/** Driving the console as a browser would: form posts from its own origin, the session cookie sent back. */

/** The origin the tests' console is reached at. */
export const ORIGIN = "https://jinguo.test";
/** The session cookie's name as browsers store it. */
export const SESSION_COOKIE = "__Host-jg_console";

/** A request to the console (a path under ORIGIN). */
export type ConsoleFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** The `name=value` of the session cookie a response sets, or undefined. */
export function sessionCookie(res: Response): string | undefined {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return header?.split(";")[0];
}

/** A form post from the console's own page, carrying `cookie` if given. */
export function formPost(
  fields: Record<string, string>,
  cookie?: string,
  headers: HeadersInit = {},
): RequestInit {
  return {
    method: "POST",
    redirect: "manual",
    headers: {
      origin: ORIGIN,
      "sec-fetch-site": "same-origin",
      "content-type": "application/x-www-form-urlencoded",
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  };
}

/** A page load carrying `cookie` if given. */
export function pageGet(cookie?: string): RequestInit {
  return { redirect: "manual", headers: cookie ? { cookie } : {} };
}

/** The value of the hidden CSRF field on a page. */
export function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error("no CSRF field on the page");
  return token;
}
