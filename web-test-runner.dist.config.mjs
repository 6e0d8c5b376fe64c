// Tests of the built package (run after `npm run build`): the CDN file, the npm entries, the
// example host pages. Same browsers as the unit tests, but no TypeScript sources involved.
// tests/dist/pages-plugin.mjs lets a test open separate real pages: with a strict CSP header
// (served here for /tests/dist/csp/), with JavaScript off, with their console recorded.
import base from './web-test-runner.config.mjs';
import { pagesPlugin, cspMiddleware } from './tests/dist/pages-plugin.mjs';

export default {
  ...base,
  files: ['tests/dist/**/*.test.html', 'tests/dist/**/*.test.ts'],
  // Chromium only for now: pages-plugin.mjs drives pages through puppeteer's CDP-only features
  // (exposeFunction, evaluateOnNewDocument, setJavaScriptEnabled).
  groups: [],
  // Chromium only: the unit tests' Firefox group would otherwise run the unit test files again.
  groups: [],
  middleware: [...(base.middleware ?? []), cspMiddleware],
  plugins: [...(base.plugins ?? []), pagesPlugin()],
};
