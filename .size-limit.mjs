// Size budgets, checked by `npx size-limit` in `npm test` after the build: the bytes (gzip) a page
// with one element fetches, in English and in Spanish, by each route. The budget is the target
// (src/elements.json), not what was reached: a page over it fails the tests.
//
//   script tag: dist/hled-widgets.js, the shared chunk(s), the element's chunk and its one data
//               file (for <hled-metric>, the README's usaid-investments);
//   npm:        an app that bundles only that element's entry (bench/consumer.mjs, written by the
//               build into bench/results/size/), and its one data file.
import { readFileSync } from 'node:fs';

const { elements } = JSON.parse(readFileSync('src/elements.json', 'utf8'));
const REPORT = 'hled-2023-04-18';
const EXAMPLE_ID = { metric: 'usaid-investments', agency: 'usaid' };

export default elements.flatMap((e) => {
  const name = e.tag.replace(/^hled-/, '');
  return ['en', 'es'].flatMap((lang) => {
    const data = e.slice ? `${REPORT}.${lang}.${e.slice}.${EXAMPLE_ID[e.slice]}` : `${REPORT}.${lang}`;
    const limit = `${e.budget[lang]} KiB`;
    return [
      {
        name: `<${e.tag}>, ${lang}, script tag`,
        path: ['dist/hled-widgets.js', 'dist/cdn/hled-core.js', ...(e.content ? ['dist/cdn/hled-content.js'] : []), `dist/cdn/${e.tag}.js`, `dist/cdn/data/${data}.js`],
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
});
