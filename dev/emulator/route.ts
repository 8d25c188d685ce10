/** The shape of one control endpoint of the emulator, shared by the routers without importing each other. */
import type { Core } from "./core.ts";

/** A parsed JSON request body. */
export type Body = Record<string, unknown>;

/** One control endpoint: HTTP method, path pattern under /__emu, and what it does. */
export type Route = [string, RegExp, (core: Core, body: Body, url: URL, match: RegExpExecArray) => unknown];
