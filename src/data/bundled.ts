/**
 * The reports shipped inside the package, newest first. They are validated at build and test time,
 * so they skip the runtime validator. Adding a report: put its file in `data/reports/`, run
 * `node scripts/split-data.mjs` (the build does) and add one entry here.
 *
 * A page downloads only what it shows: each report is split by `scripts/split-data.mjs` into one
 * file per language, and a smaller per-language "metrics" slice for `<hled-metric>`, each a separate
 * chunk loaded on demand. The single-file CDN build swaps this module for `bundled.cdn.ts`, which
 * inlines the bilingual file once instead of four overlapping ones.
 */
import type { Lang } from '../i18n/locale.js';
import type { Report } from './types.js';

/** What an element reads: the whole report, or only what `<hled-metric>` needs. */
export type DataSlice = 'report' | 'metrics';

export interface BundledReport {
  readonly id: string;
  readonly date: string;
  /**
   * The report in `lang` (the other language's texts absent), whole or as the `metrics` slice: the
   * metrics, the agencies they name and the pillars' numbers, in the same `Report` shape.
   */
  readonly load: (lang: Lang, slice: DataSlice) => Promise<Report>;
  /** One object serves every language and slice (the CDN build): load it once. */
  readonly bilingual?: boolean;
}

type JsonModule = Promise<{ default: unknown }>;

/** Picks one of the four generated files of a report. Static imports, so bundlers see each chunk. */
function perLanguage(files: Record<`${DataSlice}.${Lang}`, () => JsonModule>): BundledReport['load'] {
  return (lang, slice) => files[`${slice}.${lang}`]().then((m) => m.default as Report);
}

export const BUNDLED_REPORTS: readonly BundledReport[] = [
  {
    id: 'hled-2023-04-18',
    date: '2023-04-18',
    load: perLanguage({
      'report.en': () => import('../generated/data/hled-2023-04-18.en.json', { with: { type: 'json' } }),
      'report.es': () => import('../generated/data/hled-2023-04-18.es.json', { with: { type: 'json' } }),
      'metrics.en': () => import('../generated/data/hled-2023-04-18.metrics.en.json', { with: { type: 'json' } }),
      'metrics.es': () => import('../generated/data/hled-2023-04-18.metrics.es.json', { with: { type: 'json' } }),
    }),
  },
];
