/**
 * hled-widgets: registers every element (`src/elements.json`): `<hled-metric>`, `<hled-pillar>`,
 * `<hled-timeline>`, `<hled-report>`. Import a single element's module (`hled-widgets/hled-metric.js`)
 * to load only that element.
 */
export * from './generated/elements.js';
export type { HledErrorDetail } from './i18n/failure.js';
export type * from './data/types.js';
