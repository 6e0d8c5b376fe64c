// Size budgets, checked by `npx size-limit` in `npm test` after the build: the bytes (gzip) a page
// with one element fetches, in English and in Spanish, by each route. The budget is the target
// (src/elements.json), not what was reached: a page over it fails the tests.
//
//   script tag: dist/hled-widgets.js, the shared chunk(s), the element's chunk and its one data
//               file (for <hled-metric>, the README's usaid-investments);
//   npm:        an app that bundles only that element's entry (bench/consumer.mjs, written by the
//               build into bench/results/size/), and its one data file.
//   Every data file carries the source sentences its element shows: a page fetches nothing more.
import { existsSync } from 'node:fs';
import { ELEMENTS as elements } from './scripts/elements.mjs';
import { LATEST } from './scripts/reports.mjs';

/** The pages measured show the latest report, as a page without `report=` does. */
const REPORT = LATEST;
const EXAMPLE_ID = { metric: 'usaid-investments', agency: 'usaid', pillar: '2' };
/** What a frame page may add to a script-tag page with the same element (KiB gzip). */
const FRAME_KIB = 2.75;

export default elements.flatMap((e) => {
  const name = e.tag.replace(/^hled-/, '');
  return ['en', 'es'].flatMap((lang) => {
    const data = e.part ? `${REPORT}.${lang}.${e.part}${EXAMPLE_ID[e.part] ? `.${EXAMPLE_ID[e.part]}` : ''}` : `${REPORT}.${lang}`;
    const limit = `${e.budget[lang]} KiB`;
    return [
      {
        name: `<${e.tag}>, ${lang}, script tag`,
        path: ['dist/hled-widgets.js', ...e.shared.map((folder) => `dist/cdn/hled-${folder}.js`), `dist/cdn/${e.tag}.js`, `dist/cdn/data/${data}.js`],
        gzip: true,
        limit,
      },
      {
        name: `<${e.tag}>, ${lang}, npm app`,
        path: [`bench/results/size/${name}/index.js`, `bench/results/size/${name}/${data}.js`],
        gzip: true,
        limit,
      },
    ];
  });
}).concat(
  // The frame page (dist/embed.html) with one figure: the page, its one script (the loader inside)
  // and what the loader fetches for the figure. Its target is the script-tag page's, plus
  // FRAME_KIB for the page and what its script adds to the loader (reading the address, the
  // refusals in every language, the height it posts).
  ['en', 'es'].map((lang) => {
    const metric = elements.find((e) => e.tag === 'hled-metric');
    return {
      name: `frame page (dist/embed.html), <hled-metric>, ${lang}`,
      path: ['dist/embed.html', 'dist/embed-frame.js', 'dist/cdn/hled-core.js', 'dist/cdn/hled-metric.js', `dist/cdn/data/${REPORT}.${lang}.metric.${EXAMPLE_ID.metric}.js`],
      gzip: true,
      limit: `${(metric.budget[lang] + FRAME_KIB).toFixed(2)} KiB`,
    };
  }),
  // The host page's script that sizes frames: the issue's 1 KiB.
  { name: 'frames\' host script, dist/hled-embed.js', path: ['dist/hled-embed.js'], gzip: true, limit: '1 KiB' },
  [
  // The one-file build (every element, both languages, each report whole), for sites that need one
  // file with an SRI hash: held where it is, so that per-part files never creep into it again.
  { name: 'one-file build, dist/hled-widgets.bundle.js', path: ['dist/hled-widgets.bundle.js'], gzip: true, limit: '56 KiB' },
  ],
).map((check) => {
  // size-limit counts a missing file as 0 B: a page's file that the build no longer writes (a renamed
  // data file, a wrong example id) must fail here, not pass as a smaller page.
  for (const file of check.path) if (!existsSync(file)) throw new Error(`.size-limit.mjs: ${check.name}: no ${file}`);
  return check;
});
