/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { argTypesOf } from '../stories/lib/arg-types.js';
import { DEFAULT_THEME, THEMES, pageCss } from '../stories/lib/themes.js';
import { LANG_CODES } from '../src/core/languages.js';

// Element descriptions come from the elements' JSDoc; the tables from stories/lib/arg-types.ts.
setCustomElementsManifest(manifest);

const LANGUAGE_TITLES: Record<string, string> = { en: 'English', es: 'Español' };

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the page (<html lang>): what an element without its own lang speaks',
      toolbar: { title: 'Language', icon: 'globe', items: LANG_CODES.map((value) => ({ value, title: LANGUAGE_TITLES[value] ?? value })), dynamicTitle: true },
    },
    theme: {
      description: 'Theme preset the page loads, and its site’s page font',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [...THEMES.map((t) => ({ value: t.id, title: t.title })), { value: 'none', title: 'none (plain page)' }],
        dynamicTitle: true,
      },
    },
  },
  // trade.gov first: most readers of this site embed there, and a page without a theme shows the
  // browser's default serif font, which no host page uses.
  initialGlobals: { lang: 'en', theme: DEFAULT_THEME },
  decorators: [
    (story, context) => {
      // The page stands in for the host: its <html lang>, the theme stylesheet it would load, and
      // the text font of that site on the page (and on the Docs pages' story blocks).
      document.documentElement.lang = context.globals.lang ?? 'en';
      let style = document.getElementById('hled-theme') as HTMLStyleElement | null;
      if (!style) {
        style = document.createElement('style');
        style.id = 'hled-theme';
        document.head.append(style);
      }
      style.textContent = pageCss(context.globals.theme, 'body, .docs-story');
      const rendered = story();
      // On a Docs page, a long element (a pillar, the whole report) scrolls in a box of its own
      // instead of making the page tens of thousands of pixels tall. Focusable, so a keyboard scrolls it.
      const maxHeight = context.parameters.docs?.maxHeight as string | undefined;
      if (context.viewMode !== 'docs' || !maxHeight) return rendered;
      const label = `${context.title.split('/').pop()}: ${context.name} (scrolls)`;
      return html`<div data-hled-docs-scroll role="region" aria-label=${label} tabindex="0" style="max-height:${maxHeight};overflow:auto">${rendered}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      toc: true,
      extractArgTypes: argTypesOf,
      // "Show code" gives what a page pastes: the element, without the Docs page's scroll box.
      source: { transform: (code: string) => code.trim().replace(/^<div data-hled-docs-scroll[^>]*>([\s\S]*)<\/div>$/, '$1').trim() },
    },
    options: {
      storySort: { order: ['Introduction', 'Catalogue', 'Embed builder', 'Elements'] },
    },
  },
};
export default preview;
