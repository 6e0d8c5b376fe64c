// Types of scripts/elements.mjs, for vite.config.ts.
export interface Element {
  tag: string;
  class: string;
  /** The folders of src/ whose code it uses: each is a shared chunk, `dist/cdn/hled-<folder>.js`. */
  shared: string[];
  /** The part of the report it reads, a data file of its own: `<report>.<lang>.<part>[.<its attribute part's value>]`. */
  part?: string;
  /** KiB gzip of a page with that one element, per language. */
  budget: Record<string, number>;
}
export const ELEMENTS: Element[];
export const SHARED: string[];
