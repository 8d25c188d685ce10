import { existsSync } from "node:fs";
import { type BrowserContext, type BrowserServer, chromium } from "playwright-core";
import { chromiumPath } from "../../../dev/tools.ts";

/** Debian's Chromium; CHROMIUM_PATH points elsewhere. `npm test`'s pretest installs it when missing. */
export const CHROMIUM = chromiumPath();

// Without the background-networking flags Chromium tries to reach Google's services at start, and
// on a machine without internet those attempts end in refused connections and slow starts.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A browser window of its own (fresh cookies and storage); `close()` drops it. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Chromium headless once for the whole e2e run (the globalSetup does, next to the stack):
 * a launch costs seconds on a busy 2-core machine, a new context on a running one a fraction.
 */
export async function launchChromiumServer(): Promise<BrowserServer> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Connects to the run's Chromium with a new context: nothing carries over from another test file. */
export async function openBrowser(wsEndpoint: string): Promise<Browser> {
  const browser = await chromium.connect(wsEndpoint);
  const context = await browser.newContext({
    viewport: { width: 1360, height: 820 },
    locale: "en-US",
    timezoneId: "Asia/Shanghai",
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      // A connected browser only disconnects: the server stays up for the next file.
      await browser.close().catch(() => undefined);
    },
  };
}
