/**
 * Every output of the package is a Vite build of src/ (scripts/build.mjs runs them in order; the
 * first empties dist/). src/generated/ must exist first: `npm run generate` writes it.
 *
 * - `vite build` (mode "production"): ES modules for npm users, one per source module, `lit` left
 *   as imports so the consumer's bundler shares one copy. @lit/localize is inlined: the widgets'
 *   strings must not follow an app that configures its own @lit/localize.
 * - `--mode cdn`: `dist/hled-widgets.js`, the script-tag loader (src/hled-widgets.ts), with its chunks in
 *   `dist/cdn/` and the report's data files in `dist/cdn/data/`, loaded by name (package.json
 *   `imports`, condition `hled-cdn`).
 * - `--mode bundle`: `dist/hled-widgets.bundle.js`, everything in one file, for sites that need
 *   a single file with an SRI hash.
 * - `--mode ssr`: `dist/ssr.js`, static rendering for Node (`hled-widgets render`), everything
 *   bundled but Node's own modules.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Stops a build that would otherwise fail on a missing module with a clearer message. */
function needsGenerated(): Plugin {
  return {
    name: 'hled-needs-generated',
    buildStart() {
      if (!existsSync('src/generated/reports.ts')) this.error('src/generated/ is missing: run `npm run generate` (npm ci and npm test do) first.');
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

/** The one list of elements (src/elements.json): each is an entry of the npm build. */
export const ELEMENTS: readonly { tag: string; class: string; slice?: string; content?: boolean; budget: Record<string, number> }[] = JSON.parse(
  readFileSync('src/elements.json', 'utf8'),
).elements;

export const ENTRIES = {
  index: 'src/index.ts',
  ...Object.fromEntries(ELEMENTS.map((e) => [e.tag, `src/${e.tag}.ts`])),
  react: 'src/react.ts',
};

/** The data files of the script-tag build, as entries named after their file (`data/<name>`). */
function dataEntries(): Record<string, string> {
  const dir = 'src/generated/data';
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /^hled-.*\.ts$/.test(f))
      .map((f) => [`data/${f.slice(0, -3)}`, `${dir}/${f}`]),
  );
}

export default defineConfig(({ mode }): UserConfig => {
  const plugins = [needsGenerated(), minifyCss()];
  const base = { target: 'es2022', outDir: 'dist', minify: true, sourcemap: true, reportCompressedSize: false } as const;
  if (mode === 'cdn') {
    return {
      plugins,
      resolve: { conditions: ['hled-cdn', 'module', 'browser', 'production', 'default'] },
      build: {
        ...base,
        emptyOutDir: false,
        // Library mode: the loader fetches what a page needs in parallel itself (src/hled-widgets.ts), so
        // no preload helper that adds <link rel="modulepreload"> elements to the host page's <head>.
        lib: { entry: { 'hled-widgets': 'src/hled-widgets.ts', ...dataEntries() }, formats: ['es'] },
        rolldownOptions: {
          // The loader's own modules (language, data cache) stay in it; element chunks import them from it.
          preserveEntrySignatures: 'allow-extension',
          output: {
            format: 'es',
            entryFileNames: (chunk) => (chunk.name.startsWith('data/') ? `cdn/${chunk.name}.js` : '[name].js'),
            // The two shared chunks keep a fixed name: the loader fetches them by URL, with an
            // element's own chunk (src/hled-widgets.ts). dist/ is served under a versioned path.
            chunkFileNames: (chunk) => (chunk.name.startsWith('hled-') ? 'cdn/[name].js' : 'cdn/[name]-[hash].js'),
            minify: true,
            comments: false,
            // Two shared chunks, which the loader fetches with each element's own: what every element
            // needs (Lit, @lit/localize, the base class and its controllers), and what the elements
            // that show more than one figure share (templates of pillars, initiatives, timelines).
            codeSplitting: {
              // Only the modules named: the runtime they import (language, data cache) stays in the loader.
              includeDependenciesRecursively: false,
              groups: [
                { name: 'hled-core', test: /rolldown\/runtime|node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|src\/(internal\/(hled-element|report-controller|styles|define|templates)|i18n\/lang-controller|data\/(select|load|errors|ids|slices))\.ts/, priority: 10 },
                { name: 'hled-content', test: /src\/internal\/(content|content-styles|content-element|sources)\.ts/, priority: 5 },
              ],
            },
          },
        },
      },
    };
  }
  if (mode === 'bundle') {
    return {
      plugins,
      build: {
        ...base,
        emptyOutDir: false,
        lib: { entry: 'src/hled-widgets.bundle.ts', formats: ['es'], fileName: () => 'hled-widgets.bundle.js' },
        // Browsers load this file as is: minify whitespace too (Vite's lib mode keeps it for ES output).
        rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
      },
    };
  }
  if (mode === 'ssr') {
    return {
      plugins,
      // Everything inside the one file (the CLI needs no dependency), but Node's own modules.
      ssr: { noExternal: true, target: 'node' },
      build: { ...base, emptyOutDir: false, ssr: 'src/ssr.ts', sourcemap: false, rolldownOptions: { output: { codeSplitting: false, entryFileNames: 'ssr.js' } } },
    };
  }
  return {
    plugins,
    build: {
      ...base,
      emptyOutDir: true,
      lib: { entry: ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\/(?!localize)/, /^@lit-labs\//, /^react($|\/)/, /^valibot$/, /^node:/],
        // One file per source module, mirroring src/ and the .d.ts files: the modules that
        // register elements are then exactly the ones package.json's `sideEffects` names.
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
