/**
 * The reports shipped inside the package, newest first. They are validated at build and test time,
 * so they skip the runtime validator. Adding a report: put its file in `data/reports/`, run
 * `node scripts/split-data.mjs` (the build does) and add one entry here and one in
 * `bundled-metrics.ts`.
 *
 * A page downloads only what it shows: each report is split by `scripts/split-data.mjs` into one
 * file per language, and for `<hled-metric>` one tiny file per metric and language (~0.5 KB, listed
 * in `bundled-metrics.ts`), each a separate chunk loaded on demand. An id with no file (a typo)
 * loads the per-language "metrics" slice instead (every metric, a few KB), from which the element's
 * error names the valid ids: only broken pages pay for it, and no page carries the ids as a list.
 * The single-file CDN build swaps this module for `bundled.cdn.ts`, which inlines the bilingual file
 * once instead of its overlapping per-language pieces.
 */
import type { Lang } from '../i18n/locale.js';
import type { Report } from './types.js';

/**
 * What an element reads: the whole report, every metric (`metrics`), or one metric
 * (`metric:<id>`, what `<hled-metric>` asks for).
 */
export type DataSlice = 'report' | 'metrics' | `metric:${string}`;

type JsonModule = Promise<{ default: unknown }>;
type PerLang = Readonly<Record<Lang, () => JsonModule>>;

/**
 * What `<hled-metric>` loads of one report (generated `<id>.metric-files.ts`): `one` file per metric
 * id and language, and `all` metrics per language (the metrics slice, for an unknown id).
 */
export interface MetricFiles {
  readonly one: Readonly<Record<string, PerLang>>;
  readonly all: PerLang;
}

export interface BundledReport {
  readonly id: string;
  readonly date: string;
  /**
   * The report in `lang` (the other language's texts absent), whole or as a slice in the same
   * `Report` shape: `metrics` (the metrics, the agencies they name, the pillars' numbers) or
   * `metric:<id>` (that metric, its agencies, its pillar's number; for an id without a file, the
   * `metrics` slice). Slices come from `metricFiles`, the report's entry in `bundled-metrics.ts`,
   * which only `<hled-metric>` imports.
   */
  readonly load: (lang: Lang, slice: DataSlice, metricFiles?: MetricFiles) => Promise<Report>;
  /** One object serves every language and slice (the CDN build): load it once. */
  readonly bilingual?: boolean;
}

/**
 * Picks one of the generated files of a report: the whole report from `files`; slices from the
 * `metricFiles` the caller (`<hled-metric>`) hands over, so that other pages do not carry their list.
 */
function perLanguage(files: PerLang): BundledReport['load'] {
  return (lang, slice, metrics) => {
    const id = slice.slice(7); // `metric:<id>`
    // Without `metrics`, the whole report: it serves every slice.
    const file =
      slice === 'report' || !metrics ? files[lang] : slice !== 'metrics' && Object.hasOwn(metrics.one, id) ? metrics.one[id][lang] : metrics.all[lang];
    return file().then((m) => m.default as Report);
  };
}

export const BUNDLED_REPORTS: readonly BundledReport[] = [
  {
    id: 'hled-2023-04-18',
    date: '2023-04-18',
    load: perLanguage({
      en: () => import('../generated/data/hled-2023-04-18.en.json', { with: { type: 'json' } }),
      es: () => import('../generated/data/hled-2023-04-18.es.json', { with: { type: 'json' } }),
    }),
  },
];
