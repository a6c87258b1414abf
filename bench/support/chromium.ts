import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (what `.ci/run` installs with apt) unless CHROMIUM_PATH names another. */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_PATH = CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate));

/**
 * Browser tests skip, with the reason printed, on a machine without Chromium; `.ci/run` sets
 * CATHY_REQUIRE_BROWSER=1 so a CI machine where the install went wrong fails instead of skipping.
 */
export function browserAvailable(): boolean {
  if (CHROMIUM_PATH) return true;
  if (process.env.CATHY_REQUIRE_BROWSER === '1') {
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  }
  console.warn('[browser tests] skipped: Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  return false;
}

/**
 * Headless Chromium with the flags CI uses. Playwright gives every launch its own fresh temporary
 * user-data-dir and deletes it on close, so no state leaks between tests or runs.
 */
export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM_PATH) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
