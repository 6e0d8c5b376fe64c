// Tests of the built package (run after `npm run build`): the CDN file, the npm entries, the
// example host pages, in Chromium only, with no TypeScript sources involved.
// tests/dist/pages-plugin.mjs lets a test open separate real pages: with a strict CSP header
// (served here for /tests/dist/csp/), with JavaScript off, with their console recorded.
import { defaultReporter } from '@web/test-runner';
import base, { otherBrowserGroups } from './web-test-runner.config.mjs';
import { pagesPlugin, cspMiddleware, cspReports } from './tests/dist/pages-plugin.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { readFileSync } from 'node:fs';
import { importMapObject } from './scripts/sri.mjs';

/**
 * Every file of the script-tag build's chunks and data (dist/cdn/) answers 150 ms late, as over a
 * slow line: a file the loader did not start at once, but only once another arrived, then starts
 * visibly after that one's end (tests/dist/loader.test.ts).
 */
async function slowChunks(ctx, next) {
  if (ctx.path.startsWith('/dist/cdn/')) await new Promise((resolve) => setTimeout(resolve, 150));
  return next();
}

/**
 * `/__test/sri-importmap.json`: the import map `node scripts/sri.mjs --importmap /dist/` prints, as
 * JSON, for dist/ as built (tests/dist/sri.test.ts puts it in a page).
 */
const sriImportMap = {
  name: 'hled-sri-importmap',
  serve(context) {
    if (context.path !== '/__test/sri-importmap.json') return undefined;
    return { body: JSON.stringify(importMapObject('/dist/', JSON.parse(readFileSync('dist/sri.json', 'utf8')).files)), type: 'json' };
  },
};

/**
 * Every file runs in Chromium; in Firefox and WebKit, only the files that need none of puppeteer's
 * CDP-only features (pages-plugin.mjs: exposeFunction, evaluateOnNewDocument, setJavaScriptEnabled):
 * the frame page's, which a host page frames from another origin.
 */
const { groups, notes } = otherBrowserGroups(['tests/dist/frame.test.ts']);

export default {
  ...base,
  files: ['tests/dist/**/*.test.html', 'tests/dist/**/*.test.ts'],
  groups,
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    summaryReporter({ outFile: process.env.HLED_SUMMARY_FILE, notes }),
  ],
  middleware: [...(base.middleware ?? []), cspMiddleware, cspReports, slowChunks],
  plugins: [...(base.plugins ?? []), pagesPlugin(), sriImportMap],
};
