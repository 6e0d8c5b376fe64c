/**
 * hled-widgets: registers `<hled-metric>`, `<hled-pillar>`, `<hled-timeline>` and `<hled-report>`.
 * Import a single element's module (`hled-widgets/hled-metric.js`) to load only that element.
 */
export { HledMetric } from './hled-metric.js';
export { HledPillar } from './hled-pillar.js';
export { HledTimeline } from './hled-timeline.js';
export { HledReport } from './hled-report.js';
export type { HledErrorDetail } from './internal/hled-element.js';
export type * from './data/types.js';
