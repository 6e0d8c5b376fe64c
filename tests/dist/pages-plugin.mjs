// A @web/test-runner plugin that lets a browser test open a real, separate top-level page in the same
// Chromium (through puppeteer) and inspect it: the test page itself cannot carry a strict CSP (the
// runner injects inline scripts into it), cannot turn its own JavaScript off, and cannot see the
// console of another page. Commands (from `executeServerCommand`):
//   hled-page-open  { url, javaScript = true, cache = true }  → { id }   records console errors, page errors,
//                   failed requests and `securitypolicyviolation` events from before the first script
//   hled-page-eval  { id, fn }                  → { value }: the JSON result of `(${fn})()` in the page
//   hled-page-close { id }                      → { consoleErrors, pageErrors, failedRequests, violations, warnings }
//   hled-frame-eval { url, fn }                 → { value }: `(${fn})()` in the first frame of the test page
//                   whose address starts with `url` (a cross-origin frame too), or { missing: true }
const pages = new Map();
let next = 0;

export function pagesPlugin() {
  return {
    name: 'hled-pages',
    async executeCommand({ command, payload, session }) {
      if (command === 'hled-page-open') {
        const testPage = session.browser.getPage(session.id);
        const page = await testPage.browserContext().newPage();
        const record = { consoleErrors: [], warnings: [], pageErrors: [], failedRequests: [], violations: [] };
        page.on('console', (m) => {
          if (m.type() === 'error') record.consoleErrors.push(m.text());
          if (m.type() === 'warn' || m.type() === 'warning') record.warnings.push(m.text());
        });
        page.on('pageerror', (e) => record.pageErrors.push(String(e?.message ?? e)));
        page.on('requestfailed', (r) => record.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
        page.on('response', (r) => {
          if (r.status() >= 400) record.failedRequests.push(`${r.url()} HTTP ${r.status()}`);
        });
        // Injected by the DevTools protocol before any of the page's own scripts, and not subject
        // to its CSP: a listener for every violation the page's policy reports.
        await page.exposeFunction('__hledViolation', (v) => record.violations.push(v));
        await page.evaluateOnNewDocument(() => {
          document.addEventListener('securitypolicyviolation', (e) =>
            globalThis.__hledViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
          );
        });
        if (payload.javaScript === false) await page.setJavaScriptEnabled(false);
        if (payload.cache === false) await page.setCacheEnabled(false);
        const base = new URL(testPage.url()).origin;
        await page.goto(new URL(payload.url, base).href, { waitUntil: 'load' });
        const id = String(++next);
        pages.set(id, { page, record });
        return { id };
      }
      if (command === 'hled-page-eval') {
        const { page } = pages.get(payload.id);
        // Wrapped: a command that returns null or undefined counts as not handled.
        return { value: await page.evaluate(`(${payload.fn})()`) };
      }
      if (command === 'hled-frame-eval') {
        const testPage = session.browser.getPage(session.id);
        const frame = testPage.frames().find((f) => f.url().startsWith(payload.url));
        if (!frame) return { missing: true };
        return { value: await frame.evaluate(`(${payload.fn})()`) };
      }
      if (command === 'hled-page-close') {
        const entry = pages.get(payload.id);
        pages.delete(payload.id);
        await entry.page.close();
        return entry.record;
      }
      return undefined;
    },
  };
}

/** Sends `Content-Security-Policy` (a real response header) with every file under /tests/dist/csp/. */
export const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export function cspMiddleware(ctx, next) {
  return next().then(() => {
    if (ctx.path.startsWith('/tests/dist/csp/')) ctx.set('Content-Security-Policy', CSP);
  });
}

/**
 * The frame page under the strict CSP above, in any browser: `/__csp/dist/<file>` serves
 * `/dist/<file>` with that header and a `report-uri`, which every engine supports; the reports are
 * kept and read back from `/__test/csp-reports` (and cleared with `?clear`). `/__csp/__test/violation.html`
 * is a page with an inline script, which the policy must refuse: the check that reports arrive.
 */
const reports = [];

function readBody(req) {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => resolve(body));
  });
}

export async function cspReports(ctx, next) {
  if (ctx.path === '/__test/csp-report' && ctx.method === 'POST') {
    const body = await readBody(ctx.req);
    try {
      const report = JSON.parse(body)['csp-report'] ?? JSON.parse(body);
      reports.push(`${report['effective-directive'] ?? report['violated-directive']} blocked ${report['blocked-uri'] || 'inline'} in ${report['document-uri']}`);
    } catch {
      reports.push(`unreadable report: ${body.slice(0, 200)}`);
    }
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/__test/csp-reports') {
    ctx.type = 'json';
    ctx.body = JSON.stringify(reports);
    if ('clear' in ctx.query) reports.length = 0;
    return;
  }
  if (!ctx.path.startsWith('/__csp/')) return next();
  const policy = `${CSP}; report-uri /__test/csp-report`;
  if (ctx.path === '/__csp/__test/violation.html') {
    ctx.type = 'html';
    ctx.body = '<!doctype html><title>violation</title><script>document.title = "ran"</script>';
    ctx.set('Content-Security-Policy', policy);
    return;
  }
  ctx.url = ctx.url.slice('/__csp'.length);
  await next();
  // Only the pages: a module script's own response needs no policy of its own.
  if (ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', policy);
}
