#!/usr/bin/env node
// Per-language data for the npm build: a page in one language should not download the other.
//
// data/reports/<id>.json stays the one source of truth (bilingual: `{ en, es }` everywhere). From it
// this script writes, into src/generated/data/ (committed, so the browser tests that import src/
// find them):
//   <id>.en.json, <id>.es.json                 the whole report in one language
//   <id>.metrics.en.json, <id>.metrics.es.json what <hled-metric> reads: the metrics, the agencies
//                                              they name, and the pillars' numbers
// Each keeps the report's shape: a `{ en, es }` text becomes `{ en }` or `{ es }`, which `text()` in
// src/data/select.ts already reads (it falls back to `en`). Sources (the report's English sentences)
// stay in both languages: every element shows them.
//
// `node scripts/split-data.mjs` writes the files (the build runs it first); `--check` only reports
// stale or missing ones (exit 1). tests/generated-data.test.ts compares the committed files with
// `splitReport()`/`metricsSlice()` below, so they cannot go stale unnoticed.

export const LANGS = /** @type {const} */ (['en', 'es']);

/** `{ en, es }` (exactly those keys): a text in both languages. */
function isLocalized(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof value.en === 'string' && typeof value.es === 'string';
}

function pick(value, lang) {
  if (Array.isArray(value)) return value.map((v) => pick(v, lang));
  if (!value || typeof value !== 'object') return value;
  if (isLocalized(value)) return { [lang]: value[lang] };
  const out = {};
  for (const [k, v] of Object.entries(value)) if (k !== '$schema') out[k] = pick(v, lang);
  return out;
}

/** The whole report in `lang` only. */
export function splitReport(report, lang) {
  return pick(report, lang);
}

/**
 * What `<hled-metric>` needs in `lang`: id, date and title of the report, every metric (its error
 * message lists the valid ids), the agencies they name, and each pillar's id and number; no links
 * or events (empty lists). Nothing else of the report.
 */
export function metricsSlice(report, lang) {
  const named = new Set(report.metrics.flatMap((m) => m.agencies));
  return pick(
    {
      id: report.id,
      date: report.date,
      title: report.title,
      pillars: report.pillars.map((p) => ({ id: p.id, number: p.number })),
      agencies: report.agencies.filter((a) => named.has(a.id)),
      metrics: report.metrics,
      // Collections the slice leaves out are empty, so the selectors (src/data/select.ts) still work.
      links: [],
      events: [],
    },
    lang,
  );
}

/** Every generated file for one report: name → JSON text. */
export function generatedFiles(report) {
  const files = {};
  for (const lang of LANGS) {
    files[`${report.id}.${lang}.json`] = `${JSON.stringify(splitReport(report, lang))}\n`;
    files[`${report.id}.metrics.${lang}.json`] = `${JSON.stringify(metricsSlice(report, lang))}\n`;
  }
  return files;
}

async function main() {
  const { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } = await import('node:fs');
  const check = process.argv.includes('--check');
  const outDir = 'src/generated/data';
  mkdirSync(outDir, { recursive: true });
  const stale = [];
  for (const file of readdirSync('data/reports').filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(`data/reports/${file}`, 'utf8'));
    for (const [name, text] of Object.entries(generatedFiles(report))) {
      const path = `${outDir}/${name}`;
      if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
      stale.push(path);
      if (!check) writeFileSync(path, text);
    }
  }
  if (check && stale.length) {
    console.error(`Stale generated data (run node scripts/split-data.mjs):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  if (!check && stale.length) console.log(`  wrote ${stale.join(', ')}`);
}

// Run as a script (not when the browser test imports the functions above).
if (/split-data\.mjs$/.test(globalThis.process?.argv?.[1] ?? '') && import.meta.url.endsWith('/split-data.mjs')) {
  await main();
}
