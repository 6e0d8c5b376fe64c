/**
 * The bundled data files of the script-tag build (package.json `imports`, condition `hled-cdn`):
 * loaded by URL from the `data/` folder beside the script, rather than through a table of every
 * file that every page would download. The files are named after what they hold
 * (`hled-2023-04-18.es.metric.usaid-investments.js`), so the script-tag loader can start a page's
 * data as soon as it has read the page, in parallel with the elements' code.
 */
// (The script-tag loader, which holds this module, sits in dist/; the chunks and data in dist/cdn/.)
const base = new URL(/* @vite-ignore */ './cdn/data/', import.meta.url).href;

/** The file `name`; a name the package has no file for fails like a missing file. */
export function load(name: string): Promise<unknown> {
  return import(/* @vite-ignore */ `${base}${name}.js`).then((m: { default: unknown }) => m.default);
}
