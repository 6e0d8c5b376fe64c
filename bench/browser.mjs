// The bench's browser side: headless Chromium (playwright-core, the system's Chromium from
// scripts/browsers.mjs), a fresh context (cold cache) per page load, and what the page fetched as
// Chromium's network layer saw it (CDP `Network.*` events, not the page's own Resource Timing).
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/browsers.mjs';

let browser;

export async function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROME_PATH)');
  browser = await chromium.launch({ executablePath, args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')), headless: true });
  return browser.version();
}

export const closeBrowser = () => browser?.close();

/**
 * Loads `url` in a new context and waits for the page's own probe to set `window.__done`.
 * `network`: CDP Network.emulateNetworkConditions parameters (latency, throughputs), or none.
 * `settle`: wait for the network to rest before listing requests (for byte counts; timing runs
 * need not). `allowErrors`: don't fail on console errors (a peer's own warnings).
 * Resolves to { page, requests, paint(), close() }: `requests` are every request but the host
 * document, each { url, path, type, bytes (response body as sent: gzip), depth, failed };
 * `depth` is the round trip it sits at (the host HTML is 1, what it names 2, what those start 3…),
 * from the initiator Chromium records (parser or the script's call stack); `late`: requested after
 * the page's probe saw everything rendered (`window.__doneAt`).
 */
export async function load(url, { network, timeout = 30_000, allowErrors = false, settle = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, connectionType: 'cellular4g', ...network });
  const byId = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    byId.set(e.requestId, { url: e.request.url, type: e.type, initiator: e.initiator, pending: true, bytes: 0, wire: 0 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = byId.get(e.requestId);
    if (!r) return;
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.status = e.response.status;
    r.bytes = Number(h['content-length'] ?? NaN);
    r.mime = e.response.mimeType;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = byId.get(e.requestId);
    if (!r) return;
    r.pending = false;
    r.wire = e.encodedDataLength; // body + headers
    if (Number.isNaN(r.bytes)) r.bytes = e.encodedDataLength; // no content-length: headers included, an overestimate
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = byId.get(e.requestId);
    if (!r) return;
    r.pending = false;
    r.failed = e.errorText;
  });

  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForFunction(() => window.__done === true, null, { timeout });
  // Whatever the page fetches on its own afterwards counts too (the elements load the report's
  // source sentences in an idle callback): let idle callbacks registered so far run (they run in
  // order, so ours comes after the elements'), then wait for the network to rest.
  if (settle) {
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(), { timeout: 10_000 })));
    for (let quiet = 0, t = Date.now(); quiet < 5; ) {
      if (Date.now() - t > 15_000) throw new Error(`${url}: the network did not come to rest: ${[...byId.values()].filter((r) => r.pending).map((r) => r.url).join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
      quiet = [...byId.values()].some((r) => r.pending) ? 0 : quiet + 1;
    }
  }
  const { problem, doneAt, starts } = await page.evaluate(() => ({
    problem: window.__problem,
    doneAt: window.__doneAt,
    starts: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]),
  }));
  const startOf = new Map(starts);
  if (problem) errors.push(problem);
  if (errors.length && !allowErrors) {
    await context.close();
    throw new Error(`${url}: ${errors.join('; ')}`);
  }

  const all = [...byId.values()];
  const doc = all.find((r) => r.type === 'Document');
  const depthOf = new Map([[doc?.url, 1]]);
  const parentOf = (r) => {
    const i = r.initiator ?? {};
    for (let s = i.stack; s; s = s.parent) for (const f of s.callFrames) if (f.url) return f.url;
    return i.url ?? doc?.url;
  };
  const depth = (r, seen = 0) => {
    if (depthOf.has(r.url)) return depthOf.get(r.url);
    const parent = all.find((p) => p.url === parentOf(r));
    const d = parent && parent !== r && seen < 20 ? depth(parent, seen + 1) + 1 : 2;
    depthOf.set(r.url, d);
    return d;
  };
  const origin = new URL(url).origin;
  const requests = all
    .filter((r) => r !== doc)
    .map((r) => ({ url: r.url, path: r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url, type: r.type, mime: r.mime, status: r.status, bytes: r.failed ? 0 : r.bytes, wire: r.wire, depth: depth(r), failed: r.failed, late: doneAt !== undefined && startOf.get(r.url) > doneAt }));

  return {
    page,
    requests,
    /** When the page's `elementtiming="done"` sentinel was painted (ms since navigation start). */
    paint: () =>
      page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error('no element timing entry for the sentinel')), 10_000);
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) if (e.identifier === 'done') resolve(e.renderTime || e.loadTime);
            }).observe({ type: 'element', buffered: true });
          }),
      ),
    close: () => context.close(),
  };
}

/** A page in a fresh context, with a CDP session, collecting page errors. */
export async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { page, cdp: await context.newCDPSession(page), errors, close: () => context.close() };
}

/** Loads `url` and returns its sentinel's paint time. */
export async function paintTime(url, options) {
  const l = await load(url, { settle: false, ...options });
  try {
    return { at: await l.paint(), extra: await l.page.evaluate(() => window.__extra ?? null) };
  } finally {
    await l.close();
  }
}
