#!/usr/bin/env node
// `npm run bench`: the five measures of issue 6, in headless Chromium (playwright-core, the
// system's Chromium from scripts/browsers.mjs), pages served gzip-compressed from 127.0.0.1.
//
//   1. bytes (gzip) a host page fetches for <hled-metric>, <hled-pillar>, <hled-report> (+ timeline),
//      in English and Spanish: npm route (an app bundling one element entry with Vite, Lit included)
//      and the CDN file;
//   2. time until the whole report is on screen, as a ratio to the same report as static HTML:
//      static rendering + CDN script, npm app (with and without a modulepreload of its data), CDN;
//   3. first render of <hled-timeline> with 1,000 events, and of 100 <hled-metric>;
//   4. switching the whole report from English to Spanish;
//   5. heap after 1,000 mount/unmount cycles against the heap before.
//
// Timing is informative (machines are noisy): exit 0 whatever the figures, 1 only if the harness
// fails. BENCHMARKS.md explains each method. Options: --runs=N (pairs for measure 2, default 21).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { findChrome, CHROME_ARGS } from '../scripts/browsers.mjs';
import { buildConsumers } from './consumer.mjs';
import { serve } from './server.mjs';

const arg = (name, dflt) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const PAIRS = Math.max(15, arg('runs', 21));
const TIMING_RUNS = 15;
const CYCLES = arg('cycles', 1000);
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1]; // e.g. --only=lab (development)
const KiB = 1024;
const TARGETS = {
  report: 20 * KiB,
  metric: 9 * KiB,
  ratio: 1.2,
  timeline: 50,
  switch: 16,
};

const OUT = 'bench/results';
const BUILD = `${OUT}/build`;
const SITE = `${OUT}/site`;
const results = [];
const pass = (ok) => (ok ? 'PASS' : 'FAIL');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const kib = (b) => `${(b / KiB).toFixed(1)} KiB`;

function log(line = '') {
  console.log(line);
  results.push(line);
}

// --- Build: the package (into a private dist, so builds elsewhere in the tree don't race us), the
// apps that consume it, and the pages.
function buildSite() {
  rmSync(BUILD, { recursive: true, force: true });
  rmSync(SITE, { recursive: true, force: true });
  execFileSync('node', ['scripts/split-data.mjs'], { stdio: 'inherit' });
  const vite = (args) => execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', `${BUILD}/dist`, ...args], { stdio: 'inherit' });
  vite(['--emptyOutDir']);
  vite(['--mode', 'cdn']);
  execFileSync('node', ['scripts/build-ssr.mjs', `${BUILD}/dist`], { stdio: 'inherit' });
}

const page = (lang, head, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>hled bench</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>\n`;

/** Runs after the element has rendered its data: marks the time and adds a painted sentinel. */
const probe = (tag) => `<script type="module">
  await customElements.whenDefined('${tag}');
  await Promise.all([...document.querySelectorAll('${tag}')].map((el) => el.updateComplete));
  window.__rendered = performance.now();
  const s = document.createElement('span'); s.setAttribute('elementtiming', 'done'); s.textContent = '.';
  s.style.cssText = 'position:fixed;top:0;left:0'; // in the viewport: element timing reports only what is
  document.body.append(s);
  window.__done = true;
</script>`;

const ELEMENT_MARKUP = {
  metric: '<hled-metric metric="usaid-investments"></hled-metric>',
  pillar: '<hled-pillar pillar="2"></hled-pillar>',
  timeline: '<hled-timeline></hled-timeline>',
  report: '<hled-report></hled-report>',
};

async function writePages() {
  await buildConsumers(`${BUILD}/dist`, `${SITE}/npm`, ['metric', 'pillar', 'timeline', 'report', 'index']);
  mkdirSync(`${SITE}/cdn`, { recursive: true });
  cpSync(`${BUILD}/dist/hled-widgets.js`, `${SITE}/cdn/hled-widgets.js`);
  for (const [el, markup] of Object.entries(ELEMENT_MARKUP)) {
    for (const lang of ['en', 'es']) {
      const tag = `hled-${el}`;
      writeFileSync(`${SITE}/npm-${el}-${lang}.html`, page(lang, `<script type="module" src="./npm/${el}/index.js"></script>`, markup + probe(tag)));
      writeFileSync(`${SITE}/cdn-${el}-${lang}.html`, page(lang, `<script type="module" src="./cdn/hled-widgets.js"></script>`, markup + probe(tag)));
    }
  }
  // The npm report page again, with the language's data chunk announced in the HTML, so that it
  // downloads alongside the element code instead of after it.
  for (const lang of ['en', 'es']) {
    const preload = `<link rel="modulepreload" href="./npm/report/hled-2023-04-18.${lang}.js">`;
    writeFileSync(`${SITE}/npm-preload-report-${lang}.html`, page(lang, `${preload}<script type="module" src="./npm/report/index.js"></script>`, ELEMENT_MARKUP.report + probe('hled-report')));
  }
  // Static rendering (`hled-widgets render`, dist/ssr.js): the report as declarative shadow DOM in
  // the HTML, and the CDN script, which then takes over the element without repainting it. Like the
  // static page, its sentinel is part of the document; `__rendered` records when the element is live.
  const { renderToString } = await import(resolve(`${BUILD}/dist/ssr.js`));
  for (const lang of ['en', 'es']) {
    const html = await renderToString(ELEMENT_MARKUP.report, { lang });
    const live = `<script type="module">
  await customElements.whenDefined('hled-report');
  const el = document.querySelector('hled-report');
  await el.updateComplete;
  window.__rendered = performance.now();
  window.__live = !el.shadowRoot.querySelector('[part~="loading"]') && el.shadowRoot.querySelectorAll('[part~="event"]').length > 0;
  window.__done = true;
</script>`;
    writeFileSync(
      `${SITE}/ssr-report-${lang}.html`,
      page(lang, '<script type="module" src="./cdn/hled-widgets.js"></script>', `${html}<span elementtiming="done" style="position:fixed;top:0;left:0">.</span>${live}`),
    );
  }
  writeFileSync(`${SITE}/lab.html`, page('en', '<script type="module" src="./npm/index/index.js"></script>', ''));
  writeFileSync(`${SITE}/timeline-1000.json`, JSON.stringify(reportWithEvents(1000)));
}

/** The bundled report with `n` generated events (valid: unique ids, real pillars, ISO dates). */
function reportWithEvents(n) {
  const report = JSON.parse(readFileSync('data/reports/hled-2023-04-18.json', 'utf8'));
  const base = report.events;
  const extra = [];
  for (let i = 0; extra.length + base.length < n; i++) {
    const e = base[i % base.length];
    const y = 2000 + (i % 24);
    const m = String(1 + (i % 12)).padStart(2, '0');
    const d = String(1 + (i % 28)).padStart(2, '0');
    const copy = { ...e, id: `generated-event-${i}`, date: i % 3 === 0 ? `${y}-${m}` : `${y}-${m}-${d}` };
    delete copy.end; // a plain date: a range or season would need to match it
    delete copy.season;
    delete copy.part;
    extra.push(copy);
  }
  report.events = [...base, ...extra];
  return report;
}

// --- Browser helpers

let browser;
async function launch() {
  browser = await chromium.launch({
    executablePath: findChrome(),
    args: [...CHROME_ARGS.filter((a) => !a.startsWith('--headless')), '--js-flags=--expose-gc'],
    headless: true,
  });
}

/** A fresh context (cold cache) per load, like a first visit. */
async function load(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForFunction(() => window.__done === true, null, { timeout: 20_000 });
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { page: p, close: () => context.close() };
}

/** renderTime of the `elementtiming="done"` sentinel: when the frame holding it was painted. */
const sentinelPaint = (p) =>
  p.evaluate(
    () =>
      new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error('no element timing entry')), 10_000);
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.identifier === 'done') resolve(e.renderTime || e.loadTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );

// --- 1. Bytes

async function measureBytes(base) {
  log('1. Bytes a host page fetches (gzip, resource timing encodedBodySize; host HTML excluded)');
  const bytes = {};
  for (const route of ['npm', 'cdn']) {
    for (const el of ['metric', 'pillar', 'timeline', 'report']) {
      for (const lang of ['en', 'es']) {
        const { page: p, close } = await load(`${base}/${route}-${el}-${lang}.html`);
        const entries = await p.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => ({ name: e.name.replace(location.origin, ''), size: e.encodedBodySize })),
        );
        await close();
        const total = entries.reduce((a, e) => a + e.size, 0);
        bytes[`${route}-${el}-${lang}`] = total;
        const target = route === 'npm' && el === 'metric' ? TARGETS.metric : el === 'report' ? TARGETS.report : undefined;
        const verdict = target ? `  target ≤ ${kib(target)}: ${pass(total <= target)}` : '';
        log(
          `   ${route.padEnd(3)} <hled-${el}>`.padEnd(22) +
            ` ${lang}  ${String(total).padStart(6)} B  ${kib(total).padStart(9)}${verdict}   (${entries.map((e) => `${e.name.split('/').pop()} ${e.size}`).join(', ')})`,
        );
      }
    }
  }
  return bytes;
}

// --- 2. Report on screen vs static HTML

async function writeStaticReport(base) {
  for (const lang of ['en', 'es']) {
    const { page: p, close } = await load(`${base}/npm-report-${lang}.html`);
    const { css, html } = await p.evaluate(() => {
      const root = document.querySelector('hled-report').shadowRoot;
      const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      // Lit's marker comments are not content: a hand-written page would not have them.
      return { css, html: root.innerHTML.replace(/<!--[^]*?-->/g, '') };
    });
    await close();
    writeFileSync(
      `${SITE}/static-report-${lang}.html`,
      page(lang, '', `<hled-report><template shadowrootmode="open"><style>${css}</style>${html}</template></hled-report><span elementtiming="done" style="position:fixed;top:0;left:0">.</span><script>window.__done = true</script>`),
    );
  }
}

async function measureOnScreen(base) {
  log(`2. Whole report on screen vs the same report as static HTML (median of ${PAIRS} alternating runs, cold cache each)`);
  const routes = {
    static: 'static-report-en.html',
    ssr: 'ssr-report-en.html',
    npm: 'npm-report-en.html',
    'npm+preload': 'npm-preload-report-en.html',
    cdn: 'cdn-report-en.html',
  };
  const times = Object.fromEntries(Object.keys(routes).map((name) => [name, []]));
  const live = { ssr: [] };
  const fcp = [];
  for (let i = 0; i < PAIRS; i++) {
    for (const [name, file] of Object.entries(routes)) {
      const { page: p, close } = await load(`${base}/${file}`);
      times[name].push(await sentinelPaint(p));
      if (name === 'static') fcp.push(await p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      if (name === 'ssr') {
        const { ok, at } = await p.evaluate(() => ({ ok: window.__live, at: window.__rendered }));
        if (!ok) throw new Error(`${file}: the element did not take over the static content`);
        live.ssr.push(at);
      }
      await close();
    }
  }
  const s = median(times.static);
  log(`   static HTML: all of it painted at ${ms(s)} (first contentful paint ${ms(median(fcp))}), ${(readFileSync(`${SITE}/${routes.static}`).length / KiB).toFixed(0)} KiB of HTML`);
  const ratios = {};
  const label = {
    ssr: 'static rendering + CDN script',
    npm: 'npm app',
    'npm+preload': 'npm app + modulepreload of data',
    cdn: 'CDN file',
  };
  for (const name of ['ssr', 'npm', 'npm+preload', 'cdn']) {
    const t = median(times[name]);
    ratios[name] = t / s;
    const extra = name === 'ssr' ? ` (element live at ${ms(median(live.ssr))}, ${(readFileSync(`${SITE}/${routes.ssr}`).length / KiB).toFixed(0)} KiB of HTML)` : '';
    log(`   ${label[name].padEnd(31)} en: on screen at ${ms(t)} = ${(t / s).toFixed(2)}× static   target ≤ ${TARGETS.ratio}×: ${pass(t / s <= TARGETS.ratio)}${extra}`);
  }
  return ratios;
}

// --- 3, 4, 5 on one page with every element (the npm `index` entry bundled), data preloaded.

async function lab(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${base}/lab.html`, { waitUntil: 'load' });
  await p.waitForFunction(() => customElements.get('hled-report') && customElements.get('hled-timeline'));
  // Preload: the 1,000-event file (fetched and validated once), and the bundled data in both languages.
  await p.evaluate(async () => {
    const preload = async (markup) => {
      const d = document.createElement('div');
      d.innerHTML = markup;
      document.body.append(d);
      await Promise.all([...d.children].map((el) => el.updateComplete));
      d.remove();
    };
    await preload('<hled-timeline src="./timeline-1000.json"></hled-timeline>');
    await preload('<hled-report lang="en"></hled-report><hled-report lang="es"></hled-report><hled-metric lang="en" metric="usaid-investments"></hled-metric><hled-metric lang="es" metric="usaid-investments"></hled-metric>');
  });

  log(`3. First render, data already loaded (median of ${TIMING_RUNS}; time from insertion to updateComplete, then to layout done)`);
  const render = await p.evaluate(
    async ({ runs }) => {
      const ids = ['usaid-investments', 'mdrc-trainees', 'e3-students'];
      const time = async (build) => {
        const out = { update: [], layout: [] };
        for (let i = 0; i < runs; i++) {
          const host = document.createElement('div');
          const t0 = performance.now();
          const els = build(host);
          document.body.append(host);
          await Promise.all(els.map((el) => el.updateComplete));
          const t1 = performance.now();
          void document.body.offsetHeight; // style and layout of what was rendered
          const t2 = performance.now();
          out.update.push(t1 - t0);
          out.layout.push(t2 - t0);
          host.remove();
          await new Promise((r) => setTimeout(r, 20));
        }
        return out;
      };
      const timeline = await time((host) => {
        const el = document.createElement('hled-timeline');
        el.src = './timeline-1000.json';
        host.append(el);
        return [el];
      });
      const events = await (async () => {
        const el = document.createElement('hled-timeline');
        el.src = './timeline-1000.json';
        document.body.append(el);
        await el.updateComplete;
        const n = el.shadowRoot.querySelectorAll('li.event').length;
        el.remove();
        return n;
      })();
      const metrics = await time((host) => {
        const els = [];
        for (let i = 0; i < 100; i++) {
          const el = document.createElement('hled-metric');
          el.metric = ids[i % ids.length];
          host.append(el);
          els.push(el);
        }
        return els;
      });
      return { timeline, metrics, events };
    },
    { runs: TIMING_RUNS },
  );
  const tl = median(render.timeline.layout);
  log(`   <hled-timeline> with ${render.events} events: ${ms(median(render.timeline.update))} to updateComplete, ${ms(tl)} with layout   target ≤ ${TARGETS.timeline} ms: ${pass(tl <= TARGETS.timeline)}`);
  log(`   100 <hled-metric>: ${ms(median(render.metrics.update))} to updateComplete, ${ms(median(render.metrics.layout))} with layout`);

  log(`4. Language switch of the whole <hled-report>, en → es, both languages loaded (median of ${TIMING_RUNS}; lang attribute set → updateComplete, then layout)`);
  const sw = await p.evaluate(async ({ runs }) => {
    const el = document.createElement('hled-report');
    el.lang = 'en';
    document.body.append(el);
    await el.updateComplete;
    const out = { update: [], layout: [], spanish: true };
    for (let i = 0; i < runs; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const t0 = performance.now();
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      const t1 = performance.now();
      void document.body.offsetHeight;
      out.update.push(t1 - t0);
      out.layout.push(performance.now() - t0);
      out.spanish &&= el.shadowRoot.querySelector('article')?.getAttribute('lang') === 'es';
      el.setAttribute('lang', 'en');
      await el.updateComplete;
    }
    el.remove();
    return out;
  }, { runs: TIMING_RUNS });
  const swt = median(sw.update);
  log(`   ${ms(swt)} to updateComplete, ${ms(median(sw.layout))} with layout${sw.spanish ? '' : ' (NOT Spanish afterwards!)'}   target ≤ ${TARGETS.switch} ms (updateComplete): ${pass(swt <= TARGETS.switch && sw.spanish)}`);

  log(`5. Memory: mount/unmount cycles, ${CYCLES} to warm up then 4 × ${Math.max(1, Math.round(CYCLES / 2))} measured (each: one <hled-metric>, <hled-pillar>, <hled-timeline>, <hled-report>, alternating en/es)`);
  const cdp = await context.newCDPSession(p);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { usedSize, nodes, jsEventListeners };
  };
  const cycle = (n) =>
    p.evaluate(async (count) => {
      const markup = (lang) =>
        `<hled-metric lang="${lang}" metric="usaid-investments"></hled-metric><hled-pillar lang="${lang}" pillar="2"></hled-pillar><hled-timeline lang="${lang}"></hled-timeline><hled-report lang="${lang}"></hled-report>`;
      for (let i = 0; i < count; i++) {
        const d = document.createElement('div');
        d.innerHTML = markup(i % 2 ? 'es' : 'en');
        document.body.append(d);
        await Promise.all([...d.children].map((el) => el.updateComplete));
        d.remove();
      }
    }, n);
  await cycle(CYCLES); // warm-up: caches, formatters, compiled templates, optimised code
  // Then four batches of CYCLES/2, heap after GC at each step. A leak grows by the same amount in
  // every batch; V8 settling (code, inline caches) fades batch after batch, with one-off jumps.
  const BATCH = Math.max(1, Math.round(CYCLES / 2));
  const steps = [await heap()];
  const t0 = Date.now();
  for (let b = 0; b < 4; b++) {
    await cycle(BATCH);
    steps.push(await heap());
  }
  const secs = (Date.now() - t0) / 1000 / (4 * BATCH) * 1000;
  const growths = steps.slice(1).map((s, i) => s.usedSize - steps[i].usedSize);
  const signed = (b) => `${b >= 0 ? '+' : ''}${(b / KiB).toFixed(1)} KiB`;
  const [before, last] = [steps[0], steps[steps.length - 1]];
  log(`   heap after GC: ${kib(before.usedSize)} after the warm-up, then per ${BATCH} cycles ${growths.map(signed).join(', ')} (${signed(last.usedSize - before.usedSize)} in all); ${secs.toFixed(1)} s per 1000 cycles`);
  log(`   DOM nodes ${steps.map((s) => s.nodes).join(' → ')}, JS event listeners ${steps.map((s) => s.jsEventListeners).join(' → ')}`);
  // 32 bytes a cycle: one leaked element (its shadow DOM, several KB) a cycle would show as megabytes.
  // Judged on the net of the last two batches: a leak adds up in every batch, while the heap's own
  // ups and downs (one batch +40 KiB, the next -20) cancel out.
  const allowed = 32 * 2 * BATCH;
  const net = growths.slice(-2).reduce((a, b) => a + b, 0);
  const ok = net <= allowed && last.nodes <= before.nodes && last.jsEventListeners <= before.jsEventListeners;
  log(`   target no growth (last ${2 * BATCH} cycles ${signed(net)}, ≤ ${kib(allowed)} i.e. 32 B a cycle; DOM nodes and listeners back): ${pass(ok)}`);
  if (errors.length) throw new Error(`lab page: ${errors.join('; ')}`);
  await context.close();
}

async function main() {
  const started = Date.now();
  console.log('Building the package and the pages…');
  buildSite();
  await writePages();
  const server = await serve(SITE);
  await launch();
  try {
    log(`hled-widgets benchmark — ${new Date().toISOString()}`);
    log(`Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores; Node ${process.version}; Chromium ${browser.version()} (headless); served gzip -9 from ${server.url}`);
    log();
    if (!ONLY) {
      await measureBytes(server.url);
      log();
      await writeStaticReport(server.url);
      await measureOnScreen(server.url);
      log();
    }
    await lab(server.url);
    log();
    log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s. Timing figures are informative: this exits 0 whatever they are.`);
    writeFileSync(`${OUT}/latest.txt`, `${results.join('\n')}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(`bench failed: ${e.stack ?? e}`);
  process.exit(1);
});
