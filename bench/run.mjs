#!/usr/bin/env node
// `npm run bench`: issue 9's measures, through the routes a site really uses, in headless Chromium
// (the system's, scripts/browsers.mjs), every page served gzip -9 from 127.0.0.1 (bench/server.mjs),
// a fresh browser context (cold cache) for every load.
//
//   1. bytes per page (gzip), each element of src/elements.json, English and Spanish: the script tag
//      (dist/hled-widgets.js, the loader, and what it fetches from dist/cdn/), counted from
//      Chromium's network events, with the requests and the longest request chain, and checked
//      against size-limit's figure; the npm route (an app bundling one element, bench/consumer.mjs);
//   2. the whole report on screen, script tag, against the same report as static HTML
//      (`hled-widgets render`), median of alternating runs;
//   3. one figure on a slow line (CDP: 150 ms round trip, 1.6 Mbps down), script tag against static;
//   4. <hled-timeline> against TimelineJS 3 and vis-timeline showing the same events;
//   5. what the build's chunks weigh (gzip), and Lit's share of the shared chunk, from source maps;
//   6. issue 6's in-page measures (bench/lab.mjs): 1,000-event timeline and 100 metrics first
//      render, language switch, heap after mount/unmount cycles; issue 20's long lists: a timeline
//      of 100 / 1,000 / 5,000 events against a plain <ol> of the same texts (the floor).
//
// Timings are informative (shared machines are noisy): this exits 0 whatever the figures, 1 only if
// the harness breaks. It writes bench/results/latest.txt and bench/results/latest.md (markdown
// tables, ready to paste into BENCHMARKS.md); --markdown also prints the markdown.
//
// Options: --runs=N (measure 2, pairs, ≥ 15), --slow-runs=N (measure 3, ≥ 7), --peer-runs=N
// (measure 4, ≥ 5), --cycles=N (measure 6, warm-up; then 4 × N/2),
// --only=bytes,screen,slow,peers,build,lab; --build (always rebuild) / --no-build (never): by
// default it runs `npm run build` when dist/ is missing or older than a source of it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { launch, load, paintTime, closeBrowser } from './browser.mjs';
import { lab, writeLab } from './lab.mjs';
import { ELEMENTS, LANGS, REPORT, nameOf, markupOf, writeSite } from './pages.mjs';
import { serve } from './server.mjs';
import { composition, gzipSizes, gz } from './sizes.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt, min) => Math.max(min, Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt));
const RUNS = opt('runs', 15, 15);
const SLOW_RUNS = opt('slow-runs', 9, 7);
const PEER_RUNS = opt('peer-runs', 7, 5);
const LAB_RUNS = 9;
const CYCLES = opt('cycles', 400, 10);
const ONLY = argv.find((a) => a.startsWith('--only='))?.split('=')[1].split(',');
const doing = (m) => !ONLY || ONLY.includes(m);
const MARKDOWN = argv.includes('--markdown');

const KiB = 1024;
/** Issue 9's targets. Bytes: KiB gzip a page fetches, JS + data, host HTML excluded. */
const TARGETS = {
  bytes: {
    'metric-en': { tag: 9, npm: 9 },
    'metric-es': { tag: 9, npm: 9 },
    'report-en': { tag: 20 },
    'report-es': { tag: 22 },
    'agency-en': { tag: 12 },
    'agency-es': { tag: 12 },
  },
  screen: 1.2, // whole report on screen ÷ static HTML
  slow: { ratio: 2, bare: 2.3 }, // one figure on the slow line ÷ static HTML: with the builder's preload lines, and without (issue 20)
  timeline: 50, // ms, 1,000 events, with layout (issue 6)
  listRatio: 2, // 1,000 events on screen ÷ a plain <ol> of the same texts (issue 20)
  list1000: 300, // ms, 1,000 events on screen (issue 20)
  switch: 16, // ms, en → es, to updateComplete (issue 6)
  heapPerCycle: 32, // bytes a mount/unmount cycle, net over the last two batches (issue 6)
};
/** CDP Network.emulateNetworkConditions: issue 9's slow line (upload: not specified, 750 kbps). */
const SLOW_LINE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const OUT = 'bench/results';
const SITE = `${OUT}/site`;

// --- Output: every section as text (terminal, latest.txt) and markdown (latest.md).

const out = { text: [], md: [] };
/** Markdown: element names (`<hled-metric …>`) in code spans, or they would be read as HTML. */
const md = (line) => line.replace(/`[^`]*`|(<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>)/g, (m, tag) => (tag ? `\`${tag}\`` : m));
const say = (line = '') => {
  console.log(line);
  out.text.push(line);
  out.md.push(md(line));
};
let sectionStart = null;
/** Console only: how long the section just finished took. */
const sectionTime = () => sectionStart && console.log(`   (${((Date.now() - sectionStart) / 1000).toFixed(0)} s)`);
function heading(title) {
  sectionTime();
  sectionStart = Date.now();
  console.log(`\n${title}`);
  out.text.push('', title);
  out.md.push('', `### ${md(title)}`, '');
}
/** A line of the run's description: a list item in markdown. */
function meta(line) {
  console.log(line);
  out.text.push(line);
  out.md.push(`- ${md(line)}`);
}
function note(line, { bullet = false } = {}) {
  console.log(`   ${line}`);
  out.text.push(`   ${line}`);
  out.md.push(bullet ? `- ${md(line)}` : md(line), ...(bullet ? [] : ['']));
}
function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const text = cells.map((r) => `   ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`.trimEnd());
  text.splice(1, 0, `   ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  console.log(text.join('\n'));
  out.text.push(...text);
  const last = headers.length - 1;
  out.md.push(
    '',
    `| ${headers.join(' | ')} |`,
    `|${headers.map((_, i) => (i === 0 || (i === last && /verdict/.test(headers[i])) ? '---' : '--:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map((c) => md(String(c ?? '')).replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
  );
}

const kib = (b) => (b / KiB).toFixed(1);
const ms = (x) => `${Math.round(x)} ms`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
  return `${Math.round(q(0.25))}–${Math.round(q(0.75))}`;
};
/** "met (1.2 KiB to spare)" / "MISSED by 1.2 KiB". */
const bytesVerdict = (bytes, targetKiB) => {
  if (targetKiB === undefined) return ['—', ''];
  const d = targetKiB * KiB - bytes;
  return [`≤ ${targetKiB} KiB`, d >= 0 ? `met (${kib(d)} KiB to spare)` : `MISSED by ${kib(-d)} KiB`];
};
const ratioVerdict = (r, target) => (r <= target ? `met (${(target - r).toFixed(2)}× to spare)` : `MISSED by ${(r - target).toFixed(2)}×`);

// --- 1. Bytes

/** size-limit's own figures (its config, .size-limit.mjs, reads the same dist/ and bench/results/size/). */
function sizeLimit() {
  let stdout;
  try {
    stdout = execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    stdout = e.stdout; // over a budget: exit 1, JSON all the same
  }
  try {
    return Object.fromEntries(JSON.parse(stdout).map((r) => [r.name, r.size]));
  } catch {
    return {};
  }
}

/** The files size-limit counts for a page, as the server's paths (to name what it leaves out). */
async function sizeLimitFiles() {
  const { default: entries } = await import(`${process.cwd()}/.size-limit.mjs`);
  return Object.fromEntries(
    entries.map((e) => [e.name, e.path.map((p) => p.replace(/^dist\//, '/').replace(/^bench\/results\/size\//, '/npm/'))]),
  );
}

async function measureBytes(base, pages) {
  heading(`1. Bytes per page (gzip -9 as served; JS + data, host HTML excluded; counted from Chromium's network events)`);
  const limits = sizeLimit();
  const limitFiles = await sizeLimitFiles();
  const result = {};
  for (const route of ['tag', 'npm']) {
    const rows = [];
    const notes = {}; // why the network and size-limit differ → the pages
    for (const e of ELEMENTS) {
      for (const lang of LANGS) {
        const key = `${nameOf(e)}-${lang}`;
        const l = await load(`${base}/${pages[route][key]}`);
        const { requests } = l;
        await l.close();
        const failed = requests.filter((r) => r.failed || r.status >= 400);
        if (failed.length) throw new Error(`${pages[route][key]}: ${failed.map((r) => `${r.path} ${r.failed ?? r.status}`).join(', ')}`);
        const total = requests.reduce((a, r) => a + r.bytes, 0);
        const late = requests.filter((r) => r.late).reduce((a, r) => a + r.bytes, 0);
        const depth = Math.max(1, ...requests.map((r) => r.depth));
        const depthFirst = Math.max(1, ...requests.filter((r) => !r.late).map((r) => r.depth));
        const [target, verdict] = bytesVerdict(total, TARGETS.bytes[key]?.[route]);
        const slName = `<${e.tag}>, ${lang}, ${route === 'tag' ? 'script tag' : 'npm app'}`;
        const sl = limits[slName];
        result[`${route}-${key}`] = { total, late, requests, depth };
        rows.push([
          `${markupOf(e).replace(/><\/.*$/, '>')} ${lang}`,
          `${kib(total)} KiB`,
          late ? `${kib(late)} KiB` : '0',
          requests.length,
          depth === depthFirst ? depth : `${depthFirst} (${depth})`,
          sl === undefined ? 'n/a' : `${kib(sl)} KiB${sl === total ? ' (=)' : ` (${total > sl ? '+' : ''}${total - sl} B)`}`,
          target,
          verdict,
        ]);
        if (sl !== undefined && sl !== total) {
          const named = new Set(limitFiles[slName] ?? []);
          const extra = requests.filter((r) => !named.has(r.path)).map((r) => `${r.path.split('/').pop()} ${r.bytes} B${r.late ? ' (late)' : ''}`);
          const missing = [...named].filter((p) => !requests.some((r) => r.path === p)).map((p) => p.split('/').pop());
          const why = `fetched ${extra.length ? extra.join(', ') : 'nothing more'} beyond size-limit's list${missing.length ? `; size-limit counts ${missing.join(', ')}, not fetched` : ''}`;
          (notes[why] ??= []).push(`<${e.tag}> ${lang}`);
        }
      }
    }
    say();
    say(route === 'tag' ? 'Script tag (<script type="module" src="hled-widgets.js">, the loader, and what it fetches from cdn/):' : 'npm route (an app bundling one element entry with Vite, Lit included; bench/consumer.mjs):');
    table(['page', 'fetched', 'of which late', 'requests', 'chain', 'size-limit', 'target', 'verdict'], rows);
    for (const [why, which] of Object.entries(notes)) note(`Network ≠ size-limit for ${which.join(', ')}: ${why}.`);
  }
  const lateFiles = [...new Set(Object.values(result).flatMap((r) => r.requests.filter((q) => q.late).map((q) => q.path.split('/').pop())))];
  note(
    `"late": requested after every element on the page had rendered its content (here: ${lateFiles.join(', ') || 'nothing'}). ` +
      '"chain": round trips, host HTML = 1, until the content is on screen (in brackets: counting the late requests). ' +
      "size-limit (.size-limit.mjs) sums a fixed list of files; (=) means the network agrees to the byte.",
  );
  return result;
}

// --- 2. Whole report on screen vs static HTML

async function measureScreen(base) {
  heading(`2. Whole report on screen, script tag, against the same report as static HTML (median of ${RUNS} alternating cold-cache runs, English)`);
  const routes = [
    ['static HTML (hled-widgets render, no script)', 'static-report-en.html'],
    ['script tag, <hled-report>', 'tag-report-en.html'],
    ['static HTML + script tag (takes over; informative)', 'ssr-report-en.html'],
  ];
  const times = routes.map(() => []);
  const live = [];
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? [...routes.keys()].reverse() : [...routes.keys()];
    for (const k of order) {
      const { at, extra } = await paintTime(`${base}/${routes[k][1]}`);
      times[k].push(at);
      if (k === 2) live.push(extra);
    }
  }
  const s = median(times[0]);
  const html = (f) => `${kib(readFileSync(`${SITE}/${f}`).length)} KiB of HTML, ${kib(gz(readFileSync(`${SITE}/${f}`)))} KiB gzip`;
  table(
    ['page', 'all painted (median)', 'quartiles', 'ratio', 'target', 'verdict'],
    routes.map(([label], k) => {
      const t = median(times[k]);
      const r = t / s;
      return [label, ms(t), quartiles(times[k]), k === 0 ? '1' : `${r.toFixed(2)}×`, k === 1 ? `≤ ${TARGETS.screen}×` : '', k === 1 ? ratioVerdict(r, TARGETS.screen) : ''];
    }),
  );
  note(`Static page: ${html(routes[0][1])}. Static + script tag: the element is live (took over) at ${ms(median(live))}.`);
  note('"All painted": the paint of a sentinel fixed in the viewport, added once updateComplete of the report has resolved (in the static HTML, at the end of the document): element timing renderTime, ms since navigation start.');
  return { ratio: median(times[1]) / s, static: s, tag: median(times[1]) };
}

// --- 3. Slow line

async function measureSlow(base) {
  heading(`3. One figure on a slow line (CDP: ${SLOW_LINE.latency} ms round trip, ${(SLOW_LINE.downloadThroughput * 8) / 1e6} Mbps down, ${(SLOW_LINE.uploadThroughput * 8) / 1e3} kbps up), <hled-metric metric="usaid-investments">, English, median of ${SLOW_RUNS} alternating runs`);
  const routes = [
    ['static HTML (hled-widgets render)', 'static-metric-en.html'],
    ['script tag', 'tag-metric-en.html'],
    ['script tag + the builder\'s modulepreload lines', 'tag-preload-metric-en.html'],
    ['iframe (embed.html), no script on the host page', 'frame-metric-en.html'],
  ];
  const times = routes.map(() => []);
  for (let i = 0; i < SLOW_RUNS; i++) {
    for (const k of i % 2 ? [3, 2, 1, 0] : [0, 1, 2, 3]) times[k].push((await paintTime(`${base}/${routes[k][1]}`, { network: SLOW_LINE })).at);
  }
  const s = median(times[0]);
  const t = median(times[1]);
  const r = t / s;
  table(
    ['page', 'on screen (median)', 'quartiles', 'ratio', 'target', 'verdict'],
    [
      [routes[0][0], ms(s), quartiles(times[0]), '1', '', ''],
      [routes[1][0], ms(t), quartiles(times[1]), `${r.toFixed(2)}×`, `≤ ${TARGETS.slow.bare}×`, ratioVerdict(r, TARGETS.slow.bare)],
      [routes[2][0], ms(median(times[2])), quartiles(times[2]), `${(median(times[2]) / s).toFixed(2)}×`, `≤ ${TARGETS.slow.ratio}×`, ratioVerdict(median(times[2]) / s, TARGETS.slow.ratio)],
      [routes[3][0], ms(median(times[3])), quartiles(times[3]), `${(median(times[3]) / s).toFixed(2)}×`, '', ''],
    ],
  );
  note(
    'Script tag: the figure waits on a chain of three requests, HTML → hled-widgets.js → (hled-core.js, hled-metric.js, the data file, in parallel), against the static page\'s one. ' +
      'The builder\'s snippet adds <link rel="modulepreload"> for those three files to the host page (a chain of two). ' +
      'The iframe row: host HTML → embed.html → embed-frame.js (the loader inside) → the element\'s files, a chain of four; informative (issue 17 asks the frame to be no slower than a script-tag page).',
  );
  return { ratio: r, static: s, tag: t };
}

// --- 4. Peers

async function measurePeers(base, events) {
  const version = (p) => JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version;
  heading(`4. <hled-timeline> against the timeline libraries, the report's ${events} events, same server and gzip (time: median of ${PEER_RUNS} alternating cold-cache runs)`);
  const peers = [
    ['<hled-timeline>, script tag', 'tag-timeline-en.html', false],
    [`TimelineJS ${version('@knight-lab/timelinejs')}`, 'peer-timelinejs.html', true],
    [`vis-timeline ${version('vis-timeline')} (standalone)`, 'peer-vis.html', true],
  ];
  const bytes = [];
  for (const [label, f, allowErrors] of peers) {
    const l = await load(`${base}/${f}`, { allowErrors });
    const shown = await l.page.evaluate(() => window.__extra);
    await l.close();
    if (shown !== events) throw new Error(`${f}: ${shown} events on screen, expected ${events}`);
    const sum = (test) => l.requests.filter(test).reduce((a, r) => a + r.bytes, 0);
    const isData = (r) => /\.json$|\/data\//.test(r.path);
    bytes.push({
      label,
      js: sum((r) => r.type === 'Script' && !isData(r)),
      css: sum((r) => r.type === 'Stylesheet'),
      data: sum(isData),
      other: sum((r) => !isData(r) && !['Script', 'Stylesheet'].includes(r.type)),
      total: sum(() => true),
      requests: l.requests.length,
      failed: l.requests.filter((r) => r.failed).map((r) => r.url),
    });
  }
  const times = peers.map(() => []);
  for (let i = 0; i < PEER_RUNS; i++) {
    const order = i % 2 ? [2, 1, 0] : [0, 1, 2];
    for (const k of order) times[k].push((await paintTime(`${base}/${peers[k][1]}`, { allowErrors: peers[k][2] })).at);
  }
  const ours = bytes[0];
  const ourTime = median(times[0]);
  table(
    ['page', 'JS', 'CSS', 'data', 'fonts, other', 'total', '× ours', 'requests', 'all events on screen', '× ours'],
    bytes.map((b, k) => [
      b.label,
      `${kib(b.js)} KiB`,
      `${kib(b.css)} KiB`,
      `${kib(b.data)} KiB`,
      `${kib(b.other)} KiB`,
      `${kib(b.total)} KiB`,
      k ? `${(b.total / ours.total).toFixed(1)}×` : '1',
      b.requests,
      `${ms(median(times[k]))} (${quartiles(times[k])})`,
      k ? `${(median(times[k]) / ourTime).toFixed(2)}×` : '1',
    ]),
  );
  note(
    'Same events (our report data, English titles, dates; ranges where the report has one). "All events on screen": every event title in a laid-out box (ours: rendered in the shadow root, with date, status, pillar and source disclosure), then the next paint. ' +
      'Our data figure includes what the page fetched late (section 1). TimelineJS: its own font CSS turned off (font: null; its default pulls a CSS file and Google Fonts), its icon font counted under "fonts"; ' +
      'it shows one slide at a time with a navigation strip of all events; vis-timeline draws all events on a zoomable axis. Both do more than our list (and ours does things they do not: both languages, static rendering, accessibility tree of every fact).',
  );
  for (const b of bytes) if (b.failed.length) note(`${b.label}: failed requests (not counted): ${b.failed.join(', ')}`);
  return { bytes, times: times.map(median) };
}

// --- 5. The build's chunks

function measureBuild(byteResults) {
  heading('5. What the pages are made of: the build\'s files, gzip -9 each (from dist/; parts of a chunk from its source map, each part gzipped alone)');
  const cdn = gzipSizes('dist/cdn');
  const data = gzipSizes('dist/cdn/data');
  const loader = gz(readFileSync('dist/hled-widgets.js'));
  const bundle = gz(readFileSync('dist/hled-widgets.bundle.js'));
  const core = composition('dist/cdn/hled-core.js') ?? {};
  const lit = Object.entries(core).find(([g]) => g.startsWith('Lit'))?.[1];
  // Which of the measured script-tag pages fetched each file.
  const fetchedBy = new Map();
  for (const [key, r] of Object.entries(byteResults ?? {})) {
    if (!key.startsWith('tag-')) continue;
    for (const q of r.requests) fetchedBy.set(q.path, [...(fetchedBy.get(q.path) ?? []), key.slice(4)]);
  }
  const pagesOf = (path) => {
    if (!byteResults) return '';
    const keys = fetchedBy.get(path) ?? [];
    if (!keys.length) return 'none';
    const n = Object.keys(byteResults).filter((k) => k.startsWith('tag-')).length;
    if (keys.length === n) return 'all';
    const els = [...new Set(keys.map((k) => k.replace(/-(en|es)$/, '')))];
    return els.map((el) => (['en', 'es'].every((l) => keys.includes(`${el}-${l}`)) ? el : keys.filter((k) => k.startsWith(`${el}-`)).join(', '))).join(', ');
  };
  const rows = [
    ['dist/hled-widgets.js (the loader)', loader, '/hled-widgets.js'],
    ...Object.entries(cdn)
      .sort((a, b) => b[1].gzip - a[1].gzip)
      .map(([f, s]) => [`dist/cdn/${f}`, s.gzip, `/cdn/${f}`]),
  ].map(([f, b, path]) => [f, `${b} B`, `${kib(b)} KiB`, pagesOf(path)]);
  table(['file', 'gzip', '', 'fetched by the pages of'], rows);
  say();
  table(
    ['dist/cdn/hled-core.js, by source', 'minified', 'gzip alone'],
    Object.entries(core).map(([g, s]) => [g, `${s.raw} B`, `${s.gzip} B (${kib(s.gzip)} KiB)`]),
  );
  say();
  const dataRows = Object.entries(data)
    .filter(([f]) => new RegExp(`^${REPORT}\\.(en|es)\\.js$|\\.(metric\\.usaid-investments|agency\\.usaid|pillar\\.2)\\.js$`).test(f))
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([f, s]) => [`dist/cdn/data/${f}`, `${s.gzip} B`, `${kib(s.gzip)} KiB`, pagesOf(`/cdn/data/${f}`)]);
  table(['data file (the pages\' examples)', 'gzip', '', 'fetched by the pages of'], dataRows);
  note(`One-file build dist/hled-widgets.bundle.js (everything, both languages, each report whole): ${kib(bundle)} KiB gzip.`);

  // Each missed byte target, measured: what the page fetched, largest first.
  const missed = [];
  for (const [key, routes] of Object.entries(TARGETS.bytes)) {
    for (const [route, target] of Object.entries(routes)) {
      const r = byteResults?.[`${route}-${key}`];
      if (!r || r.total <= target * KiB) continue;
      const parts = [...r.requests].sort((a, b) => b.bytes - a.bytes).map((q) => `${q.path.split('/').pop()} ${kib(q.bytes)}${q.late ? ' (late)' : ''}`);
      const first = r.total - r.late;
      const beforeLate = r.late ? ` Without the late requests: ${kib(first)} KiB, ${first <= target * KiB ? `${kib(target * KiB - first)} under` : `${kib(first - target * KiB)} over`}.` : '';
      missed.push(`${key} ${route === 'tag' ? 'script tag' : 'npm'}: ${kib(r.total)} KiB, ${kib(r.total - target * KiB)} over ${target}: ${parts.join(' + ')}${route === 'tag' && lit ? `; Lit alone ≈ ${kib(lit.gzip)} of hled-core.js` : ''}.${beforeLate}`);
    }
  }
  if (missed.length) {
    say();
    say('What stands in the way of the missed byte targets (KiB gzip, as fetched):');
    out.md.push('');
    for (const m of missed) note(m, { bullet: true });
  }
  return { loader, cdn, data, core, bundle };
}

// --- 6. Issue 6's in-page measures

async function measureLab(base) {
  heading(`6. In the page, data already loaded (issue 6; script-tag page; median of ${LAB_RUNS})`);
  const r = await lab(base, { runs: LAB_RUNS, cycles: CYCLES });
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  const { steps, batch, msPerCycle } = r.memory;
  const growths = steps.slice(1).map((x, i) => x.usedSize - steps[i].usedSize);
  const net = growths.slice(-2).reduce((a, b) => a + b, 0);
  // 32 B a cycle, but never less than 32 KiB: the heap swings by tens of KiB from batch to batch
  // whatever the batch size, while one leaked element (several KB) a cycle shows as megabytes.
  const allowed = Math.max(TARGETS.heapPerCycle * 2 * batch, 32 * KiB);
  const [first, last] = [steps[0], steps[steps.length - 1]];
  const memOk = net <= allowed && last.nodes <= first.nodes && last.jsEventListeners <= first.jsEventListeners;
  const signed = (b) => `${b >= 0 ? '+' : ''}${kib(b)} KiB`;
  table(
    ['measure', 'to updateComplete', 'with style and layout', 'target', 'verdict'],
    [
      [`first render, <hled-timeline> with ${r.events} events`, ms(r.timeline.update), ms(r.timeline.layout), `≤ ${TARGETS.timeline} ms with layout`, verdict(r.timeline.layout <= TARGETS.timeline)],
      ['first render, 100 <hled-metric>', ms(r.metrics.update), ms(r.metrics.layout), '', ''],
      ['language switch, whole <hled-report>, en → es', `${r.switch.update.toFixed(1)} ms`, ms(r.switch.layout), `≤ ${TARGETS.switch} ms to updateComplete`, r.switch.spanish ? verdict(r.switch.update <= TARGETS.switch) : 'MISSED (not Spanish afterwards)'],
    ],
  );
  say();
  const sizes = Object.keys(r.lists).map(Number).sort((a, b) => a - b);
  const per = (n, x) => `${((x / n) * 1000).toFixed(0)} µs`;
  table(
    ['long list (issue 20)', 'ours: to updateComplete', 'ours: with layout', 'ours: next frame', 'plain <ol>: with layout', 'plain: next frame', 'ratio (next frame)', 'ours per event', 'target', 'verdict'],
    sizes.map((n) => {
      const { ours, plain, events } = r.lists[n];
      const ratio = ours.frame / plain.frame;
      const target = n === 1000 ? `≤ ${TARGETS.listRatio}× plain and ≤ ${TARGETS.list1000} ms` : '';
      return [
        `${events} events`,
        ms(ours.update),
        ms(ours.layout),
        ms(ours.frame),
        ms(plain.layout),
        ms(plain.frame),
        `${ratio.toFixed(2)}×`,
        per(events, ours.frame),
        target,
        n === 1000 ? verdict(ratio <= TARGETS.listRatio && ours.frame <= TARGETS.list1000) : '',
      ];
    }),
  );
  const [a, b, c] = sizes.map((n) => r.lists[n].ours.frame / r.lists[n].events);
  note(
    `Long lists: a <hled-timeline src> of n events (the report's, and generated ones) against a plain <ol> in the light DOM of the same n dates, titles and status words (the texts the element rendered), ` +
      `inserted after the data loaded; insertion → updateComplete → forced style and layout → the next frame (rAF, then a task); median of ${LAB_RUNS} alternating runs. ` +
      `Linear growth: ours costs ${(a * 1000).toFixed(0)} / ${(b * 1000).toFixed(0)} / ${(c * 1000).toFixed(0)} µs an event at ${sizes.join(' / ')} (${c <= a * 1.5 && b <= a * 1.5 ? 'no worse than linear' : 'MORE than linear'}).`,
  );
  note(
    `Memory: each cycle mounts one of each element (${ELEMENTS.map((e) => e.tag).join(', ')}; en and es alternately) and removes them; ${CYCLES} cycles to warm up, then 4 × ${batch}, heap after forced GC: ` +
      `${kib(first.usedSize)} KiB, then ${growths.map(signed).join(', ')}; last ${2 * batch} cycles ${signed(net)} (target ≤ ${kib(allowed)} KiB: ${TARGETS.heapPerCycle} B a cycle, at least 32 KiB; DOM nodes and listeners back): ${verdict(memOk)}. ` +
      `DOM nodes ${steps.map((x) => x.nodes).join(' → ')}, listeners ${steps.map((x) => x.jsEventListeners).join(' → ')}; ${msPerCycle.toFixed(1)} ms a cycle.`,
  );
}

/** Why dist/ must be rebuilt (missing, or older than a source of it), or null when it is fresh. */
function staleBuild() {
  const outputs = ['dist/hled-widgets.js', 'dist/hled-widgets.bundle.js', 'dist/ssr.js', 'dist/cdn/hled-core.js', 'bench/results/size/metric/index.js'];
  if (!outputs.every((f) => existsSync(f))) return 'no complete build yet';
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const inputs = ['src', 'data', 'xliff', 'vite.config.ts', 'scripts/build.mjs', 'scripts/generate.mjs', 'scripts/elements.mjs', 'bench/consumer.mjs', 'package.json', 'package-lock.json', 'lit-localize.json'];
  const newer = (path) => {
    if (!existsSync(path) || path === 'src/generated') return null;
    const st = statSync(path);
    if (!st.isDirectory()) return st.mtimeMs > built ? path : null;
    for (const f of readdirSync(path)) {
      const hit = newer(`${path}/${f}`);
      if (hit) return hit;
    }
    return null;
  };
  for (const i of inputs) {
    const hit = newer(i);
    if (hit) return `${hit} is newer than dist/`;
  }
  return null;
}

async function main() {
  const started = Date.now();
  const loadStart = loadavg();
  const stale = staleBuild();
  if (argv.includes('--build') || (stale && !argv.includes('--no-build'))) {
    console.log(`Building the package (npm run build): ${stale ?? '--build'}…`);
    execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  } else console.log(`Measuring the dist/ already built${stale ? ` (--no-build, although ${stale})` : ' (newer than its sources; --build to rebuild)'}.`);
  mkdirSync(OUT, { recursive: true });
  const { pages, events } = writeSite(SITE);
  writeLab(SITE);
  const server = await serve(SITE);
  const chromium = await launch();
  try {
    const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!*.md') ? ' (with uncommitted changes)' : '';
    meta(`hled-widgets benchmark, ${new Date().toISOString()}`);
    meta(`Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores; load average ${loadStart.map((x) => x.toFixed(2)).join(' ')} (1/5/15 min) at the start; Node ${process.version}; Chromium ${chromium} headless; served gzip -9 from 127.0.0.1`);
    meta(`Commit: ${git('log', '-1', '--format=%h %s')}${dirty}`);
    let bytes;
    if (doing('bytes')) bytes = await measureBytes(server.url, pages);
    if (doing('screen')) await measureScreen(server.url);
    if (doing('slow')) await measureSlow(server.url);
    if (doing('peers')) await measurePeers(server.url, events);
    if (doing('build')) measureBuild(bytes);
    if (doing('lab')) await measureLab(server.url);
    sectionTime();
    say();
    meta(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}. Timings are informative: this exits 0 whatever they are.`);
    writeFileSync(`${OUT}/latest.txt`, `${out.text.join('\n')}\n`);
    writeFileSync(`${OUT}/latest.md`, `${out.md.join('\n').replace(/\n{3,}/g, '\n\n')}\n`);
    if (MARKDOWN) console.log(`\n----- ${OUT}/latest.md -----\n${readFileSync(`${OUT}/latest.md`, 'utf8')}`);
    console.log(`Written: ${OUT}/latest.txt, ${OUT}/latest.md`);
  } finally {
    await closeBrowser();
    await server.close();
  }
}

main().catch((e) => {
  console.error(`bench failed: ${e.stack ?? e}`);
  process.exit(1);
});
