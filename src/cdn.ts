/** The single-file CDN build: everything (Lit, both languages, the bundled report) in one module. */
export * from './index.js';
