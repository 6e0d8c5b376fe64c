#!/usr/bin/env node
// The static-rendering module for Node, `dist/ssr.js` (used by `bin/hled-widgets.mjs`): one ES
// module with @lit-labs/ssr, Lit's Node build and the bundled reports inside, so `npx hled-widgets
// render` needs no dependency beyond the package itself. Browsers never load it.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

/** Like the CDN build: the bilingual report once (`bundled.cdn.ts`) rather than its per-language pieces. */
const bundledOnce = {
  name: 'hled-bundled-once',
  setup(b) {
    b.onResolve({ filter: /\/bundled\.js$/ }, async (args) => {
      if (args.pluginData?.skip) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { skip: true } });
      const cdn = r.path.replace(/bundled\.ts$/, 'bundled.cdn.ts');
      return r.path.endsWith('/src/data/bundled.ts') && existsSync(cdn) ? { path: cdn } : undefined;
    });
  },
};

// `node scripts/build-ssr.mjs [outdir]` (default dist; the benchmark builds into its own).
await build({
  entryPoints: { ssr: 'src/ssr.ts' },
  outdir: process.argv[2] ?? 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['node'],
  tsconfig: 'tsconfig.json',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [bundledOnce],
  // Some of @lit-labs/ssr's dependencies are CommonJS and call require().
  banner: { js: "import { createRequire as __hledRequire } from 'node:module'; const require = __hledRequire(import.meta.url);" },
});
