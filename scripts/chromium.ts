/** Headless Chromium (Debian's chromium, driven by playwright-core) for the browser tests and the icon renderer. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Nothing is downloaded at install time, so a machine without the browser gets told what to install (as
 * `.ci/run` does) instead of playwright's "executable doesn't exist".
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    return Promise.reject(
      new Error(
        `No Chromium at ${executablePath}: install Debian's package (apt-get install chromium), as .ci/run ` +
          'does, or point CHROMIUM_PATH at a Chromium.',
      ),
    );
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
