/**
 * What a widget's "Cite or download" disclosure holds, loaded on its first opening: a
 * citation of what the widget shows (report, date, publisher, trade.gov/HLED, the fact, the day it
 * was read) with a control to copy it, and downloads made in the page (no server): what the widget
 * shows as CSV (a row per figure, initiative and event; a column per language; the source sentence;
 * the report id) and the whole report as JSON, the data format of `src`.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { load as loadReportFile } from '#hled-data/report';
import { bundled, type DataRequest } from '../data/load.js';
import { fileName } from '../data/files.js';
import type { Report } from '../data/types.js';
import type { View } from '../data/view.js';
import { formatEventDate, formatMetricValue } from '../i18n/format.js';
import { INTL_TAG, LANGUAGES, type Lang } from '../i18n/languages.js';
import { withLocale } from '../i18n/localize.js';
import { loadStrings } from '../i18n/strings.js';
import { citationText } from '../i18n/citation.js';

type Host = HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; src?: string; report?: string };

/** The report file itself: the bundled one, or the `src` file. */
async function reportOf(req: Pick<DataRequest, 'src' | 'report'>): Promise<Report> {
  if (req.src) return (await import('../data/fetch.js')).reportAt(req.src);
  return (await loadReportFile(fileName(bundled(req.report)!.id, 'report'))) as Report;
}

/** A CSV cell: quoted when it must be; a formula-looking text made plain text for spreadsheets. */
function cell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per fact shown (ids `hled-<id>` in the widget), a column per language for every text. */
export function csvOf(report: Report, ids: readonly string[]): string {
  const langs = LANGUAGES.map((l) => l.code);
  const head = ['report', 'kind', 'id', 'pillar', 'status', 'date', 'date_supplied', ...langs.flatMap((l) => [`text_${l}`, `figure_${l}`]), 'source'];
  const rows: unknown[][] = [];
  const text = (t: Record<string, string | undefined>, l: Lang) => t[l] ?? t.en;
  const locale = (lang: Lang) => ({ lang, tag: INTL_TAG[lang] });
  const initiatives = report.pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives.map((i) => ({ ...i, pillar: p.number }))));
  for (const id of ids) {
    const metric = report.metrics.find((m) => m.id === id);
    const initiative = initiatives.find((i) => i.id === id);
    const event = report.events.find((e) => e.id === id);
    if (metric) {
      rows.push([report.id, 'figure', id, metric.pillar, metric.status ?? 'reached', '', '', ...langs.flatMap((l) => [text(metric.label, l), withLocale(l, () => formatMetricValue(metric, locale(l)))]), metric.source]);
    } else if (initiative) {
      rows.push([report.id, 'initiative', id, initiative.pillar, initiative.status, '', '', ...langs.flatMap((l) => [text(initiative.text, l), '']), initiative.source]);
    } else if (event) {
      rows.push([report.id, 'event', id, event.pillar ?? '', event.status, event.date, event.inferred ?? '', ...langs.flatMap((l) => [text(event.title, l), withLocale(l, () => formatEventDate(event, locale(l)))]), event.source]);
    }
  }
  return `${[head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The citation of what a widget shows (`shown`), from `report`, in the view's language: title, date,
 * publisher, address, the fact, and the day the reader read it (`readOn`) where it is known —
 * not in static output, written before anyone reads it. Call inside `withLocale`.
 */
export function citationOf(report: Report, view: Pick<View, 'lang' | 'tag'>, shown: string, readOn?: Date): string {
  return citationText(report, { lang: view.lang, tag: view.tag }, shown, readOn);
}

/** A download link for `text`, made in the page. */
function download(name: string, type: string, text: string, label: string): TemplateResult {
  const href = URL.createObjectURL(new Blob([text], { type }));
  return html`<a href=${href} download=${name}>${label}</a>`;
}

/** The disclosure's content for `host`, which shows `view`; `shown` names what it shows. */
export async function tools(host: Host, view: View, shown: string): Promise<TemplateResult> {
  const { lang } = view;
  const [report] = await Promise.all([reportOf({ src: host.src || undefined, report: host.report || undefined }), ...LANGUAGES.map((l) => loadStrings(l.code))]);
  const ids = [...host.renderRoot.querySelectorAll('[id^="hled-"]')].map((e) => e.id.slice(5));
  const base = ids.length === 1 ? `${report.id}-${ids[0]}` : `${report.id}-${host.localName.replace(/^hled-/, '')}`;
  return withLocale(lang, () => {
    const copied = msg('Citation copied', { id: 'citation-copied' });
    const citation = citationOf(report, view, shown, new Date());
    return html`<div class="tools-body">
      <p class="citation" part="citation">${citation}</p>
      <button type="button" class="copy-link copy-citation" @click=${(e: Event) => copy(e, citation, copied)}>
        ${msg('Copy citation', { id: 'copy-citation' })}</button
      ><span class="copied small" role="status"></span>
      <ul class="downloads">
        <li>${download(`${base}.csv`, 'text/csv', csvOf(report, ids), msg('The data shown here (CSV)', { id: 'download-csv' }))}</li>
        <li>${download(`${report.id}.json`, 'application/json', JSON.stringify(report, null, 2), msg('The whole report (JSON)', { id: 'download-json' }))}</li>
      </ul>
    </div>`;
  });
}

/**
 * Copies `text`; the status next to the control says so, for a moment (a live region: announced).
 * Without a clipboard (a page served over http, a refused permission) the citation is selected,
 * ready for the reader's own copy.
 */
function copy(event: Event, text: string, done: string): void {
  const button = event.currentTarget as Element;
  const status = button.nextElementSibling!;
  const select = () => getSelection()?.selectAllChildren(button.previousElementSibling!);
  if (!navigator.clipboard) return select();
  navigator.clipboard.writeText(text).then(() => {
    status.textContent = done;
    setTimeout(() => (status.textContent = ''), 3000);
  }, select);
}
