/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import tradeGov from '../src/themes/trade-gov.css?inline';
import gobMx from '../src/themes/gob-mx.css?inline';

// Docs (attributes, properties, events, parts, CSS custom properties) come from the elements' JSDoc.
setCustomElementsManifest(manifest);

const THEMES: Record<string, string> = { none: '', 'trade-gov': tradeGov, 'gob-mx': gobMx };

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'es', title: 'Español' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme preset',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [{ value: 'none', title: 'No theme' }, { value: 'trade-gov', title: 'trade.gov (USWDS)' }, { value: 'gob-mx', title: 'gob.mx' }],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'none' },
  decorators: [
    (story, context) => {
      // The page stands in for the host: its <html lang> and the theme stylesheet it would load.
      document.documentElement.lang = context.globals.lang ?? 'en';
      let style = document.getElementById('hled-theme') as HTMLStyleElement | null;
      if (!style) {
        style = document.createElement('style');
        style.id = 'hled-theme';
        document.head.append(style);
      }
      style.textContent = THEMES[context.globals.theme ?? 'none'] ?? '';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
