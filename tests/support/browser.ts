import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium, headless. The flags keep it off the network this machine does not
// have (background updates, sync) so it starts fast and quietly.
export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
