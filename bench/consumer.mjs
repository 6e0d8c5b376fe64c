#!/usr/bin/env node
// What a page really downloads when an app installs hled-widgets from npm: for each element, a
// small app that imports only that element's entry (`hled-widgets/hled-metric.js`…), bundled by Vite
// the way an app's build would (Lit bundled in, everything minified, chunks split at the dynamic
// imports). Used by `npm run bench` (which serves and measures the pages) and by the build, for the
// size budgets of `npx size-limit` (package.json).
//
//   node bench/consumer.mjs [dist dir] [out dir]     default: dist bench/results/size
//
// Each app lands in <out>/<element>/: index.js (entry: Lit + the element) and one chunk per
// lazily loaded piece, named after its source (hled-2023-04-18.metrics.en.js, fetch.js…), so the
// budgets can name the files each page fetches.
import { build } from 'vite';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

import { ELEMENTS } from '../scripts/elements.mjs';

/** The elements of src/elements.json, by short name (metric, pillar…). */
export const NAMES = ELEMENTS.map((e) => e.tag.replace(/^hled-/, ''));

/** `names`: elements (hled-<name>.js) or `index` (every element). */
export async function buildConsumers(dist = 'dist', out = 'bench/results/size', names = NAMES) {
  const distAbs = resolve(dist);
  const outAbs = resolve(out);
  rmSync(outAbs, { recursive: true, force: true });
  mkdirSync(`${outAbs}/src`, { recursive: true });
  for (const el of names) {
    const entry = `${outAbs}/src/${el}.js`;
    writeFileSync(entry, `import ${JSON.stringify(`${distAbs}/${el === 'index' ? 'index' : `hled-${el}`}.js`)};\n`);
    await build({
      configFile: false,
      logLevel: 'warn',
      root: outAbs,
      build: {
        target: 'es2022',
        outDir: `${outAbs}/${el}`,
        emptyOutDir: true,
        minify: true,
        modulePreload: false,
        sourcemap: false,
        reportCompressedSize: false,
        rolldownOptions: {
          input: { index: entry },
          output: {
            entryFileNames: '[name].js',
            // hled-2023-04-18.en.json → hled-2023-04-18.en.js: stable names for size-limit.
            chunkFileNames: (chunk) => `${chunk.name.replace(/\.json$/, '')}.js`,
          },
        },
      },
    });
  }
  rmSync(`${outAbs}/src`, { recursive: true, force: true });
}

if (/consumer\.mjs$/.test(process.argv[1] ?? '')) {
  await buildConsumers(process.argv[2], process.argv[3]);
}
