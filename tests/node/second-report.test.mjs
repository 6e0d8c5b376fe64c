// A report is one file: in a scratch copy of the project, a second report dropped into
// data/reports/ is built with the rest (no list to edit), becomes what elements show by default as
// the latest, and the first stays reachable by its id. Static rendering (Vite's SSR build of the
// scratch copy) shows both, and so does a page in Chromium through the script tag (its build).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scratchCopy } from '../../scripts/scratch.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/browsers.mjs';
import { serve } from '../../bench/server.mjs';

let dir;
let renderToString;

before(() => {
  dir = scratchCopy('hled-second-report-');
  const report = JSON.parse(readFileSync(join(dir, 'data/reports/hled-2023-04-18.json'), 'utf8'));
  report.id = 'hled-2024-05-06';
  report.date = '2024-05-06';
  report.title = { en: 'A later HLED progress report', es: 'Un informe de avances posterior del DEAN' };
  report.metrics.find((m) => m.id === 'usaid-investments').value = 25_000_000;
  writeFileSync(join(dir, 'data/reports/hled-2024-05-06.json'), JSON.stringify(report, null, 2));
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  run('node', ['scripts/generate.mjs']);
  run('npx', ['vite', 'build', '--mode', 'ssr', '--logLevel', 'error']);
  for (const mode of ['cdn', 'data', 'loader']) run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'error']);
});

after(() => rmSync(dir, { recursive: true, force: true }));

const value = (html) => html.match(/part="value">(?:<!--[^>]*-->)?([^<]*)/)?.[1];

describe('a second report, added as one file', () => {
  it('is in the registry, newest first', () => {
    const registry = readFileSync(join(dir, 'src/generated/reports.ts'), 'utf8');
    assert.match(registry, /"id":"hled-2024-05-06".*"id":"hled-2023-04-18"/s);
  });

  it('is what an element shows by default, and the first report stays reachable by its id', async () => {
    ({ renderToString } = await import(pathToFileURL(join(dir, 'dist/ssr.js')).href));
    assert.equal(value(await renderToString('<hled-metric metric="usaid-investments"></hled-metric>')), '$25 million');
    assert.equal(value(await renderToString('<hled-metric metric="usaid-investments" report="hled-2024-05-06" lang="es"></hled-metric>')), 'US$25 millones');
    assert.equal(value(await renderToString('<hled-metric metric="usaid-investments" report="hled-2023-04-18"></hled-metric>')), '$18.8 million');
  });

  it('shows in a browser through the script tag: the new figure by default, the first report by its id', { timeout: 60_000 }, async () => {
    const chrome = findChrome();
    assert.ok(chrome, 'Chromium is needed (apt-get install chromium, or CHROME_PATH)');
    writeFileSync(
      join(dir, 'dist/second-report.html'),
      '<!doctype html><html lang="es"><head><meta charset="utf-8"><script type="module" src="./hled-widgets.js"></script></head><body>' +
        '<hled-metric id="latest" metric="usaid-investments"></hled-metric><hled-metric id="first" metric="usaid-investments" report="hled-2023-04-18"></hled-metric></body></html>',
    );
    const server = await serve(join(dir, 'dist'));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')), headless: true });
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('requestfailed', (r) => problems.push(r.url()));
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
      page.setDefaultTimeout(30_000);
      await page.goto(`${server.url}/second-report.html`);
      const shown = await page.evaluate(async () => {
        const els = [...document.querySelectorAll('hled-metric')];
        const ready = customElements.whenDefined('hled-metric').then(() => Promise.all(els.map((el) => el.updateComplete)));
        // A page that never renders answers what it shows after 10 s, rather than hanging the test.
        await Promise.race([ready, new Promise((r) => setTimeout(r, 10_000))]);
        return els.map((el) => el.shadowRoot?.querySelector('[part~="value"]')?.textContent.trim() ?? el.shadowRoot?.textContent.trim());
      });
      assert.deepEqual(shown, ['US$25 millones', 'US$18.8 millones'], problems.join('\n'));
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('gets its own views and figure files, in every language', () => {
    for (const f of ['hled-2024-05-06.en.ts', 'hled-2024-05-06.es.ts', 'hled-2024-05-06.en.metric.usaid-investments.ts']) {
      assert.ok(readFileSync(join(dir, 'src/generated/data', f), 'utf8').includes('"id":"hled-2024-05-06"'), f);
    }
    // Its sentences come with each language's view.
    for (const lang of ['en', 'es']) assert.ok(readFileSync(join(dir, `src/generated/data/hled-2024-05-06.${lang}.ts`), 'utf8').includes('"sources":{'), lang);
  });
});
