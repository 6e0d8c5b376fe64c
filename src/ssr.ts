/**
 * Static rendering in Node: turns markup with hled-* tags into HTML whose elements carry their
 * content in declarative shadow DOM (`<template shadowrootmode="open">`), readable with JavaScript
 * off — for CMSs that allow no script, for readers without JavaScript, for crawlers. When the
 * widgets' script does load on the page, each element replaces the static content with its live
 * render in the same task, so the reader sees no loading state and no duplicate.
 *
 * Built for Node into `dist/ssr.js` (with @lit-labs/ssr inside) and used by `npx hled-widgets render`.
 *
 * ```js
 * import { renderToString } from 'hled-widgets/ssr.js';
 * const html = await renderToString('<hled-pillar pillar="2" lang="es"></hled-pillar>');
 * ```
 */
import { render, LitElementRenderer } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import './index.js';
import { loadReport } from './data/load.js';
import { BUNDLED_REPORTS } from './data/bundled.js';
import { HledElement } from './internal/hled-element.js';

export interface RenderOptions {
  /**
   * Language of elements that have no `lang` attribute of their own (`en` or `es`). The server
   * cannot see the page around the markup, so set it here or on each element. Default `en`.
   */
  lang?: string;
}

let defaultLang: string | undefined;

// Runs for every custom element the renderer meets, after its attributes are set, before it renders.
LitElementRenderer.renderOptions.push((element) => {
  if (!(element instanceof HledElement)) return undefined;
  const tag = element.localName ?? element.tagName?.toLowerCase();
  if (element.src) {
    throw new Error(
      `hled-widgets render: <${tag} src="${element.src}"> cannot be rendered statically; only the bundled reports can (${BUNDLED_REPORTS.map((r) => r.id).join(', ')}).`,
    );
  }
  if (element.report && !BUNDLED_REPORTS.some((r) => r.id === element.report)) {
    throw new Error(
      `hled-widgets render: <${tag}> has report="${element.report}"; the bundled reports are: ${BUNDLED_REPORTS.map((r) => r.id).join(', ')}.`,
    );
  }
  // `lang` reflects, so the output carries the language it was rendered in and the browser
  // renders the same language when the script loads.
  if (!element.getAttribute('lang') && defaultLang) element.lang = defaultLang;
  return undefined;
});

let preloaded: Promise<unknown> | undefined;

/**
 * Every bundled report in both languages, loaded once: each element's first (and only) render on
 * the server then finds its data synchronously (`peekReport`), instead of rendering "loading".
 */
function preload(): Promise<unknown> {
  const ids = [undefined, ...BUNDLED_REPORTS.map((r) => r.id)];
  preloaded ??= Promise.all((['en', 'es'] as const).flatMap((lang) => ids.map((id) => loadReport(undefined, id, lang))));
  return preloaded;
}

/**
 * Renders `markup` (an HTML fragment containing hled-* elements, written by the page author) to
 * HTML with declarative shadow roots. Rejects on a `src` attribute or an unknown `report` id.
 */
export async function renderToString(markup: string, options: RenderOptions = {}): Promise<string> {
  await preload();
  // The markup is the author's own HTML, like a template literal in their source: give it to
  // Lit's renderer as the static strings of a template, so it finds and renders the custom elements.
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  // Synchronous (the data is preloaded), so concurrent calls cannot see each other's `lang`.
  defaultLang = options.lang;
  try {
    const out = collectResultSync(render(html(strings)));
    // The comments around the whole markup only serve Lit's own hydration, which we do not use.
    return out.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  } finally {
    defaultLang = undefined;
  }
}
