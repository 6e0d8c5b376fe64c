/**
 * The reports shipped inside the package, newest first. Each is loaded on demand (a separate chunk
 * for npm users, inlined in the single-file CDN build). They are validated at build and test time,
 * so they skip the runtime validator. Adding a report: put its file in `data/reports/` and one line
 * here.
 */
import type { Report } from './types.js';

export interface BundledReport {
  readonly id: string;
  readonly date: string;
  readonly load: () => Promise<Report>;
}

export const BUNDLED_REPORTS: readonly BundledReport[] = [
  {
    id: 'hled-2023-04-18',
    date: '2023-04-18',
    load: () =>
      import('../../data/reports/hled-2023-04-18.json', { with: { type: 'json' } }).then(
        (m) => m.default as unknown as Report,
      ),
  },
];
