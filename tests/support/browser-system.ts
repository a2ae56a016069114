import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from '@feedbackinstrument/server/db/connect';
import { launchChromium } from './browser.js';
import { startSystem, type RunningSystem } from './system.js';

/**
 * For a browser test file: the whole system on a fresh database and a headless Chromium,
 * started once before its tests and stopped after them. Read the fields inside tests.
 */
export function useBrowserAndSystem(kind: DatabaseKind): { system: RunningSystem; browser: Browser } {
  const running = {} as { system: RunningSystem; browser: Browser };
  beforeAll(async () => {
    [running.system, running.browser] = await Promise.all([startSystem(kind), launchChromium()]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.system?.close();
  });
  return running;
}
