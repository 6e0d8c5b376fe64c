/**
 * What a widget's "Cite or download" disclosure holds, loaded on its first opening (and made again
 * when what the widget shows or its language changes: `tools-controller.ts`): a
 * citation of what the widget shows (report, date, publisher, trade.gov/HLED, the fact, the day it
 * was read) with a control to copy it, and downloads made in the page (no server): what the widget
 * shows as CSV (a row per figure, initiative and event; a column per language; the source sentence;
 * the report id) and the whole report as JSON, the data format of `src`.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { load as loadReportFile } from '#hled-data/report';
import { bundled, type DataRequest } from '../core/load.js';
import { fileName } from '../core/files.js';
import type { Report } from '../data/types.js';
import type { View } from '../data/view.js';
import type { ToolsController, ToolsHost } from '../core/tools-controller.js';
import { formatEventDate, formatMetricValue } from '../i18n/format.js';
import { INTL_TAG, LANGUAGES, type Lang } from '../core/languages.js';
import { withLocale } from '../i18n/localize.js';
import { loadStrings } from '../i18n/strings.js';
import { citationText } from '../i18n/citation.js';

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

/** What a widget shows, for its disclosure: its view, a name for it, the ids of its facts, and where its report is. */
export interface Shown {
  readonly view: View;
  /** What the widget shows, named for a citation: the figure, the pillar's title… */
  readonly caption: string;
  /** The facts it shows (figures, initiatives, events), in its order: the rows of its CSV. */
  readonly ids: readonly string[];
  /** Its element's name without `hled-`, for the file name of a download of more than one fact. */
  readonly name: string;
  readonly req: Pick<DataRequest, 'src' | 'report'>;
}

/**
 * The disclosure's content for what a widget shows, and the object URLs of its downloads, which
 * the caller releases (`URL.revokeObjectURL`) when it makes the content again or goes away.
 */
export async function tools({ view, caption: shown, ids, name, req }: Shown): Promise<{ content: TemplateResult; urls: string[] }> {
  const { lang } = view;
  const [report] = await Promise.all([reportOf(req), ...LANGUAGES.map((l) => loadStrings(l.code))]);
  const base = name === 'metric' && ids.length === 1 ? `${report.id}-${ids[0]}` : `${report.id}-${name}`;
  const urls: string[] = [];
  /** A download link for `text`, made in the page. */
  const download = (file: string, type: string, text: string, label: string) => {
    const href = URL.createObjectURL(new Blob([text], { type }));
    urls.push(href);
    return html`<a href=${href} download=${file}>${label}</a>`;
  };
  const content = withLocale(lang, () => {
    const copied = msg('Citation copied', { id: 'citation-copied' });
    const citation = citationText(report, view, shown, new Date());
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
  return { content, urls };
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

/** What the widget shows now; undefined while it shows no data, or waits for other data. */
function shownBy(host: ToolsHost): Shown | undefined {
  const { view, error, stale, req } = host.data;
  if (!view || error || stale || !req) return undefined;
  return { view, caption: host.citation(view), ids: host.factIds(view), name: host.localName.replace(/^hled-/, ''), req: { src: req.src, report: req.report } };
}

/** Starts following the controller's host, its disclosure `details` just opened. */
export function follow(controller: ToolsController, details: HTMLDetailsElement): ToolsFollower {
  const follower = new ToolsFollower(controller);
  controller.follower = follower;
  controller.host.addController(follower);
  follower.toggled(details.open);
  return follower;
}

/**
 * What follows a widget once its disclosure has been opened (`tools-controller.ts` loads it then),
 * as a controller of the widget: makes the content for what the widget shows, again when that
 * changes (at once while open, on the next opening while closed), and releases the object URLs of
 * every content it made, at the latest when the widget leaves the page.
 */
export class ToolsFollower implements ReactiveController {
  /** What the content on screen was made for, and the object URLs it holds. */
  private made?: Shown;
  private urls: string[] = [];
  private open = false;
  /** The latest request: an older one that answers late is dropped. */
  private token = 0;

  constructor(private readonly controller: ToolsController) {}

  private shown(): Shown | undefined {
    return shownBy(this.controller.host as ToolsHost);
  }

  toggled(open: boolean): void {
    this.open = open;
    const shown = this.shown();
    if (open && shown && !(this.made && same(shown, this.made))) this.make(shown);
  }

  hostDisconnected(): void {
    this.drop();
  }

  /** After each render of the widget: what it shows may have changed. */
  hostUpdated(): void {
    const shown = this.shown();
    if (!shown || !this.made || same(shown, this.made)) return;
    if (this.open) return this.make(shown);
    // Closed: made again on its next opening; what it held is let go now.
    this.drop();
  }

  /** Lets go of the content and its object URLs (the widget left the page, or shows other data). */
  drop(): void {
    this.release();
    this.controller.content = this.made = undefined;
    ++this.token;
  }

  private make(shown: Shown): void {
    const token = ++this.token;
    this.made = shown;
    tools(shown).then(
      ({ content, urls }) => {
        if (token !== this.token) return urls.forEach((u) => URL.revokeObjectURL(u));
        this.release();
        this.urls = urls;
        this.controller.content = content;
        this.controller.host.requestUpdate();
      },
      // The report file did not come (a `src` gone offline): the next opening tries again.
      () => token === this.token && (this.made = undefined),
    );
  }

  private release(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
  }
}

/** Whether two answers to "what does the widget show" are the same: same view, name and facts. */
function same(a: Shown, b: Shown): boolean {
  return a.view === b.view && a.caption === b.caption && a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
}
