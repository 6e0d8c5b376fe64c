/** `bundled-metrics.ts` for the single-file CDN build: its report is bilingual and whole (`bundled.cdn.ts`). */
import type { MetricFiles } from './bundled.js';

export const METRIC_FILES: Readonly<Record<string, MetricFiles>> = {};
