/// <reference types="vite/client" />
/**
 * The latest bundled report as the docs pages read it: from src/generated/ (`npm run generate`),
 * never from a list written here, so a new report, language or id shows up by itself.
 */
import { REPORTS } from '../../src/generated/reports.js';
import { load } from '../../src/generated/data/report.js';
import type { Ids } from '../../src/core/ids.js';
import type { ReportView } from '../../src/data/view.js';

/** The newest bundled report: what elements show without `report=`. */
export const LATEST = REPORTS[0];

const ID_FILES = import.meta.glob<Ids>('../../src/generated/data/*.ids.ts', { eager: true, import: 'default' });

/** The ids of the latest report: metrics, pillar numbers, agencies, events. */
export const IDS: Ids = ID_FILES[`../../src/generated/data/${LATEST.id}.ids.ts`] ?? { metrics: [], pillars: [], agencies: [], events: [] };

/** The latest report's views, one per language it is written in, figures and dates formatted. */
export async function loadViews(): Promise<ReportView[]> {
  return Promise.all(LATEST.languages.map((lang) => load(`${LATEST.id}.${lang}`) as Promise<ReportView>));
}
