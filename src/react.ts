/**
 * React components for the elements, made with @lit/react so that React sets properties (not
 * just attributes) and `onHledError` listens to the `hled-error` custom event, which React's own
 * event system does not know about. Importing this module registers every element. The wrappers
 * are generated from the list of elements (`src/elements.json`) into `src/generated/react.ts`.
 *
 * React is an optional peer dependency: only apps that import `hled-widgets/react.js` need it.
 *
 * ```tsx
 * import { HledMetric } from 'hled-widgets/react.js';
 * <HledMetric metric="usaid-investments" lang="es" onHledError={(e) => console.log(e.detail.code)} />
 * ```
 */
export * from './generated/react.js';
export type { HledErrorDetail } from './i18n/failure.js';
