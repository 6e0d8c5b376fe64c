/**
 * Template pieces every element uses: a report text, a source disclosure, agencies, a figure.
 * Everything is rendered as text. Words come with the view (`view.words`), figures and dates
 * formatted; what only the elements showing more than one figure need is in `content.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Sources, View, ViewMetric } from '../data/view.js';
import { agencyById } from '../data/select.js';

/** What a render function needs: the view, where headings start, and the sources once loaded. */
export interface RenderContext<V extends View = View> {
  readonly view: V;
  readonly level: number;
  readonly sources?: Sources | undefined;
}

/**
 * A text of the report. In the view's language as a rule; a report that lacks that language shows
 * its English, marked as such for screen readers and translation tools.
 */
export function t(ctx: RenderContext, text: string): string | TemplateResult {
  return ctx.view.textLang === ctx.view.lang ? text : html`<span lang=${ctx.view.textLang}>${text}</span>`;
}

/**
 * The report sentence an item comes from (`key`: its id), behind a disclosure. The report is in
 * English. A figure's view carries its sentence; other elements get the report's sentences in a
 * file of their own (`sources.ts`): until it is here the quote is empty and busy.
 */
export function sourceDetails(ctx: RenderContext, key: string): TemplateResult {
  const source = ctx.view.sources?.[key] ?? ctx.sources?.[key];
  return html`<details class="source" part="source">
    <summary>${ctx.view.words.source}</summary>
    <blockquote lang="en" aria-busy=${source === undefined ? 'true' : nothing}>${source ?? ''}</blockquote>
  </details>`;
}

/** Agencies as acronyms with their full name available to everyone (title and screen readers). */
export function agencyList(ids: readonly string[], ctx: RenderContext): TemplateResult | typeof nothing {
  const agencies = ids.map((id) => agencyById(ctx.view, id)).filter((a) => a !== undefined);
  if (agencies.length === 0) return nothing;
  return html`<span class="agencies" part="agencies"
    ><span class="visually-hidden">${ctx.view.words.agencies} </span>${agencies.map((a, i) => {
      const short = a.acronym ?? a.name;
      return html`${i > 0 ? ', ' : ''}${short === a.name
        ? html`<span class="agency">${t(ctx, a.name)}</span>`
        : html`<abbr class="agency" title=${a.name}>${short}</abbr><span class="visually-hidden"> (${t(ctx, a.name)})</span>`}`;
    })}</span
  >`;
}

/** A figure with its qualifier and label, as one sentence. */
export function metricFigure(metric: ViewMetric, ctx: RenderContext): TemplateResult {
  return html`<strong class="value" part="value">${metric.display}</strong>
    <span class="label" part="label">${t(ctx, metric.label)}</span>`;
}
