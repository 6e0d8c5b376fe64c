/** Ids of the latest bundled report (src/generated/), for the stories' select controls. */
import { IDS } from './lib/report.js';

export const METRIC_IDS: readonly string[] = IDS.metrics;
export const PILLARS: readonly string[] = IDS.pillars.map(String);
