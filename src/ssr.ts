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
import { load, WHOLE } from './data/load.js';
import { metricSlice } from './elements/hled-metric/metric-slice.js';
import { REPORTS } from './generated/reports.js';
import { LANGUAGES } from './i18n/languages.js';
import { toLocale } from './i18n/locale.js';
import { HledElement, reportFailuresWith } from './internal/hled-element.js';
import { reportFailure } from './i18n/failure.js';
import { loadStrings } from './i18n/strings.js';

// Elements that cannot show their content say so in this one render (their messages loaded below).
reportFailuresWith(reportFailure);

export { LANGUAGES };

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
      `hled-widgets render: <${tag} src="${element.src}"> cannot be rendered statically; only the bundled reports can (${REPORTS.map((r) => r.id).join(', ')}).`,
    );
  }
  if (element.report && !REPORTS.some((r) => r.id === element.report)) {
    throw new Error(
      `hled-widgets render: <${tag}> has report="${element.report}"; the bundled reports are: ${REPORTS.map((r) => r.id).join(', ')}.`,
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
  preloaded ??= Promise.all([
    ...REPORTS.flatMap((r) => LANGUAGES.map((l) => load({ report: r.id, locale: toLocale(l.code), slice: WHOLE }))),
    // A figure reads its own file (with its source sentence): every one, in every language.
    ...REPORTS.flatMap((r) =>
      LANGUAGES.flatMap((l) =>
        load({ report: r.id, locale: toLocale(l.code), slice: WHOLE }).then(({ view }) =>
          Promise.all((view?.metrics ?? []).map((m) => load({ report: r.id, locale: toLocale(l.code), slice: metricSlice(m.id) }))),
        ),
      ),
    ),
    ...LANGUAGES.map((l) => loadStrings(l.code)),
  ]);
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
