/**
 * The Spanish UI strings, as a chunk of their own that only Spanish pages load (`localize.ts`). The
 * single-file CDN build swaps this module for `spanish.cdn.ts`, which has them inline.
 */
export const loadSpanish = () => import('../generated/locales/es.js');
