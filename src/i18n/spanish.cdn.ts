/** `spanish.ts` for the single-file CDN build: one file has every string anyway, so no lazy chunk. */
import * as es from '../generated/locales/es.js';

export const loadSpanish = () => Promise.resolve(es);
