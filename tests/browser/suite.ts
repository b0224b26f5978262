/**
 * The shared life of a browser test file: one preview server of the built app and one Chromium,
 * opened before the file's tests and closed after them. Call `browserSuite()` at the top level.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, serveApp, type App } from './harness.ts';

export interface Suite {
  app: App;
  browser: Browser;
}

/** Register the hooks; the returned object is filled in before the first test runs. */
export function browserSuite(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.app = await serveApp();
    suite.browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}
