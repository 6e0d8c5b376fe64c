// The bench's site (bench/results/site/), served gzip -9 by bench/server.mjs: the built package
// as a script-tag user deploys it (dist/hled-widgets.js + dist/cdn/), the npm apps of
// bench/consumer.mjs (written by `npm run build` into bench/results/size/), static HTML from
// `hled-widgets render`, the two timeline peers, and one host page per measure.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import { LATEST } from '../scripts/reports.mjs';

/** The report the pages show: the latest, as a page without `report=` does. */
export const REPORT = LATEST;
import { ELEMENTS } from '../scripts/elements.mjs';

export { ELEMENTS };
/** Attributes of the example each page shows: an element that reads a part shows one id (as .size-limit.mjs). */
const EXAMPLE = { metric: 'usaid-investments', agency: 'usaid', pillar: '2' };
export const markupOf = (e) => `<${e.tag}${EXAMPLE[e.part] ? ` ${e.part}="${EXAMPLE[e.part]}"` : ''}></${e.tag}>`;
export const nameOf = (e) => e.tag.replace(/^hled-/, '');
export const LANGS = ['en', 'es'];

export const page = (lang, head, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>hled bench</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>\n`;

/** The "on screen" sentinel: a fixed dot in the viewport whose element-timing paint marks the page done. */
const SENTINEL = `window.__doneAt = performance.now(); const s = document.createElement('span'); s.setAttribute('elementtiming', 'done'); s.textContent = '.';
  s.style.cssText = 'position:fixed;top:0;left:0'; document.body.append(s);`;
const STATIC_SENTINEL = '<span elementtiming="done" style="position:fixed;top:0;left:0">.</span><script>window.__done = true</script>';

/**
 * Runs once every hled-* element of the page has rendered its data (`updateComplete` waits for
 * it): then the sentinel goes in, so its paint is the first frame showing all of it. Fails the
 * page (`__problem`) if an element shows its loading or error state instead.
 */
const PROBE = `<script type="module">
  const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('hled-'));
  await Promise.all([...new Set(els.map((el) => el.localName))].map((t) => customElements.whenDefined(t)));
  await Promise.all(els.map((el) => el.updateComplete));
  const bad = els.filter((el) => !el.shadowRoot?.childElementCount || el.shadowRoot.querySelector('[part~="loading"],[part~="error"]'));
  if (bad.length) window.__problem = 'not rendered: ' + bad.map((el) => el.localName).join(', ');
  window.__extra = els.reduce((n, el) => n + el.shadowRoot.querySelectorAll('[part~="event"]').length, 0);
  ${SENTINEL}
  window.__done = true;
</script>`;

const render = (markup, lang) => execFileSync('node', ['bin/hled-widgets.mjs', 'render', '--lang', lang, markup], { encoding: 'utf8', maxBuffer: 64 << 20 });

/** The report's events, for the peers, in each one's own format (English titles). */
function peerData() {
  const { events } = JSON.parse(readFileSync(`data/reports/${REPORT}.json`, 'utf8'));
  const parts = (d) => {
    const [year, month, day] = d.split('-').map(Number);
    return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  };
  const iso = (d) => [d.slice(0, 4), d.slice(5, 7) || '01', d.slice(8, 10) || '01'].join('-');
  return {
    count: events.length,
    timelinejs: { events: events.map((e) => ({ unique_id: e.id, start_date: parts(e.date), ...(e.end ? { end_date: parts(e.end) } : {}), text: { headline: e.title.en } })) },
    vis: events.map((e) => ({ id: e.id, content: e.title.en, start: iso(e.date), ...(e.end ? { end: iso(e.end) } : {}) })),
  };
}

/**
 * Polls each frame until `count` of the peer's event elements carry their title in a laid-out box,
 * then puts the sentinel in: the same "all events on screen" as our pages (all rendered, next paint).
 */
const peerProbe = (selector, count) => `
  const want = ${count};
  (function poll() {
    const n = [...document.querySelectorAll(${JSON.stringify(selector)})].filter((el) => el.textContent.trim() && el.getBoundingClientRect().width > 0).length;
    if (n < want) return requestAnimationFrame(poll);
    window.__extra = n;
    ${SENTINEL}
    window.__done = true;
  })();`;

export function writeSite(site) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const noMaps = (src) => !src.endsWith('.map');
  // The script tag's files as a site deploys dist/: the loader and dist/cdn/ beside it.
  cpSync('dist/hled-widgets.js', `${site}/hled-widgets.js`);
  // The frame page beside them, as dist/ ships it.
  for (const f of ['embed.html', 'embed-frame.js']) cpSync(`dist/${f}`, `${site}/${f}`);
  cpSync('dist/cdn', `${site}/cdn`, { recursive: true, filter: noMaps });
  cpSync('bench/results/size', `${site}/npm`, { recursive: true, filter: noMaps });

  const pages = { tag: {}, npm: {} };
  for (const e of ELEMENTS) {
    for (const lang of LANGS) {
      const body = markupOf(e) + PROBE;
      writeFileSync(`${site}/tag-${nameOf(e)}-${lang}.html`, page(lang, '<script type="module" src="./hled-widgets.js"></script>', body));
      writeFileSync(`${site}/npm-${nameOf(e)}-${lang}.html`, page(lang, `<script type="module" src="./npm/${nameOf(e)}/index.js"></script>`, body));
      pages.tag[`${nameOf(e)}-${lang}`] = `tag-${nameOf(e)}-${lang}.html`;
      pages.npm[`${nameOf(e)}-${lang}`] = `npm-${nameOf(e)}-${lang}.html`;
    }
  }

  // Static HTML: `hled-widgets render` output (declarative shadow DOM), no script at all; and the
  // same output with the script tag, which then takes over the element (informative).
  const live = (tag) => `<script type="module">
  await customElements.whenDefined('${tag}');
  const el = document.querySelector('${tag}');
  await el.updateComplete;
  if (el.shadowRoot.querySelector('[part~="loading"],[part~="error"]') || !el.shadowRoot.childElementCount) window.__problem = 'the element did not take over its static content';
  window.__extra = performance.now();
  window.__done = true;
</script>`;
  const reportMarkup = '<hled-report></hled-report>';
  const metricMarkup = markupOf(ELEMENTS.find((e) => e.tag === 'hled-metric'));
  const staticReport = render(reportMarkup, 'en');
  writeFileSync(`${site}/static-report-en.html`, page('en', '', staticReport + STATIC_SENTINEL));
  writeFileSync(
    `${site}/ssr-report-en.html`,
    page('en', '<script type="module" src="./hled-widgets.js"></script>', `${staticReport}<span elementtiming="done" style="position:fixed;top:0;left:0">.</span>${live('hled-report')}`),
  );
  writeFileSync(`${site}/static-metric-en.html`, page('en', '', render(metricMarkup, 'en') + STATIC_SENTINEL));
  // The script-tag metric page again, its host page announcing the files the loader will fetch.
  const preloads = ['cdn/hled-core.js', 'cdn/hled-metric.js', `cdn/data/${REPORT}.en.metric.usaid-investments.js`].map((f) => `<link rel="modulepreload" href="./${f}">`).join('');
  writeFileSync(`${site}/tag-preload-metric-en.html`, page('en', `${preloads}<script type="module" src="./hled-widgets.js"></script>`, metricMarkup + PROBE));
  // The iframe route: a host page (no script of ours) framing the frame page with the same figure;
  // the probe waits for the element inside the frame (same origin here), then marks the host.
  writeFileSync(
    `${site}/frame-metric-en.html`,
    page(
      'en',
      '',
      `<iframe src="./embed.html?element=hled-metric&metric=usaid-investments&lang=en" title="figure" width="100%" height="250" style="border:0"></iframe><script type="module">
  const frame = document.querySelector('iframe');
  const inFrame = () => frame.contentDocument?.querySelector('hled-metric');
  while (!inFrame()?.shadowRoot?.querySelector('[part~="value"]')) await new Promise((r) => requestAnimationFrame(r));
  ${SENTINEL}
  window.__done = true;
</script>`,
    ),
  );

  // Peers: the same events, same server and gzip; each page fetches its library's JS and CSS and
  // the events as a JSON file (the data), then builds the timeline.
  const data = peerData();
  mkdirSync(`${site}/peers`, { recursive: true });
  cpSync('node_modules/@knight-lab/timelinejs/dist/js/timeline.js', `${site}/peers/timelinejs/js/timeline.js`);
  cpSync('node_modules/@knight-lab/timelinejs/dist/css', `${site}/peers/timelinejs/css`, { recursive: true, filter: noMaps });
  cpSync('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', `${site}/peers/vis/vis-timeline-graph2d.min.js`);
  cpSync('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css', `${site}/peers/vis/vis-timeline-graph2d.min.css`);
  writeFileSync(`${site}/peers/events.timelinejs.json`, JSON.stringify(data.timelinejs));
  writeFileSync(`${site}/peers/events.vis.json`, JSON.stringify(data.vis));
  writeFileSync(
    `${site}/peer-timelinejs.html`,
    page(
      'en',
      '<link rel="stylesheet" href="./peers/timelinejs/css/timeline.css"><script src="./peers/timelinejs/js/timeline.js"></script>',
      `<div id="timeline" style="width:100%;height:600px"></div><script>
  fetch('./peers/events.timelinejs.json').then((r) => r.json()).then((data) => {
    window.tl = new TL.Timeline('timeline', data, { language: 'en', font: null, script_path: new URL('./peers/timelinejs/js/', location.href).href });
    ${peerProbe('.tl-timemarker .tl-headline', data.count)}
  });
</script>`,
    ),
  );
  writeFileSync(
    `${site}/peer-vis.html`,
    page(
      'en',
      '<link rel="stylesheet" href="./peers/vis/vis-timeline-graph2d.min.css"><script src="./peers/vis/vis-timeline-graph2d.min.js"></script>',
      `<div id="timeline"></div><script>
  fetch('./peers/events.vis.json').then((r) => r.json()).then((items) => {
    window.tl = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), {});
    ${peerProbe('.vis-item .vis-item-content', data.count)}
  });
</script>`,
    ),
  );
  return { pages, events: data.count };
}
