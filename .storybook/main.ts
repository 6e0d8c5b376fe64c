import type { StorybookConfig } from '@storybook/web-components-vite';
import { readFileSync } from 'node:fs';
import { defaultClientConditions, type Plugin } from 'vite';

const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/**
 * The files of dist/ a browser loads (not the npm modules, .d.ts or static rendering for Node): the
 * loader, its chunks and data files, the one-file build, the frame page and its host script, the
 * themes and their SRI hashes.
 */
const BROWSER_FILES = ['hled-widgets.js', 'hled-widgets.bundle.js', 'cdn', 'embed.html', 'embed-frame.js', 'hled-embed.js', 'themes', 'sri.json'];

/**
 * `npm run site` (scripts/site.mjs) builds this Storybook as the editors' site, with the browser
 * files of dist/ under `hled-widgets/<version>/` (where the builder's snippets point by default) and
 * the data downloads, written by `hled-widgets export` to the folder HLED_SITE_DATA names, under
 * `data/`. `npm start` and `npm run build-storybook` leave them out.
 */
const SITE_DATA = process.env.HLED_SITE_DATA;
const staticDirs = SITE_DATA
  ? [...BROWSER_FILES.map((f) => ({ from: `../dist/${f}`, to: `/hled-widgets/${VERSION}/${f}` })), { from: SITE_DATA, to: '/data' }]
  : [];

/**
 * Lit as pages get it from the package: its production build, in `npm start` as in the build.
 * Vite resolves the `development` export condition in its dev server, which loads Lit's dev build
 * ("Lit is in dev mode" on every story). Storybook's own config plugin adds Vite's default
 * conditions (`development|production`) to `resolve.conditions`, and Vite merges arrays by
 * concatenating them, so the list is rewritten here, after every other plugin's `config` hook.
 */
function productionExportConditions(): Plugin {
  return {
    name: 'hled-production-export-conditions',
    enforce: 'post',
    config(config) {
      const conditions = config.resolve?.conditions ?? [...defaultClientConditions];
      config.resolve = { ...config.resolve, conditions: [...new Set(conditions.map((c) => (c === 'development|production' ? 'production' : c)))] };
    },
  };
}

const config: StorybookConfig = {
  // The docs pages (Introduction, Catalogue, Embed builder) first, then one file per element.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs,
  // This Storybook is the project's documentation site: readers land on the Introduction, not on
  // Storybook's own "Get started" checklist (sidebar widget and settings-menu guide).
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (config) => {
    config.plugins = [...(config.plugins ?? []), productionExportConditions()];
    // Storybook already drops vite.config.ts's `build` (library mode); what is in `build` here is
    // Storybook's own, such as its fonts marked external (without them Vite warns that
    // ./sb-common-assets/*.woff2 "didn't resolve at build time"). Keep it.
    // `lit/directive-helpers.js`, which @storybook/web-components' renderer imports, is not found by
    // the pre-bundler's crawl; served apart, it brought a second lit-html beside the pre-bundled
    // one ("Multiple versions of Lit loaded"). Pre-bundled with the rest of Lit: one Lit.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    };
    config.build = {
      ...config.build,
      // The chunks over Vite's 500 kB are Storybook's own, loaded by this site and by no page that
      // embeds the widgets: the preview runtime (iframe-*.js, ~870 kB: Storybook's preview/runtime.js
      // is 1.6 MB before minifying; the manifest and the theme presets add ~35 kB of ours), the docs
      // blocks (blocks-*.js, ~830 kB: React and MDX) and axe for the a11y panel (axe-*.js, ~660 kB).
      // Splitting them is Storybook's business; a warning on every build would only teach everyone to
      // ignore the build's warnings. Ours (elements, report files, docs pages) are a few kB each.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        ...config.build?.rolldownOptions,
        // Rolldown's "JavaScript callbacks ran for 1.6s of this 7.0s build" names Storybook's CSF
        // transform and comes and goes with the load of a shared 2-core machine: a timing hint
        // about Storybook, not something this project's build can act on.
        checks: { ...config.build?.rolldownOptions?.checks, bundlerTimings: false },
      },
    };
    return config;
  },
};
export default config;
