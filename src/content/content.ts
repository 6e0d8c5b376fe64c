/**
 * Template pieces of the elements that show more than one figure, so `<hled-report>` composes the
 * same markup as `<hled-pillar>`, `<hled-timeline>` and `<hled-agency>` in one shadow root: link
 * lists, figure lists, timelines, a pillar's initiatives. Every fact (figure, initiative, event)
 * carries `id="hled-<id>"` and a "copy link" control. Everything is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventStatus, InitiativeStatus } from '../data/types.js';
import type { ContentView, ViewEvent, ViewInitiative, ViewMetric } from '../data/view.js';
import type { PillarShows } from './shows.js';
import type { ContentWords } from '../i18n/words.js';
import { server } from '#hled-server';
import { agencyList, copyLink, factId, metricFigure, shortLabel, sourceDetails, t, type RenderContext as AnyContext } from '../core/templates.js';

/** What the content templates need: a report's content view, where headings start, the sources. */
export type RenderContext = AnyContext<ContentView>;

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

/** Whether a link's text shows its address ("… (gob.mx/dean)"): a printed page adds the others' (class `address`). */
const showsAddress = (label: string, url: string) => label.includes(url.split('//')[1]!);

/**
 * Under dates, when one has a year the report does not write (in brackets): says so. `dates`: the
 * events of a list, or the report's own date (`dateInferred`).
 */
export function suppliedNote(dates: readonly { readonly inferred?: string | undefined }[], ctx: RenderContext): TemplateResult | typeof nothing {
  return dates.some((d) => d.inferred) ? html`<p class="supplied small muted" part="supplied">${wordsOf(ctx).supplied}</p>` : nothing;
}

/** The report's links named by `ids`, as a list; the labels are text, the URLs http(s) (schema). */
export function linkList(ids: readonly string[] | undefined, ctx: RenderContext): TemplateResult | typeof nothing {
  const links = (ids ?? []).map((id) => ctx.view.links.find((l) => l.id === id)).filter((l) => l !== undefined);
  if (links.length === 0) return nothing;
  return html`<ul class="links" part="links">
    ${links.map((l) => html`<li><a href=${l.url} class=${showsAddress(l.label, l.url) ? nothing : 'address'}>${t(ctx, l.label)}</a></li>`)}
  </ul>`;
}

/** Figures as a grid of cards of equal height, each the figure, its label, its source (as a `<hled-metric>` card) and its link. */
export function metricList(metrics: readonly ViewMetric[], ctx: RenderContext): TemplateResult {
  return html`<ul class="metrics">
    ${metrics.map((m) => {
      const label = `${m.display} ${m.label}`;
      return html`<li class="metric-item" part="metric" id=${factId(ctx, m.id)} tabindex="-1">
        <p>${metricFigure(m, ctx)}</p>
        ${sourceDetails(ctx, m.id, label)} ${copyLink(ctx, m.id, label)}
      </li>`;
    })}
  </ul>`;
}

/**
 * An event's source sentence: a "Source" button (aria-expanded) that shows the sentence below it.
 * Not a `<details>`: its internal shadow root was most of an event's cost in a timeline of 1,000
 * (BENCHMARKS.md, issue 20). The sentence is in the DOM from the start, `hidden="until-found"`:
 * find-in-page reaches and opens it (`beforematch`, `source-toggles.ts`), print shows it, and where a browser
 * does not know the value it is simply hidden until opened. A page rendered statically keeps the
 * `<details>`, which opens without a script.
 */
function eventSource(ctx: RenderContext, id: string, label: string): TemplateResult | typeof nothing {
  if (server) return sourceDetails(ctx, id, label);
  const source = ctx.view.sources?.[id];
  if (ctx.summary || source === undefined || ctx.view.verbatim.includes(id)) return nothing;
  const open = !!ctx.opened?.has(id);
  return html`<button type="button" class="source-toggle" part="source" aria-expanded=${open} aria-controls=${`source-${id}`} data-source=${id}>
      ${ctx.view.words.source}<span class="visually-hidden">: ${shortLabel(label)}</span></button
    ><blockquote id=${`source-${id}`} lang="en" data-label=${ctx.view.words.sourcePrint} hidden=${open ? nothing : 'until-found'}>${source}</blockquote>`;
}

/**
 * The dated events as list items. A timeline may hold 1,000 of them, so each item is one template
 * (the badge, link and source inline, only the pillar nested).
 */
export function eventItems(events: readonly ViewEvent[], ctx: RenderContext, showPillar: boolean): TemplateResult[] {
  const { pillar: pillarNames } = ctx.view.words;
  const statuses = wordsOf(ctx).status;
  return events.map((e) => {
    const pillar = showPillar && e.pillar ? pillarNames[e.pillar] : '';
    const label = `${e.when}: ${e.title}`;
    return html`<li class="event" part="event" data-status=${e.status} id=${factId(ctx, e.id)} tabindex="-1">
      <time datetime=${e.date} part="date">${e.when}</time>
      <span class="event-title" part="event-title">${t(ctx, e.title)}</span>
      <span class="event-meta small">
        <span class="badge" part="status" data-status=${e.status}>${statuses[e.status]}</span>
        ${pillar && html`<span class="muted">${pillar}</span>`} ${copyLink(ctx, e.id, label)}
      </span>
      ${eventSource(ctx, e.id, label)}
    </li>`;
  });
}

/** One initiative: its text, links, status, agencies and places, its link and its source. */
export function initiativeItem(i: ViewInitiative, ctx: RenderContext): TemplateResult {
  const words = wordsOf(ctx);
  return html`<li class="initiative" part="initiative" id=${factId(ctx, i.id)} tabindex="-1">
    <p class="initiative-text">${t(ctx, i.text)}</p>
    ${linkList(i.links, ctx)}
    <p class="initiative-meta small">
      ${statusBadge(i.status, ctx)} ${agencyList(i.agencies, ctx)}
      ${i.places.length
        ? html`<span class="places muted"><span class="visually-hidden">${words.places} </span>${t(ctx, i.places.join(', '))}</span>`
        : nothing}
      ${copyLink(ctx, i.id, i.text)}
    </p>
    ${sourceDetails(ctx, i.id, i.text)}
  </li>`;
}

/** The line that says, once, that texts shown without a source disclosure are the report's own words. */
export function quotedNote(ctx: RenderContext, keys: readonly string[]): TemplateResult | typeof nothing {
  return keys.some((k) => ctx.view.verbatim.includes(k)) ? html`<p class="quoted small muted" part="quoted">${wordsOf(ctx).quoted}</p>` : nothing;
}

/**
 * A pillar: title, summary, sections with initiatives, its figures and its dated events; what
 * `pillarShows` selects (with an agency, only what that agency does in it, without the summary).
 */
export function pillarBody(shows: PillarShows, ctx: RenderContext, withTitle: boolean): TemplateResult {
  const words = wordsOf(ctx);
  const sub = ctx.level + 1;
  const { pillar, agency, sections, initiativeIds, metrics, events } = shows;
  return html`${withTitle
      ? heading(ctx.level, html`<span class="pillar-number">${ctx.view.words.pillar[pillar.number]}</span>
          <span class="pillar-title">${t(ctx, pillar.title)}</span>`, 'title', `hled-${pillar.id}`)
      : nothing}
    ${agency ? nothing : html`<p class="summary" part="summary">${t(ctx, pillar.summary)}</p>${sourceDetails(ctx, pillar.id, pillar.title)}`}
    ${sections.map(
      (section) => html`<section class="section" part="section">
        ${heading(sub, t(ctx, section.title), 'section-title')}
        <ul class="initiatives" part="initiatives">
          ${section.initiatives.map((i) => initiativeItem(i, ctx))}
        </ul>
      </section>`,
    )}
    ${quotedNote(ctx, agency ? [...initiativeIds] : [pillar.id, ...initiativeIds])}
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
          ${suppliedNote(events, ctx)}
        </section>`
      : nothing}`;
}
