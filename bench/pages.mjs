// The bench's site (bench/results/site/), served gzip -9 by bench/server.mjs: the built package
// as a script-tag user deploys it (dist/hled-widgets.js + dist/cdn/), the npm apps of
// bench/consumer.mjs (written by `npm run build` into bench/results/size/), static HTML from
// `hled-widgets render`, and one host page per measure.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export const REPORT = 'hled-2023-04-18';
/** The elements, from the one list (src/elements.json). */
export const ELEMENTS = JSON.parse(readFileSync('src/elements.json', 'utf8')).elements;
/** Attributes of the example each page shows: a slice element shows one id (as .size-limit.mjs). */
const EXAMPLE = { metric: 'usaid-investments', agency: 'usaid' };
const EXTRA_ATTRS = { 'hled-pillar': ' pillar="2"' };
export const markupOf = (e) => `<${e.tag}${e.slice ? ` ${e.slice}="${EXAMPLE[e.slice]}"` : ''}${EXTRA_ATTRS[e.tag] ?? ''}></${e.tag}>`;
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

export function writeSite(site) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const noMaps = (src) => !src.endsWith('.map');
  // The script tag's files as a site deploys dist/: the loader and dist/cdn/ beside it.
  cpSync('dist/hled-widgets.js', `${site}/hled-widgets.js`);
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

  return { pages };
}
