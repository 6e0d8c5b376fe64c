/**
 * The per-language data files (src/generated/data/, written by scripts/split-data.mjs) are exactly
 * what the generator makes of the canonical bilingual file today, so they can never go stale; and
 * each holds one language only.
 */
import { expect } from '@open-wc/testing';
import { BUNDLED_REPORTS, type DataSlice } from '../src/data/bundled.js';
import type { Lang } from '../src/i18n/locale.js';
// Plain JS, shared with the build.
import { metricsSlice, splitReport } from '../scripts/split-data.mjs';

const LANGS: readonly Lang[] = ['en', 'es'];
const SLICES: readonly DataSlice[] = ['report', 'metrics'];

async function canonical(id: string): Promise<Record<string, unknown>> {
  const response = await fetch(`/data/reports/${id}.json`);
  expect(response.ok, `data/reports/${id}.json`).to.equal(true);
  return (await response.json()) as Record<string, unknown>;
}

/** Every `{ en, es }`-like object's keys found anywhere in `value`. */
function languageKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => languageKeys(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'en' || k === 'es') found.add(k);
      languageKeys(v, found);
    }
  }
  return found;
}

describe('generated per-language data', () => {
  for (const entry of BUNDLED_REPORTS) {
    for (const lang of LANGS) {
      for (const slice of SLICES) {
        it(`${entry.id} ${slice} in ${lang} is what scripts/split-data.mjs makes of data/reports/${entry.id}.json`, async () => {
          const report = await canonical(entry.id);
          const expected = slice === 'report' ? splitReport(report, lang) : metricsSlice(report, lang);
          const generated = await entry.load(lang, slice);
          // Compared as JSON text: key order too, so `node scripts/split-data.mjs` would not change the file.
          expect(JSON.stringify(generated), 'stale: run node scripts/split-data.mjs').to.equal(JSON.stringify(expected));
          expect([...languageKeys(generated)]).to.deep.equal([lang]);
        });
      }
    }
    it(`${entry.id}: the metrics slice holds every metric and every agency they name`, async () => {
      const report = await entry.load('en', 'metrics');
      const full = await entry.load('en', 'report');
      expect(report.metrics).to.deep.equal(full.metrics);
      const agencies = new Set(report.agencies.map((a) => a.id));
      for (const m of report.metrics) for (const a of m.agencies) expect(agencies.has(a), a).to.equal(true);
    });
  }
});
