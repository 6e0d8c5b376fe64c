/**
 * Two production builds (see scripts/build.mjs):
 * - `vite build` (mode "lib"): ES modules for npm users, one per source module, `lit` and
 *   `@lit/localize` left as imports so the consumer's bundler shares one copy.
 * - `vite build --mode cdn`: `dist/hled-widgets.js`, one self-contained module for a script tag.
 * Both validate every report in `data/reports/` first and stop on any problem.
 */
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { validateReport } from './src/data/validate.js';

/** Fails the build with every validation problem of every report file. */
function validateData(): Plugin {
  return {
    name: 'hled-validate-data',
    buildStart() {
      const errors: string[] = [];
      for (const file of readdirSync('data/reports').filter((f) => f.endsWith('.json'))) {
        const path = `reports/${file}`;
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(`data/${path}`, 'utf8'));
        } catch (e) {
          errors.push(`${path}: not JSON: ${(e as Error).message}`);
          continue;
        }
        const result = validateReport(json, path);
        if (!result.ok) errors.push(...result.errors);
      }
      if (errors.length) this.error(`Invalid report data:\n${errors.join('\n')}`);
    },
  };
}

/**
 * CDN build only: `src/data/bundled.ts` (one chunk per language and slice) becomes
 * `bundled.cdn.ts`, which inlines the bilingual report once — smaller than its overlapping
 * per-language pieces, all of which a single file would otherwise carry — and
 * `bundled-metrics.ts` (the per-metric files) becomes `bundled-metrics.cdn.ts` (none).
 */
function cdnBundledData(): Plugin {
  return {
    name: 'hled-cdn-bundled-data',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\/bundled(-metrics)?\.js$/.test(source) || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && /\/src\/data\/bundled(-metrics)?\.ts$/.test(resolved.id) ? resolved.id.replace(/\.ts$/, '.cdn.ts') : null;
    },
  };
}

/**
 * Whitespace and comments out of the elements' `css\`…\`` literals (Lit ships them as written):
 * ~0.1 KB gzip a page (gzip already squeezes most of it). Conservative: runs of whitespace become
 * one space, and none is kept next to `{`, `}` or `;`; a literal with an interpolation is left alone.
 */
export function minifyCssLiterals(code: string): string {
  return code.replace(/\bcss`([^`]*)`/g, (whole, body: string) =>
    body.includes('${')
      ? whole
      : `css\`${body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};]) ?/g, '$1')
          .trim()}\``,
  );
}

function minifyCss(): Plugin {
  return {
    name: 'hled-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      return /\/src\/.*\.ts$/.test(id) && code.includes('css`') ? { code: minifyCssLiterals(code), map: null } : null;
    },
  };
}

export const ENTRIES = {
  index: 'src/index.ts',
  'hled-metric': 'src/hled-metric.ts',
  'hled-pillar': 'src/hled-pillar.ts',
  'hled-timeline': 'src/hled-timeline.ts',
  'hled-report': 'src/hled-report.ts',
  react: 'src/react.ts',
};

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: cdn ? [validateData(), cdnBundledData(), minifyCss()] : [validateData(), minifyCss()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !cdn,
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: cdn
        ? { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'hled-widgets.js' }
        : { entry: ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: cdn
        ? // Browsers load this file as is: minify whitespace too (Vite's lib mode keeps it for ES
          // output so that consumers' bundlers can still read pure annotations; none read this file).
          { output: { codeSplitting: false, minify: true, comments: false } }
        : {
            external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/, /^valibot$/, /^node:/],
            // One file per source module, mirroring src/ and the .d.ts files: the modules that
            // register elements are then exactly the ones package.json's `sideEffects` names.
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
    },
  };
});
