import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * The sources import report data as native JSON modules (`import(…, { with: { type: 'json' } })`),
 * which browsers, the test runner and Vite's build all understand. Vite's dev server, though, serves
 * a JSON import as a JavaScript module while the browser, told by the attribute, expects JSON, and
 * refuses it. For `npm start` only, drop the attribute: Vite then imports the JSON its own way.
 */
function jsonImportsForViteDev(): Plugin {
  const attribute = /,\s*\{\s*with:\s*\{\s*type:\s*'json'\s*\}\s*\}|\s+with\s*\{\s*type:\s*'json'\s*\}/g;
  return {
    name: 'hled-json-imports-for-vite-dev',
    apply: 'serve',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.[cm]?[jt]s(\?|$)/.test(id) || !code.includes("type: 'json'")) return undefined;
      return { code: code.replace(attribute, ''), map: null };
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Storybook reads vite.config.ts: keep its data validation, drop the library-build settings.
  viteFinal: (config) => {
    config.plugins = [...(config.plugins ?? []), jsonImportsForViteDev()];
    if (config.build) {
      delete config.build.lib;
      delete config.build.rolldownOptions;
    }
    return config;
  },
};
export default config;
