/**
 * Template pieces every element uses: a report text, a source disclosure, agencies, a figure, a
 * "copy link" control. Everything is rendered as text. Words come with the view (`view.words`),
 * figures and dates formatted; what only the elements showing more than one figure need is in
 * `content.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { View, ViewMetric } from '../data/view.js';
import { agencyById } from './select.js';
import { server } from '#hled-server';

/** What a render function needs: the view (with its source sentences), where headings start, the controls' state. */
export interface RenderContext<V extends View = View> {
  readonly view: V;
  readonly level: number;
  /** Acronyms already spelled out in this render: the first use shows the full name. */
  readonly spelled?: Set<string>;
  /** The fact whose link was just copied (`facts.ts`). */
  readonly copied?: string | undefined;
  /** The events whose source sentence the reader opened (`source-toggles.ts`, `content.ts`). */
  readonly opened?: ReadonlySet<string>;
  /** The content of the tools disclosure: once loaded (`tools.ts`), or at once in static rendering (`server.ts`). */
  readonly tools?: TemplateResult | undefined;
  /**
   * A second listing of facts the element already shows (the report's summaries): their anchors
   * are `#hled-all-<id>`, and they carry no "copy link" or "Source" control, which sit by the
   * facts themselves (no two controls of a widget share a name).
   */
  readonly summary?: boolean;
}

/**
 * A text of the report. In the view's language as a rule; a report that lacks that language shows
 * its English, marked as such for screen readers and translation tools.
 */
export function t(ctx: RenderContext, text: string): string | TemplateResult {
  return ctx.view.textLang === ctx.view.lang ? text : html`<span lang=${ctx.view.textLang}>${text}</span>`;
}

/** A short name for an item, to tell its controls apart: its first words. */
export function shortLabel(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 9 ? `${words.slice(0, 8).join(' ')}…` : text;
}

/**
 * The report sentence an item comes from (`key`: its id), behind a disclosure named after the item
 * (`label`): "Source: $18.8 million in new investments…", so no two controls share a name. The
 * report is in English. Every view carries the sentences its disclosures show (scripts/generate.mjs,
 * `data/fetch.ts`); none where the item's text is that sentence (`view.verbatim`).
 */
export function sourceDetails(ctx: RenderContext, key: string, label: string): TemplateResult | typeof nothing {
  const source = ctx.view.sources?.[key];
  if (ctx.summary || source === undefined || (ctx.view as { verbatim?: string[] }).verbatim?.includes(key)) return nothing;
  return html`<details class="source" part="source">
    <summary>${ctx.view.words.source}<span class="visually-hidden">: ${shortLabel(label)}</span></summary>
    <blockquote lang="en" data-label=${ctx.view.words.sourcePrint}>${source}</blockquote>
  </details>`;
}

/**
 * Agencies by name: the first time in a render "U.S. Agency for International Development
 * (USAID)", then "USAID", so every reader (not only those with a mouse or a screen reader) reads
 * what an acronym stands for.
 */
export function agencyList(ids: readonly string[], ctx: RenderContext): TemplateResult | typeof nothing {
  const agencies = ids.map((id) => agencyById(ctx.view, id)).filter((a) => a !== undefined);
  if (agencies.length === 0) return nothing;
  return html`<span class="agencies" part="agencies"
    ><span class="visually-hidden">${ctx.view.words.agencies} </span>${agencies.map((a, i) => {
      const comma = i > 0 ? ', ' : '';
      if (!a.acronym) return html`${comma}<span class="agency">${t(ctx, a.name)}</span>`;
      if (ctx.spelled?.has(a.id)) return html`${comma}<abbr class="agency">${a.acronym}</abbr>`;
      ctx.spelled?.add(a.id);
      return html`${comma}<span class="agency">${t(ctx, a.name)} (<abbr>${a.acronym}</abbr>)</span>`;
    })}</span
  >`;
}

/** A figure with its qualifier, its label as one sentence, and whether it is under way or planned. */
export function metricFigure(metric: ViewMetric, ctx: RenderContext): TemplateResult {
  const status = metric.status && metric.status !== 'reached' ? metric.status : undefined;
  return html`<strong class="value" part="value">${metric.display}</strong>
    <span class="label" part="label">${t(ctx, metric.label)}</span>${status
      ? html` <span class="badge" part="status" data-status=${status}>${ctx.view.words.figureStatus[status]}</span>`
      : nothing}`;
}

/**
 * A control that copies the address of one fact of the page (`#hled-<id>`, which brings it into
 * view, `hled-element.ts`); named after the fact, so that no two share a name.
 */
export function copyLink(ctx: RenderContext, id: string, label: string): TemplateResult | typeof nothing {
  // Not in a page rendered statically: without a script it would do nothing.
  if (ctx.summary || server) return nothing;
  const { words } = ctx.view;
  return html`<button type="button" class="copy-link" part="copy-link" data-link=${id}>
    ${ctx.copied === id ? words.linkCopied : words.copyLink}<span class="visually-hidden">: ${shortLabel(label)}</span>
  </button>`;
}

/** The anchor id of a fact: `#hled-<id>` brings it into view (`facts.ts`). */
export function factId(ctx: RenderContext, id: string): string {
  return `hled-${ctx.summary ? 'all-' : ''}${id}`;
}

/** The widget's "Cite or download" disclosure; its content loads on first opening (`tools.ts`). */
export function toolsDetails(ctx: RenderContext): TemplateResult {
  return html`<details class="tools" part="tools"><summary>${ctx.view.words.tools}</summary>${ctx.tools ?? ''}</details>`;
}
