#!/usr/bin/env node
// `npm run site`: the editors' site, one folder to publish as is (`npx http-server site/`, or any
// static host), every link in it relative:
//   site/                              the Storybook build: introduction, catalogue, embed builder, API pages
//   site/hled-widgets/<version>/       the browser files of dist/ (loader, cdn/, frame page, themes, SRI hashes)
//   site/data/<report>.csv|.json       the data downloads, and dataset.jsonld (hled-widgets export)
// dist/ is built first; the data files are written to a scratch folder; Storybook copies both into
// the site (`staticDirs` in .storybook/main.ts, which reads HLED_SITE_DATA).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = 'site';
const DATA = resolve('node_modules/.cache/hled-site-data');

function step(name, cmd, args, options = {}) {
  const t = Date.now();
  const out = execFileSync(cmd, args, { stdio: ['ignore', options.capture ? 'pipe' : 'inherit', 'inherit'], env: { ...process.env, ...options.env }, maxBuffer: 64 << 20 });
  console.log(`  ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return out;
}

step('dist/ (npm run build)', 'node', ['scripts/build.mjs']);

// The bundled reports, newest first (src/generated/reports.ts, written by the build).
const reports = JSON.parse(/REPORTS[^=]*=\s*(\[.*\]);/.exec(readFileSync('src/generated/reports.ts', 'utf8'))[1]);
rmSync(DATA, { recursive: true, force: true });
mkdirSync(DATA, { recursive: true });
for (const { id } of reports) {
  for (const format of ['csv', 'json']) {
    writeFileSync(join(DATA, `${id}.${format}`), step(`data/${id}.${format}`, 'node', ['bin/hled-widgets.mjs', 'export', '--format', format, '--report', id], { capture: true }));
  }
}
// The latest report as a schema.org Dataset; its downloads are the files beside it.
writeFileSync(join(DATA, 'dataset.jsonld'), step('data/dataset.jsonld', 'node', ['bin/hled-widgets.mjs', 'export', '--format', 'jsonld'], { capture: true }));

rmSync(OUT, { recursive: true, force: true });
step(`${OUT}/ (Storybook, with dist/'s browser files and the data)`, 'npx', ['storybook', 'build', '-o', OUT, '--quiet'], { env: { HLED_SITE_DATA: DATA } });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
console.log(`${OUT}/ is the editors' site: the builder at ${OUT}/index.html, the files at ${OUT}/hled-widgets/${version}/, the data at ${OUT}/data/.`);
