// Browser tests: headless Chromium (Debian's, or CHROME_PATH) driven by puppeteer-core, and
// Firefox ESR (when installed) through WebDriver BiDi, as a second browser. When it does not run, the
// output says so (see optionalBrowsers()).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome, optionalBrowsers, CHROME_ARGS } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error('No Chromium found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

const browsers = [
  chromeLauncher({
    launchOptions: { executablePath: chrome, headless: true, args: CHROME_ARGS },
    // A page per browser context: each gets its own window, so test files running side by side
    // are all visible and get animation frames (a background tab gets none).
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  }),
];
// Firefox ESR as a second browser whenever it is installed (HLED_FIREFOX=0 turns it off), driven
// through WebDriver BiDi. It runs every test file but those that need the DevTools protocol
// (media emulation: print, forced colors), which only Chromium has.
const { firefox, notes } = optionalBrowsers();
const CDP_ONLY = ['tests/look.test.ts'];
const groups = firefox
  ? [
      {
        name: 'firefox',
        files: ['tests/**/*.test.ts', 'tests/**/*.test.html', '!tests/dist/**', ...CDP_ONLY.map((f) => `!${f}`)],
        browsers: [
          chromeLauncher({
            launchOptions: { browser: 'firefox', executablePath: firefox, headless: true, protocol: 'webDriverBiDi' },
          }),
        ],
      },
    ]
  : [];

/** Test-only routes: a report URL that never answers in time, and one that is not JSON. */
const testRoutes = {
  name: 'hled-test-routes',
  async serve(context) {
    if (context.path.startsWith('/__test/slow.json')) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      return { body: '{}', type: 'json' };
    }
    if (context.path === '/__test/not-json.json') return { body: '<!doctype html><title>Not found</title>', type: 'html' };
    return undefined;
  },
};

/** `executeServerCommand('forced-colors', 'active' | 'none')`: emulates Windows High Contrast. */
const cdpSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'hled-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    // puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
    // The emulation lasts as long as its DevTools session: keep one per page.
    const page = session.browser.getPage(session.id);
    let cdp = cdpSessions.get(page);
    if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload === 'active' ? 'active' : '' }] });
    return true;
  },
};

export default {
  // tests/dist/ tests the built package: web-test-runner.dist.config.mjs runs them after the build.
  files: ['tests/**/*.test.ts', 'tests/**/*.test.html', '!tests/dist/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  browsers,
  groups,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  plugins: [testRoutes, forcedColorsCommand, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    summaryReporter({ outFile: process.env.HLED_SUMMARY_FILE, notes }),
  ],
};
