// Finds the browsers the tests and benchmarks drive. npm packages may not download browsers on these
// machines, so we use the system's: Debian's chromium (or CHROME_PATH), and, when present, firefox-esr
// and WebKitGTK's WebDriver (webkit2gtk-driver, run under xvfb-run).
import { existsSync } from 'node:fs';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return CHROME_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : null;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? null;
}

/** WebKitWebDriver and xvfb-run (which needs xauth), or null when any of them is missing. */
export function findWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
  const xvfbRun = '/usr/bin/xvfb-run';
  return [driver, xvfbRun, '/usr/bin/xauth', '/usr/bin/Xvfb'].every((p) => existsSync(p)) ? { driver, xvfbRun } : null;
}

/**
 * The browsers beside Chromium that the unit tests run in, and one line for each that does not run,
 * so a missing browser is never dropped silently. `HLED_FIREFOX=0` / `HLED_WEBKIT=0` turn one off.
 */
export function optionalBrowsers(env = process.env) {
  const notes = [];
  let firefox = null;
  let webkit = null;
  if (env.HLED_FIREFOX === '0') notes.push('Firefox turned off (HLED_FIREFOX=0): the Firefox group did not run');
  else if (!(firefox = findFirefox()))
    notes.push('Firefox ESR not found: the Firefox group did not run (apt-get install firefox-esr)');
  if (env.HLED_WEBKIT === '0') notes.push('WebKit turned off (HLED_WEBKIT=0): the WebKit group did not run');
  else if (!(webkit = findWebKit()))
    notes.push('WebKit not found: the WebKit group did not run (apt-get install webkit2gtk-driver xvfb xauth)');
  return { firefox, webkit, notes };
}

/** Flags for headless Chromium as root on a machine with a closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Several test pages run at once; a page in the background must still get animation frames.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
