/**
 * Template pieces of the elements that show more than one figure, so `<hled-report>` composes the
 * same markup as `<hled-pillar>` and `<hled-timeline>` in one shadow root: link lists, figure lists,
 * timelines, a whole pillar. Everything is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventStatus, InitiativeStatus } from '../data/types.js';
import type { ReportView, ViewEvent, ViewMetric } from '../data/view.js';
import { eventsInOrder, metricsOfPillar, pillarByNumber } from '../data/order.js';
import type { ContentWords } from '../i18n/words.js';
import { agencyList, metricFigure, sourceDetails, t, type RenderContext as AnyContext } from './templates.js';

/** What the content templates need: a whole report's view, where headings start, the sources. */
export type RenderContext = AnyContext<ReportView>;

/** The words of the elements with long content. */
export function wordsOf(ctx: RenderContext): ContentWords {
  return ctx.view.contentWords;
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

/** Status in words and style (icon, border), never by colour alone. */
export function statusBadge(status: InitiativeStatus | EventStatus, ctx: RenderContext): TemplateResult {
  return html`<span class="badge" part="status" data-status=${status}>${wordsOf(ctx).status[status]}</span>`;
}

/** The report's links named by `ids`, as a list; the labels are text, the URLs http(s) (schema). */
export function linkList(ids: readonly string[] | undefined, ctx: RenderContext): TemplateResult | typeof nothing {
  const links = (ids ?? []).map((id) => ctx.view.links.find((l) => l.id === id)).filter((l) => l !== undefined);
  if (links.length === 0) return nothing;
  return html`<ul class="links" part="links">
    ${links.map((l) => html`<li><a href=${l.url}>${t(ctx, l.label)}</a></li>`)}
  </ul>`;
}

/** Figures as a grid of items, each the figure and its label. */
export function metricList(metrics: readonly ViewMetric[], ctx: RenderContext): TemplateResult {
  return html`<ul class="metrics">
    ${metrics.map((m) => html`<li class="metric-item">${metricFigure(m, ctx)}</li>`)}
  </ul>`;
}

/**
 * The dated events as list items. A timeline may hold 1,000 of them, so each item is one template
 * (the badge and source inline, only the pillar nested).
 */
export function eventItems(events: readonly ViewEvent[], ctx: RenderContext, showPillar: boolean): TemplateResult[] {
  const { source, pillar: pillarNames } = ctx.view.words;
  const statuses = wordsOf(ctx).status;
  return events.map((e) => {
    const status = statuses[e.status];
    const pillar = showPillar && e.pillar ? pillarNames[e.pillar] : '';
    const quote = ctx.sources?.[e.id];
    return html`<li class="event" part="event" data-status=${e.status}>
      <time datetime=${e.date} part="date">${e.when}</time>
      <span class="event-title" part="event-title">${t(ctx, e.title)}</span>
      <span class="event-meta small">
        <span class="badge" part="status" data-status=${e.status}>${status}</span>
        ${pillar && html`<span class="muted">${pillar}</span>`}
      </span>
      <details class="source" part="source"><summary>${source}</summary><blockquote lang="en" aria-busy=${quote === undefined ? 'true' : nothing}>${quote ?? ''}</blockquote></details>
    </li>`;
  });
}

/** A pillar: title, summary, sections with initiatives, its figures and its dated events. */
export function pillarBody(pillarNumber: number, ctx: RenderContext, options: { withTitle: boolean }): TemplateResult {
  const pillar = pillarByNumber(ctx.view, pillarNumber)!;
  const words = wordsOf(ctx);
  const sub = ctx.level + 1;
  const metrics = metricsOfPillar(ctx.view, pillarNumber);
  const events = eventsInOrder(ctx.view, [pillarNumber]);
  return html`${options.withTitle
      ? heading(ctx.level, html`<span class="pillar-number">${ctx.view.words.pillar[pillar.number]}</span>
          <span class="pillar-title">${t(ctx, pillar.title)}</span>`, 'title')
      : nothing}
    <p class="summary" part="summary">${t(ctx, pillar.summary)}</p>
    ${sourceDetails(ctx, pillar.id)}
    ${pillar.sections.map(
      (section) => html`<section class="section" part="section">
        ${heading(sub, t(ctx, section.title), 'section-title')}
        <ul class="initiatives" part="initiatives">
          ${section.initiatives.map(
            (i) => html`<li class="initiative" part="initiative">
              <p class="initiative-text">${t(ctx, i.text)}</p>
              ${linkList(i.links, ctx)}
              <p class="initiative-meta small">
                ${statusBadge(i.status, ctx)} ${agencyList(i.agencies, ctx)}
                ${i.places.length
                  ? html`<span class="places muted"
                      ><span class="visually-hidden">${words.places} </span>${t(ctx, i.places.join(', '))}</span
                    >`
                  : nothing}
              </p>
              ${sourceDetails(ctx, i.id)}
            </li>`,
          )}
        </ul>
      </section>`,
    )}
    ${metrics.length
      ? html`<section class="section" part="metrics">
          ${heading(sub, words.figures, 'section-title')}
          ${metricList(metrics, ctx)}
        </section>`
      : nothing}
    ${events.length
      ? html`<section class="section" part="events">
          ${heading(sub, words.dates, 'section-title')}
          <ol class="timeline">
            ${eventItems(events, ctx, false)}
          </ol>
        </section>`
      : nothing}`;
}
