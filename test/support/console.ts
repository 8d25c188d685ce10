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

/** A Worker app like the deployed one with some variables changed, reached at ORIGIN. */
export async function consoleApp(extra: Record<string, string> = {}): Promise<ConsoleFetch> {
  const { env } = await import("cloudflare:workers");
  const { createApp } = await import("../../src/app.ts");
  const { createRuntime } = await import("../../src/runtime.ts");
  type WorkerEnv = import("../../src/env.ts").Env;
  const bindings = { ...(env as unknown as WorkerEnv), ...extra } as WorkerEnv;
  const runtime = await createRuntime(bindings);
  const app = createApp(async () => runtime);
  return async (path, init) => app.fetch(new Request(`${ORIGIN}${path}`, init), bindings);
}

/** A session for a staff member through a one-time link, with Telegram's language `lang`. */
export async function signInAs(get: ConsoleFetch, id: number, lang: string): Promise<string> {
  const { redis } = await import("./worker.ts");
  const { createSignInLink } = await import("../../src/console/auth/sign-in-link.ts");
  const token = await createSignInLink(redis, id, lang, Date.now());
  const cookie = sessionCookie(await get(`/console/auth/link/${token}`, formPost({})));
  if (!cookie) throw new Error(`no session for ${id}`);
  return cookie;
}

/** A validly signed session cookie of someone STAFF does not list (as if removed after signing in). */
export async function strangerCookie(botToken: string, id: number): Promise<string> {
  const { serializeSigned } = await import("hono/utils/cookie");
  const { deriveConsoleKeys } = await import("../../src/console/auth/keys.ts");
  const { session } = await deriveConsoleKeys(botToken);
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const set = await serializeSigned(SESSION_COOKIE, `${id}.${exp}.${"s".repeat(22)}.en`, session, {
    secure: true,
    path: "/",
  });
  return set.split(";")[0]!;
}

/** The audit entries of one type whose `field` is `value`, newest first. */
export async function auditsOf(
  type: string,
  field: string,
  value: string,
): Promise<Record<string, unknown>[]> {
  const { redis } = await import("./worker.ts");
  const { keys } = await import("../../src/store/keys.ts");
  const entries = Object.values(await redis.xrevrange(keys.audit(), "+", "-", 300)) as Record<
    string,
    unknown
  >[];
  return entries.filter((e) => e.type === type && String(e[field]) === value);
}
