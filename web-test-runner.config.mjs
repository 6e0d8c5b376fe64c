// Browser tests: headless Chromium (Debian's, or CHROME_PATH) driven by puppeteer-core, plus two
// more browser groups when installed: Firefox ESR through WebDriver BiDi, and WebKit (Safari's engine:
// WebKitGTK's MiniBrowser) through WebKitWebDriver, which the WebKit launcher starts under Xvfb and
// stops itself. A group that does not run says so in the output (see optionalBrowsers()).
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome, optionalBrowsers, CHROME_ARGS } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { LATEST } from './scripts/reports.mjs';
import { webkitLauncher } from './scripts/webkit.mjs';

// The browsers run in Mexico City's time zone (UTC−6), where readers are, unless TZ says otherwise:
// a date formatted in the reader's zone instead of the report's calendar day would show the day
// before ("February 14" for 2023-02-15), and a test machine in UTC would never see it.
process.env.TZ ??= 'America/Mexico_City';

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

// Firefox ESR and WebKit run every unit test file but those that need Chromium's DevTools protocol:
// tests/look.test.ts emulates print media and forced colors (emulateMedia from
// @web/test-runner-commands, and a CDP session), which neither Firefox's WebDriver BiDi nor
// WebKitWebDriver offers. HLED_FIREFOX=0 / HLED_WEBKIT=0 turn a group off.
const { firefox, webkit, notes } = optionalBrowsers();
const CDP_ONLY = ['tests/look.test.ts'];
const UNIT_FILES = ['tests/**/*.test.ts', 'tests/**/*.test.html', '!tests/dist/**'];

/**
 * The Firefox and WebKit groups for `files` (the Chromium group is the config's `browsers`), and a
 * line for each that does not run. Also used by web-test-runner.dist.config.mjs for the built
 * package's tests that need no DevTools protocol.
 */
export function otherBrowserGroups(files) {
  const groups = [];
  if (firefox)
    groups.push({
      name: 'firefox',
      files,
      browsers: [
        chromeLauncher({
          launchOptions: { browser: 'firefox', executablePath: firefox, headless: true, protocol: 'webDriverBiDi' },
          // One page at a time: Firefox opens each page as a tab of one window, and a background tab
          // never gets the keys a test sends (tests/controls.test.ts waited forever for its Tab).
          concurrency: 1,
        }),
      ],
    });
  if (webkit) groups.push({ name: 'webkit', files, browsers: [webkitLauncher(webkit)] });
  return { groups, notes };
}

const { groups } = otherBrowserGroups([...UNIT_FILES, ...CDP_ONLY.map((f) => `!${f}`)]);

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

/**
 * Test-only routes that need a status or a delay (a middleware: plugins' `serve` always answers
 * 200): the bundled report after `ms` milliseconds (`/__test/delayed.json?ms=N&mark=X`, for races
 * between two `src`), and `/__test/flaky?key=K`, which fails with HTTP 503 the first time each key asks
 * and answers the report afterwards (for retries). No file
 * extension in that path: the test runner marks such responses cacheable for a year, and browsers
 * would then serve the 503 again from their cache.
 */
const flakyKeys = new Set();
async function testMiddleware(context, next) {
  if (context.path === '/__test/delayed.json') {
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 500)));
    const report = JSON.parse(readFileSync(`data/reports/${LATEST}.json`, 'utf8'));
    // `mark=X`: the e3-students label reads "students (X)", to tell two answers apart.
    if (context.query.mark) report.metrics.find((m) => m.id === 'e3-students').label.en = `students (${context.query.mark})`;
    context.type = 'json';
    context.body = JSON.stringify(report);
    return;
  }
  if (context.path === '/__test/flaky') {
    const key = String(context.query.key);
    if (!flakyKeys.has(key)) {
      flakyKeys.add(key);
      context.status = 503;
      context.body = 'try again';
      return;
    }
    context.type = 'json';
    context.body = readFileSync(`data/reports/${LATEST}.json`, 'utf8');
    return;
  }
  await next();
}

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: emulates Windows High Contrast.
 * `executeServerCommand('pointer', 'coarse' | 'none')`: emulates a touch screen's pointer (the
 * `pointer` and `any-pointer` media features; 'none' ends the emulation).
 */
const cdpSessions = new WeakMap();
const FEATURES = { 'forced-colors': (v) => [['forced-colors', v === 'active' ? 'active' : '']], pointer: () => [] };
const mediaFeatures = new WeakMap();
const forcedColorsCommand = {
  name: 'hled-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (!(command in FEATURES)) return undefined;
    // puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
    // The emulation lasts as long as its DevTools session: keep one per page. One call sets every
    // emulated feature, so the page's others are sent again with this one.
    const page = session.browser.getPage(session.id);
    let cdp = cdpSessions.get(page);
    if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
    const features = mediaFeatures.get(page) ?? new Map();
    mediaFeatures.set(page, features);
    if (command === 'pointer') {
      // Chromium's media emulation has no pointer feature: touch emulation (DevTools' device
      // mode) is what makes the page match pointer: coarse.
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: payload === 'coarse', maxTouchPoints: 1 });
      return true;
    }
    for (const [name, value] of FEATURES[command](payload)) features.set(name, value);
    await cdp.send('Emulation.setEmulatedMedia', { features: [...features].map(([name, value]) => ({ name, value })) });
    return true;
  },
};

/**
 * The test page: Lit's development build (the `development` condition, for its extra checks) says
 * "Lit is in dev mode" once per page, in every test file of every browser. Its known warnings are
 * silenced by code through `litIssuedWarnings`, set before Lit loads; every other warning still shows.
 */
const testRunnerHtml = (testFramework) =>
  `<!doctype html><html><head><script type="module">globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>` +
  `<body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  testRunnerHtml,
  // tests/dist/ tests the built package: web-test-runner.dist.config.mjs runs them after the build.
  files: UNIT_FILES,
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  middleware: [testMiddleware],
  browsers,
  groups,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: Number(process.env.HLED_FINISH_TIMEOUT ?? 180000),
  plugins: [testRoutes, forcedColorsCommand, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    summaryReporter({ outFile: process.env.HLED_SUMMARY_FILE, notes }),
  ],
};
