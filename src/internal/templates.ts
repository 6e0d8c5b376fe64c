/**
 * Template pieces shared by the elements, so `<hled-report>` composes the same markup as
 * `<hled-pillar>` and `<hled-timeline>` in one shadow root. Everything is rendered as text. The words
 * come from `messages.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { pillarName, statusWord } from './messages.js';
import type { EventStatus, HledEvent, InitiativeStatus, Metric, Report } from '../data/types.js';
import { agencyById, agencyShortName, eventsInOrder, metricsOfPillar, pillarByNumber, text } from '../data/select.js';
import { formatEventDate, formatMetricValue } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';

/** What a render function needs: the report, the language, and where headings start. */
export interface RenderContext {
  readonly report: Report;
  readonly locale: Locale;
  readonly level: number;
}

/** A heading at `level` (2–6); deeper levels are capped at 6. */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (Math.min(level, 6)) {
    case 2:
      return html`<h2 part=${part} id=${id ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id ?? nothing}>${content}</h6>`;
  }
}

/** The report sentence an item comes from, behind a disclosure. The report is in English. */
export function sourceDetails(source: string): TemplateResult {
  return html`<details class="source" part="source">
    <summary>${msg('Source', { id: 'source' })}</summary>
    <blockquote lang="en">${source}</blockquote>
  </details>`;
}



/** Status in words and style (icon, border), never by colour alone. */
export function statusBadge(status: InitiativeStatus | EventStatus): TemplateResult {
  return html`<span class="badge" part="status" data-status=${status}>${statusWord(status)}</span>`;
}







/** Agencies as acronyms with their full name available to everyone (title and screen readers). */
export function agencyList(ids: readonly string[], ctx: RenderContext): TemplateResult | typeof nothing {
  const agencies = ids.map((id) => agencyById(ctx.report, id)).filter((a) => a !== undefined);
  if (agencies.length === 0) return nothing;
  const { lang } = ctx.locale;
  return html`<span class="agencies" part="agencies"
    ><span class="visually-hidden">${msg('Agencies:', { id: 'agencies-label' })} </span>${agencies.map(
      (a, i) => {
        const name = text(a.name, lang);
        const short = agencyShortName(a, lang);
        return html`${i > 0 ? ', ' : ''}${short === name
          ? html`<span class="agency">${name}</span>`
          : html`<abbr class="agency" title=${name}>${short}</abbr><span class="visually-hidden"> (${name})</span>`}`;
      },
    )}</span
  >`;
}

/** The report's links named by `ids`, as a list; the labels are text, the URLs http(s) (schema). */
export function linkList(ids: readonly string[] | undefined, ctx: RenderContext): TemplateResult | typeof nothing {
  const links = (ids ?? []).map((id) => ctx.report.links.find((l) => l.id === id)).filter((l) => l !== undefined);
  if (links.length === 0) return nothing;
  return html`<ul class="links" part="links">
    ${links.map((l) => html`<li><a href=${l.url}>${text(l.label, ctx.locale.lang)}</a></li>`)}
  </ul>`;
}

/** A figure with its qualifier and label, as one sentence. */
export function metricFigure(metric: Metric, ctx: RenderContext): TemplateResult {
  return html`<strong class="value" part="value">${formatMetricValue(metric, ctx.locale)}</strong>
    <span class="label" part="label">${text(metric.label, ctx.locale.lang)}</span>`;
}

/** Figures as a grid of items, each the figure and its label. */
export function metricList(metrics: readonly Metric[], ctx: RenderContext): TemplateResult {
  return html`<ul class="metrics">
    ${metrics.map((m) => html`<li class="metric-item">${metricFigure(m, ctx)}</li>`)}
  </ul>`;
}

/** Formatted dates by event and locale tag (the tag also fixes the words' language). */
const dates = new WeakMap<HledEvent, Map<string, string>>();

/** `formatEventDate`, once per event and locale: re-renders (a language switch back, re-mounts) reuse it. */
function eventDate(e: HledEvent, locale: Locale): string {
  let byTag = dates.get(e);
  if (!byTag) dates.set(e, (byTag = new Map()));
  let date = byTag.get(locale.tag);
  if (date === undefined) byTag.set(locale.tag, (date = formatEventDate(e, locale)));
  return date;
}

/**
 * The dated events as list items. A timeline may hold 1,000 of them, so each item is one template
 * (the badge and source inline, only the pillar nested), and the words every item repeats
 * ("Source", the status, "Pillar II") are looked up once per call, not once per item.
 */
export function eventItems(events: readonly HledEvent[], ctx: RenderContext, showPillar: boolean): TemplateResult[] {
  const { locale } = ctx;
  const source = msg('Source', { id: 'source' });
  const words = new Map<string | number, string>();
  const word = (key: string | number, make: () => string): string => {
    let w = words.get(key);
    if (w === undefined) words.set(key, (w = make()));
    return w;
  };
  return events.map((e) => {
    const status = word(e.status, () => statusWord(e.status));
    const date = eventDate(e, locale);
    const title = text(e.title, locale.lang);
    const pillar = showPillar && e.pillar ? word(e.pillar, () => pillarName(e.pillar!)) : '';
    return html`<li class="event" part="event" data-status=${e.status}>
      <time datetime=${e.date} part="date">${date}</time>
      <span class="event-title" part="event-title">${title}</span>
      <span class="event-meta small">
        <span class="badge" part="status" data-status=${e.status}>${status}</span>
        ${pillar && html`<span class="muted">${pillar}</span>`}
      </span>
      <details class="source" part="source"><summary>${source}</summary><blockquote lang="en">${e.source}</blockquote></details>
    </li>`;
  });
}

/** A pillar: title, summary, sections with initiatives, its figures and its dated events. */
export function pillarBody(pillarNumber: number, ctx: RenderContext, options: { withTitle: boolean }): TemplateResult {
  const pillar = pillarByNumber(ctx.report, pillarNumber)!;
  const { lang } = ctx.locale;
  const sub = ctx.level + 1;
  const metrics = metricsOfPillar(ctx.report, pillarNumber);
  const events = eventsInOrder(ctx.report, [pillarNumber]);
  return html`${options.withTitle
      ? heading(ctx.level, html`<span class="pillar-number">${pillarName(pillar.number)}</span>
          <span class="pillar-title">${text(pillar.title, lang)}</span>`, 'title')
      : nothing}
    <p class="summary" part="summary">${text(pillar.summary, lang)}</p>
    ${sourceDetails(pillar.source)}
    ${pillar.sections.map(
      (section) => html`<section class="section" part="section">
        ${heading(sub, text(section.title, lang), 'section-title')}
        <ul class="initiatives" part="initiatives">
          ${section.initiatives.map(
            (i) => html`<li class="initiative" part="initiative">
              <p class="initiative-text">${text(i.text, lang)}</p>
              ${linkList(i.links, ctx)}
              <p class="initiative-meta small">
                ${statusBadge(i.status)} ${agencyList(i.agencies, ctx)}
                ${i.places.length
                  ? html`<span class="places muted"
                      ><span class="visually-hidden">${msg('Places:', { id: 'places-label' })} </span>${i.places
                        .map((p) => text(p, lang))
                        .join(', ')}</span
                    >`
                  : nothing}
              </p>
              ${sourceDetails(i.source)}
            </li>`,
          )}
        </ul>
      </section>`,
    )}
    ${metrics.length
      ? html`<section class="section" part="metrics">
          ${heading(sub, msg('Figures', { id: 'figures' }), 'section-title')}
          ${metricList(metrics, ctx)}
        </section>`
      : nothing}
    ${events.length
      ? html`<section class="section" part="events">
          ${heading(sub, msg('Dates', { id: 'dates' }), 'section-title')}
          <ol class="timeline">
            ${eventItems(events, ctx, false)}
          </ol>
        </section>`
      : nothing}`;
}

