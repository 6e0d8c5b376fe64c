/**
 * `bundled.ts` for the single-file CDN build (vite.config.ts swaps it in): that file carries both
 * languages anyway, and the bilingual report is smaller than its four per-language pieces together,
 * so it inlines the canonical file once and serves every language and slice from it.
 */
import type { BundledReport } from './bundled.js';
import type { Report } from './types.js';

export type { BundledReport, DataSlice } from './bundled.js';

export const BUNDLED_REPORTS: readonly BundledReport[] = [
  {
    id: 'hled-2023-04-18',
    date: '2023-04-18',
    bilingual: true,
    load: () =>
      import('../../data/reports/hled-2023-04-18.json', { with: { type: 'json' } }).then(
        (m) => m.default as unknown as Report,
      ),
  },
];
