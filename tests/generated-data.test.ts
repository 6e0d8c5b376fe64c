/**
 * The per-language data files (src/generated/data/, written by scripts/split-data.mjs) are exactly
 * what the generator makes of the canonical bilingual file today, so they can never go stale; and
 * each holds one language only.
 */
import { expect } from '@open-wc/testing';
import { BUNDLED_REPORTS, type DataSlice } from '../src/data/bundled.js';
import { METRIC_FILES } from '../src/data/bundled-metrics.js';
import type { Lang } from '../src/i18n/locale.js';
// Plain JS, shared with the build.
import { metricFile, metricsSlice, splitReport } from '../scripts/split-data.mjs';

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
    const load = (lang: Lang, slice: DataSlice) => entry.load(lang, slice, METRIC_FILES[entry.id]);
    it(`${entry.id} has its per-metric files listed in src/data/bundled-metrics.ts`, () => {
      expect(METRIC_FILES[entry.id], 'add the report to src/data/bundled-metrics.ts').to.not.equal(undefined);
    });
    for (const lang of LANGS) {
      for (const slice of SLICES) {
        it(`${entry.id} ${slice} in ${lang} is what scripts/split-data.mjs makes of data/reports/${entry.id}.json`, async () => {
          const report = await canonical(entry.id);
          const expected = slice === 'report' ? splitReport(report, lang) : metricsSlice(report, lang);
          const generated = await load(lang, slice);
          // Compared as JSON text: key order too, so `node scripts/split-data.mjs` would not change the file.
          expect(JSON.stringify(generated), 'stale: run node scripts/split-data.mjs').to.equal(JSON.stringify(expected));
          expect([...languageKeys(generated)]).to.deep.equal([lang]);
        });
      }
    }
    it(`${entry.id}: one file per metric and language, what scripts/split-data.mjs makes of it`, async () => {
      const report = await canonical(entry.id);
      const ids = (report.metrics as { id: string }[]).map((m) => m.id);
      expect(ids.length).to.be.greaterThan(0);
      expect(Object.keys(METRIC_FILES[entry.id].one)).to.deep.equal(ids);
      for (const lang of LANGS) {
        for (const id of ids) {
          const generated = await load(lang, `metric:${id}`);
          expect(JSON.stringify(generated), `${id} ${lang} stale: run node scripts/split-data.mjs`).to.equal(JSON.stringify(metricFile(report, id, lang)));
          expect([...languageKeys(generated)]).to.deep.equal([lang]);
          // Only that metric, and all it names: its agencies and its pillar.
          expect(generated.metrics.map((m) => m.id)).to.deep.equal([id]);
          const [metric] = generated.metrics;
          expect(generated.agencies.map((a) => a.id).sort()).to.deep.equal([...new Set(metric.agencies)].sort());
          expect(generated.pillars.map((p) => p.number)).to.deep.equal([metric.pillar]);
        }
      }
    });

    it(`${entry.id}: an unknown metric id gets the metrics slice, whose ids the error names`, async () => {
      for (const lang of LANGS) {
        for (const id of ['no-such-metric', 'constructor', '__proto__']) {
          const answer = await load(lang, `metric:${id}`);
          expect(answer).to.equal(await load(lang, 'metrics'));
        }
      }
    });

    it(`${entry.id}: the metrics slice holds every metric and every agency they name`, async () => {
      const report = await load('en', 'metrics');
      const full = await load('en', 'report');
      expect(report.metrics).to.deep.equal(full.metrics);
      const agencies = new Set(report.agencies.map((a) => a.id));
      for (const m of report.metrics) for (const a of m.agencies) expect(agencies.has(a), a).to.equal(true);
    });
  }
});
