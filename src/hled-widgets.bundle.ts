/**
 * The one-file build, `dist/hled-widgets.bundle.js`: every element, both languages and every
 * bundled report in a single module, for sites that need one file with an SRI hash. Pages that can
 * load more than one file should use `dist/hled-widgets.js`, which loads only what a page shows.
 */
export * from './index.js';
