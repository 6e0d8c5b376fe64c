/// <reference types="vite/client" />
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
import { load, WHOLE } from './core/load.js';
import { REPORTS } from './generated/reports.js';
import { LANGUAGES } from './core/languages.js';
import { toLocale } from './core/locale.js';
import { HledElement } from './core/hled-element.js';
import { staticPage } from './internal/server.js';
import { loadStrings } from './i18n/strings.js';
import { load as loadReportFile } from '#hled-data/report';
import { fileName } from './core/files.js';
import type { Report } from './data/types.js';
import { csvOf } from './internal/tools.js';
import { reportFacts } from './content/shows.js';
import type { ReportView } from './data/view.js';
import { datasetJsonLd, dcatCatalog, jsonLdScript, type JsonLdOptions } from './open-data.js';

export { LANGUAGES, REPORTS, csvOf, jsonLdScript };

/** The theme presets (src/themes/*.css), by name: what `theme` inlines. */
const THEME_CSS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./themes/*.css', { query: '?raw', import: 'default', eager: true })).map(([path, css]) => [path.replace(/^.*\/|\.css$/g, ''), css]),
);

/** The themes `renderToString` and `render --theme` take. */
export const THEMES = Object.keys(THEME_CSS).sort();

export interface RenderOptions {
  /**
   * Language of elements that have no `lang` attribute of their own (`en` or `es`). The server
   * cannot see the page around the markup, so set it here or on each element. Default `en`.
   */
  lang?: string;
  /**
   * Adds, for each report the markup shows, a `<script type="application/ld+json">` with the
   * report as a schema.org `Dataset`: in the `<head>` of a whole page, else at the end. `true`, or
   * where the site serves the CSV and JSON files (`baseUrl`) and the data's licence (`license`).
   */
  jsonld?: boolean | JsonLdOptions;
  /**
   * Prints a whole page around the markup: doctype, `<html lang>` (the `lang` option, else `en`),
   * charset, viewport and `<title>` (`title`, else the report's title in that language).
   */
  document?: boolean | { title?: string | undefined };
  /**
   * Where the site serves the report's files (`hled-widgets export --format csv|json`), a URL or a
   * path ending in `/`: the "Cite or download" links of the static page point there, and so does
   * `jsonld` unless it names its own `baseUrl`. Default: beside the page (`hled-2023-04-18.csv`).
   */
  downloads?: string | undefined;
  /**
   * A theme preset (`trade-gov`, `gob-mx`), inlined as a `<style>`: in the `<head>` of a whole page,
   * else before the fragment. It sets only `--hled-*` custom properties.
   */
  theme?: string | undefined;
}

let defaultLang: string | undefined;
/** The bundled reports the elements of the render in progress show, and the languages they speak. */
let shown: Set<string> | undefined;
let spoken: Set<string> | undefined;

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
  shown?.add(element.report || REPORTS[0].id);
  spoken?.add(element.lang || 'en');
  return undefined;
});

let preloaded: Promise<unknown> | undefined;

/**
 * Every bundled report in both languages, loaded once: each element's first (and only) render on
 * the server then finds its data synchronously (`peekReport`), instead of rendering "loading".
 */
function preload(): Promise<unknown> {
  preloaded ??= Promise.all([
    // Each view with every source sentence (the builds with whole reports, report-whole.ts): every
    // element, a figure or a pillar included, reads its part out of it, and a page without script
    // shows each sentence in its disclosure.
    ...REPORTS.flatMap((r) => LANGUAGES.map((l) => load({ report: r.id, locale: toLocale(l.code), part: WHOLE }))),
    ...LANGUAGES.map((l) => loadStrings(l.code)),
    // The report files, for the citation of a page read without a script (server.ts).
    ...REPORTS.map(async (r) => staticPage.reports.set(r.id, await reportFile(r.id))),
  ]);
  return preloaded;
}

/**
 * Renders `markup` (an HTML fragment containing hled-* elements, written by the page author) to
 * HTML with declarative shadow roots. Rejects on a `src` attribute or an unknown `report` id, and
 * (an `HledUsageError`) on `document` around markup that is already a whole page.
 */
export async function renderToString(markup: string, options: RenderOptions = {}): Promise<string> {
  await preload();
  const page = /^\s*(<!doctype|<html[\s>])/i.test(markup);
  if (options.document && page) {
    throw new HledUsageError('hled-widgets render: --document wraps a fragment, and this markup is already a whole page (it starts with <!doctype> or <html>).');
  }
  if (options.theme !== undefined && !Object.hasOwn(THEME_CSS, options.theme)) {
    throw new HledUsageError(`hled-widgets render: unknown theme "${options.theme}"; the themes are: ${THEMES.join(', ')}.`);
  }
  const reports = new Set<string>();
  const langs = new Set<string>();
  const out = renderMarkup(markup, options.lang, reports, langs, options.downloads ?? '');
  // The page speaks what its elements speak: --lang, else their one language, else English.
  const pageLang = options.lang ?? pageLanguageOf(langs);
  const lang = toLocale(pageLang).lang;
  const ids = reports.size ? [...reports] : [REPORTS[0].id];
  const jsonld = typeof options.jsonld === 'object' ? options.jsonld : {};
  const scripts = options.jsonld
    ? (await Promise.all(ids.map(reportFile))).map((r) => jsonLdScript(datasetJsonLd(r, { ...jsonld, baseUrl: jsonld.baseUrl ?? options.downloads }))).join('')
    : '';
  // A theme sets custom properties on :root, whatever the page: a <style> element, in a page's head.
  const theme = options.theme ? `<style>${THEME_CSS[options.theme]!.trim()}</style>` : '';
  if (options.document) {
    const own = typeof options.document === 'object' ? options.document.title : undefined;
    const report = await reportFile(ids[0]);
    const title = own ?? (report.title as Record<string, string | undefined>)[lang] ?? report.title.en;
    return (
      `<!doctype html>\n<html lang="${escapeText(pageLang).replace(/"/g, '&quot;')}">\n<head>\n<meta charset="utf-8">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeText(title)}</title>\n` +
      `${theme ? `${theme}\n` : ''}${scripts ? `${scripts}\n` : ''}</head>\n<body>\n${out}\n</body>\n</html>`
    );
  }
  const head = /<\/head\s*>/i.exec(out);
  if (head) return `${out.slice(0, head.index)}${theme}${scripts}${out.slice(head.index)}`;
  // A fragment: the theme before it, the JSON-LD (where crawlers look first in a page) after it.
  return `${theme}${out}${scripts}`;
}

/**
 * The language of a page whose elements speak `langs` (their `lang` as rendered): the one they
 * share (`es-MX` when every one says `es-MX`, `es` when they say `es` and `es-MX`), else English.
 */
function pageLanguageOf(langs: ReadonlySet<string>): string {
  if (langs.size === 1) return [...langs][0]!;
  const codes = new Set([...langs].map((l) => toLocale(l).lang));
  return codes.size === 1 ? [...codes][0]! : 'en';
}

/**
 * The markup with its hled-* elements rendered; the reports they show are added to `reports`, the
 * languages they speak to `langs`; their downloads point at `downloads`.
 */
function renderMarkup(markup: string, lang: string | undefined, reports: Set<string>, langs = new Set<string>(), downloads = ''): string {
  // The markup is the author's own HTML, like a template literal in their source: give it to
  // Lit's renderer as the static strings of a template, so it finds and renders the custom elements.
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  // Synchronous (the data is preloaded), so concurrent calls cannot see each other's `lang`.
  defaultLang = lang;
  shown = reports;
  spoken = langs;
  staticPage.downloads = downloads;
  try {
    const out = collectResultSync(render(html(strings)));
    // The comments around the whole markup only serve Lit's own hydration, which we do not use.
    return out.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  } finally {
    defaultLang = undefined;
    shown = undefined;
    spoken = undefined;
  }
}

/** Text for an HTML element's content. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Bad input to `renderToString` or `exportReport` (an unknown format or report id…): the CLI exits 2 on it. */
export class HledUsageError extends Error {
  override name = 'HledUsageError';
}

/** The report file of bundled report `id` (validated, as in data/reports/, without `$schema`). */
async function reportFile(id: string): Promise<Report> {
  return (await loadReportFile(fileName(id, 'report'))) as Report;
}

/** What `exportReport` prints. */
export const EXPORT_FORMATS = ['csv', 'json', 'jsonld', 'dcat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends JsonLdOptions {
  /** Id of a bundled report. Default: the latest. */
  report?: string | undefined;
  /** `dcat`: language of the title, description and keywords (every language is in the `…Map` fields). */
  lang?: string | undefined;
  /** `dcat`: the address that answers questions about the data (required: DCAT-US requires a contact, and the report gives none). */
  contactEmail?: string | undefined;
  /** `dcat`: the name on that contact. Default: the address. */
  contactName?: string | undefined;
}

/**
 * The report as a file: `csv`, what the "Cite or download" disclosure of `<hled-report>` gives
 * (a row per figure, initiative and event, a column per language); `json`, the report file (the
 * disclosure's other download); `jsonld`, a schema.org Dataset; `dcat`, a DCAT-US 3.0 `data.json`.
 * Rejects with an `HledUsageError` on an unknown format or report id, and on a `dcat` export
 * without an absolute `baseUrl` or a `contactEmail`.
 */
export async function exportReport(format: string, options: ExportOptions = {}): Promise<string> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new HledUsageError(`hled-widgets export: unknown format "${format}"; the formats are: ${EXPORT_FORMATS.join(', ')}.`);
  }
  const entry = options.report ? REPORTS.find((r) => r.id === options.report) : REPORTS[0];
  if (!entry) {
    throw new HledUsageError(`hled-widgets export: no report "${options.report}"; the bundled reports are: ${REPORTS.map((r) => r.id).join(', ')}.`);
  }
  await preload();
  const report = await reportFile(entry.id);
  switch (format as ExportFormat) {
    case 'csv': {
      // The facts <hled-report> shows, in its order, from its view: what its own download holds.
      const { view } = await load({ report: entry.id, locale: toLocale('en'), part: WHOLE });
      return csvOf(report, reportFacts(view as ReportView));
    }
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'jsonld':
      return `${JSON.stringify(datasetJsonLd(report, options), null, 2)}\n`;
    case 'dcat': {
      if (!options.baseUrl || !/^https?:\/\/[^/]/i.test(options.baseUrl)) {
        throw new HledUsageError('hled-widgets export: --format dcat needs --base-url <https://…/>, an absolute URL where the site serves the CSV and JSON files (DCAT-US download URLs are absolute).');
      }
      if (!options.contactEmail) {
        throw new HledUsageError('hled-widgets export: --format dcat needs --contact-email <address>: DCAT-US requires a contact point with an email, and the report gives none.');
      }
      const lang = options.lang ? toLocale(options.lang).lang : undefined;
      return `${JSON.stringify(dcatCatalog(report, { ...options, baseUrl: options.baseUrl, contactEmail: options.contactEmail, lang }), null, 2)}\n`;
    }
  }
}
