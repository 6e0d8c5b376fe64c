/**
 * hled-widgets: registers every element of `src/elements.json` (the one list: not repeated here, so
 * it cannot go stale). Import a single element's module (`hled-widgets/hled-metric.js`) to load only
 * that element.
 */
export * from './generated/elements.js';
export type { HledErrorDetail } from './i18n/failure.js';
export type * from './data/types.js';
