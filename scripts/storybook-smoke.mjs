#!/usr/bin/env node
// `npm start` must serve working stories, not only build: Vite's dev server differs from its build
// (JSON imports broke there once while the Storybook build was fine). This starts the dev server
// on a spare port, opens every story in headless Chromium, and fails if an element does not render
// or the console reports an error, other than in the stories that show an error on purpose. Any
// console message about Lit fails too, in every story and docs page: "Lit is in dev mode" and
// "Multiple versions of Lit loaded" mean the site runs another Lit than the one pages get.
// Then it opens the docs pages a web editor reads (Introduction, Catalogue, Embed builder) and
// checks that they show what they are for, read from the generated report data.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './browsers.mjs';
import { ELEMENTS } from './elements.mjs';

/** Every element (src/elements.json), as one selector. */
const TAGS = ELEMENTS.map((e) => e.tag).join(', ');

const PORT = 6106;
const BASE = `http://127.0.0.1:${PORT}`;
const EXPECTED_ERRORS = /--(unknown-id|unknown-pillar|failed-fetch)$/;
const LIT = /\bLit\b/;
const DOCS_PAGES = ['introduction--docs', 'catalogue--docs', 'embed-builder--docs'];

/** The generated module's data (`const data: T = {…};` or `export const X = […];`), parsed as JSON. */
function generated(file, pattern) {
  return JSON.parse(pattern.exec(readFileSync(file, 'utf8'))[1]);
}
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
/** The one-file build's SRI hash, when `npm run build` has written dist/sri.json for this version. */
const BUNDLE_SRI = (() => {
  try {
    const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8'));
    return sri.version === VERSION ? sri.files['hled-widgets.bundle.js'] : undefined;
  } catch {
    return undefined;
  }
})();
const [LATEST] = generated('src/generated/reports.ts', /REPORTS[^=]*=\s*(\[.*\]);/);
const IDS = generated(`src/generated/data/${LATEST.id}.ids.ts`, /const data[^=]*=\s*(\{.*\});/);
const VIEWS = Object.fromEntries(LATEST.languages.map((l) => [l, generated(`src/generated/data/${LATEST.id}.${l}.ts`, /const data[^=]*=\s*(\{.*\});\n/)]));

const server = spawn('npx', ['storybook', 'dev', '-p', String(PORT), '--host', '127.0.0.1', '--ci', '--no-open', '--quiet'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

/** Console errors and page errors (`errors`), and anything that mentions Lit (`lit`), while `page` is open. */
function listen(page) {
  const record = { errors: [], lit: [] };
  const onConsole = (m) => {
    const text = m.text();
    if (LIT.test(text)) record.lit.push(`${m.type()}: ${text}`);
    else if (m.type() === 'error' && !/favicon|Failed to load resource/.test(text)) record.errors.push(text);
  };
  const onError = (e) => record.errors.push(String(e));
  page.on('console', onConsole);
  page.on('pageerror', onError);
  record.stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  };
  return record;
}

let failures = 0;
const check = (ok, what) => {
  if (!ok) failures++;
  console.log(`${ok ? '✔' : '✖'} ${what}`);
  return ok;
};

/** The checks of each docs page: each returns a list of what is wrong. */
const PAGE_CHECKS = {
  'introduction--docs': async (page) => {
    // The code blocks are highlighted by a chunk that loads after the page: wait for the last one.
    await page.waitForFunction(() => document.querySelectorAll('#storybook-docs pre').length >= 3 && !document.querySelector('#storybook-docs [aria-busy="true"]'), null, { timeout: 15000 }).catch(() => {});
    const text = await page.locator('#storybook-docs').innerText();
    const wrong = [];
    for (const words of [`version ${VERSION}`, `/assets/hled-widgets/${VERSION}/hled-widgets.js`, 'Self-hosting', 'Languages', 'Theming', 'Accessibility', 'Browser support', 'US$18.8 millones']) {
      if (!text.includes(words)) wrong.push(`does not say "${words}"`);
    }
    // The CDN form: the one-file build, pinned, with its hash once dist/sri.json exists.
    const cdn = `hled-widgets@${VERSION}/dist/hled-widgets.bundle.js"${BUNDLE_SRI ? ` integrity="${BUNDLE_SRI}" crossorigin="anonymous"` : ''}`;
    if (!text.includes(cdn)) wrong.push(`does not show the CDN snippet ${cdn}`);
    return wrong;
  },
  'catalogue--docs': async (page) => {
    const wrong = [];
    const row = page.locator('tr', { has: page.locator('code.hd-id', { hasText: /^usaid-investments$/ }) });
    const rowText = (await row.count()) === 1 ? await row.innerText() : '';
    for (const words of ['$18.8 million', 'US$18.8 millones', '<hled-metric metric="usaid-investments"></hled-metric>']) {
      if (!rowText.includes(words)) wrong.push(`the usaid-investments row does not say "${words}"`);
    }
    // Every id of the latest report, and each figure as each language prints it.
    const text = await page.locator('#storybook-docs').innerText();
    const ids = [...IDS.metrics, ...IDS.events, ...IDS.agencies];
    const missing = ids.filter((id) => !text.includes(id));
    if (missing.length) wrong.push(`lists no row for ${missing.join(', ')}`);
    for (const [lang, view] of Object.entries(VIEWS)) {
      const absent = view.metrics.filter((m) => !text.includes(m.display)).map((m) => m.id);
      if (absent.length) wrong.push(`does not show the ${lang} figure of ${absent.join(', ')}`);
    }
    const pillarRows = await page.locator('code.hd-snippet', { hasText: /^<hled-pillar pillar="\d+"><\/hled-pillar>$/ }).count();
    if (pillarRows !== IDS.pillars.length) wrong.push(`lists ${pillarRows} pillars, not ${IDS.pillars.length}`);
    // The copy button: named for its snippet, says it copied, and did.
    const button = page.getByRole('button', { name: 'Copy snippet for usaid-investments', exact: true });
    if ((await button.count()) !== 1) return [...wrong, 'has no button named "Copy snippet for usaid-investments"'];
    await button.click();
    // Copying is asynchronous (the clipboard answers a promise): wait for the page to say so.
    await row.getByRole('status').filter({ hasText: /\S/ }).waitFor({ timeout: 5000 }).catch(() => {});
    const status = await row.getByRole('status').innerText();
    if (!status.includes('Copied')) wrong.push(`says "${status}" after Copy, not that it copied`);
    // (Its name now starts with "Copied": found by its row, not by name.)
    if (!(await row.getByRole('button').innerText()).startsWith('✓ Copied')) wrong.push('the button does not show "Copied"');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `(unreadable: ${e})`);
    if (clipboard !== '<hled-metric metric="usaid-investments"></hled-metric>') wrong.push(`copied ${JSON.stringify(clipboard)}`);
    return wrong;
  },
  'embed-builder--docs': async (page) => {
    const wrong = [];
    const snippet = page.getByTestId('snippet-self');
    const select = page.getByLabel(/^Figure \(metric=\)$/);
    if ((await select.count()) !== 1) return ['has no labelled "Figure" select'];
    const [first, second] = IDS.metrics;
    const before = await snippet.innerText();
    if (!before.includes(`<hled-metric metric="${first}" lang="en"></hled-metric>`)) wrong.push(`starts with the snippet ${JSON.stringify(before)}`);
    // By default, the files beside the builder: where `npm run site` puts them.
    const site = `${BASE}/hled-widgets/${VERSION}/`;
    if ((await page.getByLabel(/^Site address/).inputValue()) !== site) wrong.push(`the site address is not ${site} by default`);
    if (!before.includes(`<script type="module" src="${site}hled-widgets.js"></script>`)) wrong.push('the snippet does not load the versioned script from the site address');
    const preload = await page.getByTestId('snippet-preload').innerText();
    for (const f of [`cdn/hled-metric.js`, 'cdn/hled-core.js', `cdn/data/${LATEST.id}.en.metric.${first}.js`]) {
      if (!preload.includes(`<link rel="modulepreload" href="${site}${f}">`)) wrong.push(`the preload lines have no ${f}`);
    }
    // The iframe: its title is the figure and the report's name, once the hidden render has measured it.
    const m0 = VIEWS.en.metrics.find((x) => x.id === first);
    const iframe = page.getByTestId('snippet-iframe');
    await iframe.filter({ hasText: `title="${m0.display} ${m0.label} — HLED progress report"` }).waitFor({ timeout: 10000 }).catch(() => {});
    const frameSnippet = await iframe.innerText();
    if (!frameSnippet.startsWith(`<iframe src="${site}embed.html?element=hled-metric&metric=${first}&lang=en&theme=trade-gov" title="${m0.display} ${m0.label} — HLED progress report" width="100%" height="`)) {
      wrong.push(`the iframe snippet reads ${JSON.stringify(frameSnippet)}`);
    }
    if ((await page.getByTestId('snippet-host').innerText()) !== `<script src="${site}hled-embed.js" async></script>`) wrong.push('the host line does not load hled-embed.js from the site address');
    // Each figure is offered as the reader sees it, in the chosen language, with its id beside it.
    const m = VIEWS.en.metrics.find((x) => x.id === first);
    const option = `${m.display} — ${m.label} · ${first}`;
    await select.locator('option', { hasText: option }).first().waitFor({ state: 'attached', timeout: 10000 }).catch(() => {});
    if ((await select.locator('option').first().innerText()) !== option) wrong.push(`the first figure is offered as ${JSON.stringify(await select.locator('option').first().innerText())}, not ${JSON.stringify(option)}`);
    await select.selectOption(second);
    await snippet.filter({ hasText: `metric="${second}"` }).waitFor({ timeout: 5000 }).catch(() => {});
    const after = await snippet.innerText();
    if (after === before || !after.includes(`metric="${second}"`)) wrong.push(`the snippet did not follow the metric select: ${JSON.stringify(after)}`);
    // The live preview follows too, in the language chosen.
    await page.getByLabel(/^Language/).selectOption('es');
    const preview = await page
      .waitForFunction(
        (id) => {
          const el = document.querySelector('[data-testid="builder-preview"]')?.shadowRoot?.querySelector('hled-metric');
          return el?.getAttribute('metric') === id && el.lang === 'es' && el.shadowRoot?.querySelector('[part~="value"]')?.textContent.trim();
        },
        second,
        { timeout: 10000 },
      )
      .then((h) => h.jsonValue(), () => undefined);
    const expected = VIEWS.es?.metrics.find((m) => m.id === second)?.display;
    if (preview !== expected) wrong.push(`the preview shows ${JSON.stringify(preview)}, not ${JSON.stringify(expected)}`);
    if (!(await page.getByTestId('snippet-cdn').innerText()).includes(`hled-widgets@${VERSION}/`)) wrong.push('the CDN snippet does not pin the version');
    // A heading level only for elements with headings.
    await page.getByLabel(/^Element$/).selectOption('hled-pillar');
    await page.getByLabel(/^Heading level/).waitFor({ timeout: 5000 }).catch(() => {});
    if ((await page.getByLabel(/^Heading level/).count()) !== 1) wrong.push('offers no heading level for <hled-pillar>');
    return wrong;
  },
};

try {
  let index;
  for (let i = 0; i < 120 && !index; i++) {
    await new Promise((r) => setTimeout(r, 500));
    index = await fetch(`${BASE}/index.json`).then((r) => (r.ok ? r.json() : undefined), () => undefined);
  }
  if (!index) throw new Error(`Storybook dev server did not answer on ${BASE} within 60 s`);
  const entries = Object.values(index.entries);
  const stories = entries.filter((e) => e.type === 'story');
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  let storyFailures = 0;
  for (const story of stories) {
    const record = listen(page);
    await page.goto(`${BASE}/iframe.html?id=${story.id}&viewMode=story`);
    const rendered = await page
      .waitForFunction(
        (tags) => {
          const els = [...document.querySelectorAll(tags)];
          return els.length > 0 && els.every((el) => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]'));
        },
        TAGS,
        { timeout: 20000 },
      )
      .then(() => true, () => false);
    // Settled: a failing element reports (console, event) once its message has loaded, and that
    // must not spill into the next story's record.
    if (rendered) await page.evaluate((tags) => Promise.all([...document.querySelectorAll(tags)].map((el) => el.updateComplete)), TAGS);
    record.stop();
    const expected = EXPECTED_ERRORS.test(story.id);
    const bad = !rendered || (!expected && record.errors.length > 0) || record.lit.length > 0;
    if (bad) storyFailures++;
    const why = !rendered ? ' (did not render)' : record.lit.length ? `: ${record.lit[0]}` : !expected && record.errors.length ? `: ${record.errors[0]}` : '';
    console.log(`${bad ? '✖' : '✔'} ${story.id}${why}`);
  }
  failures += storyFailures;
  console.log(`${stories.length - storyFailures} of ${stories.length} stories render in the dev server.`);

  // Every docs page: no Lit message, no page error. The three pages for editors: no console error
  // either, and their content.
  for (const entry of entries.filter((e) => e.type === 'docs')) {
    const record = listen(page);
    await page.goto(`${BASE}/iframe.html?id=${entry.id}&viewMode=docs`);
    const ready = await page
      .waitForFunction(() => document.querySelector('#storybook-docs h1') && !document.querySelector('#storybook-docs [aria-busy="true"]'), null, { timeout: 30000 })
      .then(() => true, () => false);
    const wrong = ready ? ((await PAGE_CHECKS[entry.id]?.(page)) ?? []) : ['did not render'];
    // What a page logs a little later (an element's loading, a copy) belongs to it.
    await page.waitForTimeout(300);
    record.stop();
    if (record.lit.length) wrong.push(record.lit[0]);
    const ownErrors = DOCS_PAGES.includes(entry.id) ? record.errors : record.errors.filter((e) => !/^hled-widgets: |fetching .* failed/.test(e));
    if (ownErrors.length) wrong.push(ownErrors[0]);
    check(wrong.length === 0, `${entry.id}${wrong.length ? `: ${wrong.join('; ')}` : ''}`);
  }
  const missingPages = DOCS_PAGES.filter((id) => !entries.some((e) => e.id === id));
  check(missingPages.length === 0, `docs pages for editors: ${missingPages.length ? `missing ${missingPages.join(', ')}` : DOCS_PAGES.join(', ')}`);
  await browser.close();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  failures++;
} finally {
  stop();
}
process.exit(failures ? 1 : 0);
