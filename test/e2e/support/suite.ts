import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { type Browser, openBrowser } from "./browser.ts";
import { Sim } from "./sim.ts";

/**
 * A browser context of its own on the run's Chromium and one simulator tab for a test file; a failing test leaves a screenshot of the
 * page as it was next to the step screenshots (test/artifacts/e2e/<suite>/).
 */
export function simulatorSuite(suite: string): () => Sim {
  let browser: Browser | undefined;
  let sim: Sim | undefined;
  beforeAll(async () => {
    browser = await openBrowser(inject("chromiumWs"));
    sim = await Sim.open(browser, inject("simulatorUrl"), suite);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await sim?.snap(`FAILED-${task.name}`).catch(() => undefined);
    });
  });
  return () => {
    if (!sim) throw new Error("the simulator did not open (see beforeAll)");
    return sim;
  };
}
