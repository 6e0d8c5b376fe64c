/**
 * Every output of the package is a Vite build of src/ (scripts/build.mjs runs them in order; the
 * first empties dist/). src/generated/ must exist first: `npm run generate` writes it.
 *
 * - `vite build` (mode "production"): ES modules for npm users, one per source module, `lit` left
 *   as imports so the consumer's bundler shares one copy. @lit/localize is inlined: the widgets'
 *   strings must not follow an app that configures its own @lit/localize.
 * - `--mode cdn`: the script tag's element modules and their shared chunks in `dist/cdn/`; `--mode data`
 *   the report's data files in `dist/cdn/data/`, loaded by name (package.json `imports`, condition
 *   `hled-cdn`); `--mode loader`: the loader that fetches them, `dist/hled-widgets.js` (src/hled-widgets.ts).
 * - `--mode bundle`: `dist/hled-widgets.bundle.js`, everything in one file, for sites that need
 *   a single file with an SRI hash.
 * - `--mode ssr`: `dist/ssr.js`, static rendering for Node (`hled-widgets render`), everything
 *   bundled but Node's own modules.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { existsSync, readdirSync } from 'node:fs';
import { ELEMENTS, SHARED } from './scripts/elements.mjs';

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
 * The elements' `html\`…\`` and `css\`…\`` literals minified (Lit ships them as written), with
 * minify-literals, the tool Lit's production guide points to (html-minifier-terser, clean-css).
 * Whitespace runs collapse to one space, never to none: the space between a figure and its label
 * is text.
 */
function minifyLiteralsPlugin(): Plugin {
  return {
    name: 'hled-minify-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        minifyOptions: { conservativeCollapse: true },
      });
      return result ? { code: result.code, map: result.map?.toString() ?? null } : null;
    },
  };
}

/** The one list of elements (src/elements.json): each is an entry of the npm and script-tag builds. */
const ENTRIES = {
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

/**
 * The script tag's promise: the loader fetches an element's module and the shared chunks it needs
 * all at once, by their fixed names. A module that lands in a hashed chunk imported statically
 * would be fetched only after the element's module arrived (one more round trip): the build fails
 * instead, naming it, so that it goes into a group above.
 */
function noHiddenChunks(): Plugin {
  return {
    name: 'hled-no-hidden-chunks',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.name.startsWith('hled-')) continue;
        const hidden = chunk.imports.filter((i) => !/^cdn\/hled-[\w-]+\.js$/.test(i));
        if (hidden.length) this.error(`${chunk.fileName} imports ${hidden.join(', ')} statically: move its modules into a shared folder (src/core/, src/content/: elements.json's shared).`);
      }
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const plugins = [needsGenerated(), minifyLiteralsPlugin()];
  const base = { target: 'es2022', outDir: 'dist', minify: true, sourcemap: true, reportCompressedSize: false } as const;
  if (mode === 'cdn') {
    // The script tag's files, in dist/cdn/: each element's module (an entry, under its own name),
    // the chunks they share, and the data files, all loaded by name. The loader that fetches them
    // (dist/hled-widgets.js) is a build of its own (mode "loader"): no file here imports it, so a
    // page may load it under any URL (with ?ver=…, as CMSs add) without a second copy of anything.
    return {
      plugins: [...plugins, noHiddenChunks()],
      resolve: { conditions: ['hled-cdn', 'module', 'browser', 'production', 'default'] },
      define: { __HLED_DATA_DIR__: JSON.stringify('./data/') },
      build: {
        ...base,
        emptyOutDir: false,
        // Library mode: no preload helper that would add <link rel="modulepreload"> elements to
        // the host page's <head>; the loader fetches what a page needs in parallel itself.
        lib: { entry: Object.fromEntries(ELEMENTS.map((e) => [e.tag, `src/${e.tag}.ts`])), formats: ['es'] },
        rolldownOptions: {
          preserveEntrySignatures: 'allow-extension',
          output: {
            format: 'es',
            // Elements, shared chunks and data keep fixed names: the loader fetches them by URL.
            // dist/ is served under a versioned path (README, "Self-hosting").
            entryFileNames: 'cdn/[name].js',
            chunkFileNames: (chunk) => (chunk.name.startsWith('hled-') ? 'cdn/[name].js' : 'cdn/[name]-[hash].js'),
            minify: true,
            comments: false,
            // The shared chunks, which the loader fetches with each element's own: one per folder of
            // src/ that elements.json names in `shared` (src/core/: what every element needs, with
            // Lit and everything else it imports; src/content/: what the elements with long content
            // share). A module is in a shared chunk because of the folder it is in, nothing else.
            codeSplitting: {
              groups: SHARED.map((folder, i) => ({ name: `hled-${folder}`, test: new RegExp(`/src/${folder}/`), priority: SHARED.length - i })),
            },
          },
        },
      },
    };
  }
  if (mode === 'data') {
    // The script tag's data files, dist/cdn/data/: each a module of generated JSON that imports
    // nothing, loaded by URL. No source maps: there is nothing to map back to (a map's comment
    // alone was 35 B gzip of every page's data file).
    return {
      plugins: [needsGenerated()],
      build: {
        ...base,
        sourcemap: false,
        emptyOutDir: false,
        lib: { entry: dataEntries(), formats: ['es'] },
        rolldownOptions: { output: { entryFileNames: 'cdn/[name].js', minify: true, comments: false } },
      },
    };
  }
  if (mode === 'loader') {
    // dist/hled-widgets.js, the script tag's one file: the loader, everything inside it.
    return {
      plugins,
      resolve: { conditions: ['hled-cdn', 'module', 'browser', 'production', 'default'] },
      define: { __HLED_DATA_DIR__: JSON.stringify('./cdn/data/') },
      build: {
        ...base,
        emptyOutDir: false,
        lib: { entry: 'src/hled-widgets.ts', formats: ['es'], fileName: () => 'hled-widgets.js' },
        rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
      },
    };
  }
  if (mode === 'frame') {
    // The frame page (dist/embed.html, copied as it is from src/embed/public/, Vite's public folder)
    // and its one script, dist/embed-frame.js, with the script-tag loader inside (as mode "loader").
    return {
      plugins,
      publicDir: 'src/embed/public',
      resolve: { conditions: ['hled-cdn', 'module', 'browser', 'production', 'default'] },
      define: { __HLED_DATA_DIR__: JSON.stringify('./cdn/data/') },
      build: {
        ...base,
        emptyOutDir: false,
        lib: { entry: 'src/embed/frame.ts', formats: ['es'], fileName: () => 'embed-frame.js' },
        rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
      },
    };
  }
  if (mode === 'host') {
    // dist/hled-embed.js: the optional script of a page with hled frames, a classic script (IIFE),
    // which any CMS field that takes a script takes.
    return {
      plugins,
      build: {
        ...base,
        emptyOutDir: false,
        sourcemap: false,
        lib: { entry: 'src/embed/host.ts', formats: ['iife'], name: 'hledEmbed', fileName: () => 'hled-embed.js' },
        rolldownOptions: { output: { minify: true, comments: false } },
      },
    };
  }
  if (mode === 'bundle') {
    return {
      plugins,
      // No per-pillar or per-institution files: the one file carries each report whole (src/data/no-files.ts).
      resolve: { conditions: ['hled-whole', 'module', 'browser', 'production', 'default'] },
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
      // Everything inside the one file (the CLI needs no dependency), but Node's own modules. Every
      // report is loaded whole before rendering: no per-pillar or per-institution files (src/data/no-files.ts).
      ssr: { noExternal: true, target: 'node', resolve: { conditions: ['hled-whole', 'module', 'node', 'development|production'] } },
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
