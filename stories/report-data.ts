/** Ids from the bundled report, for the stories' select controls. */
import report from '../data/reports/hled-2023-04-18.json' with { type: 'json' };

export const METRIC_IDS = report.metrics.map((m) => m.id);
export const PILLARS = report.pillars.map((p) => String(p.number));
