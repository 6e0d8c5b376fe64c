// The elements of src/elements.json, as every build, bench and budget script reads them: one list,
// one shape.
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} Element
 * @property {string} tag
 * @property {string} class
 * @property {string[]} shared the folders of src/ whose code it uses: each is a shared chunk of the
 *   script-tag build, `dist/cdn/hled-<folder>.js`
 * @property {string} [part] the part of the report it reads, a data file of its own:
 *   `<report>.<lang>.<part>`, with `.<id>` when the element has an attribute of that name
 * @property {Record<string, number>} budget KiB gzip of a page with that one element, per language
 */

/** @type {Element[]} */
export const ELEMENTS = JSON.parse(readFileSync(new URL('../src/elements.json', import.meta.url), 'utf8')).elements;

/** Every shared folder, the most shared first (the order of their chunks' priority). */
export const SHARED = [...new Set(ELEMENTS.flatMap((e) => e.shared))].sort(
  (a, b) => ELEMENTS.filter((e) => e.shared.includes(b)).length - ELEMENTS.filter((e) => e.shared.includes(a)).length,
);
