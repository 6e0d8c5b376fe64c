/**
 * The bundled data files of the script-tag build (package.json `imports`, condition `hled-cdn`):
 * loaded by URL from the `data/` folder beside the script, rather than through a table of every
 * file that every page would download. The files are named after what they hold
 * (`hled-2023-04-18.es.metric.usaid-investments.js`), so the script-tag loader can start a page's
 * data as soon as it has read the page, in parallel with the elements' code.
 */
// This module is built into the script-tag loader (dist/) and into the elements' shared chunk
// (dist/cdn/): each build says where dist/cdn/data/ is from its file (vite.config.ts, `define`).
declare const __HLED_DATA_DIR__: string;
const base = new URL(/* @vite-ignore */ __HLED_DATA_DIR__, import.meta.url).href;

/** The file `name`; a name the package has no file for fails like a missing file. */
export function load(name: string): Promise<unknown> {
  return import(/* @vite-ignore */ `${base}${name}.js`).then((m: { default: unknown }) => m.default);
}
