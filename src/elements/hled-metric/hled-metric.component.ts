import { html, nothing, type TemplateResult } from 'lit';
import { HledElement } from '../../core/hled-element.js';
import { baseStyles } from '../../core/styles.js';
import { agencyList, copyLink, factId, metricFigure, sourceDetails, toolsDetails } from '../../core/templates.js';
import { metricById } from '../../core/select.js';
import type { Part } from '../../core/load.js';
import type { View } from '../../data/view.js';
import { metricPart } from './metric-part.js';
import styles from './hled-metric.styles.js';
/**
 * One figure of the HLED report — "$18.8 million in new investments in small enterprises" — with
 * its pillar, the agencies behind it and the report sentence it comes from.
 *
 * @summary A figure from the HLED report, with its label, pillar, agencies and source.
 * @tag hled-metric
 *
 * @fires hled-error - The metric id, report or `src` could not be shown. `detail: { code, message }`.
 *
 * @csspart base - The metric's box (the figure alone for `variant="figure"`).
 * @csspart value - The figure, with its qualifier and unit ("over 1,800", "$18.8 million").
 * @csspart label - What the figure counts.
 * @csspart status - "In progress" or "Planned", for a figure the report gives as under way or future.
 * @csspart meta - The line naming the pillar and agencies.
 * @csspart agencies - The agencies.
 * @csspart source - The disclosure holding the source sentence.
 * @csspart copy-link - The control that copies the address of the figure (`#hled-<metric>`).
 * @csspart tools - The disclosure with the citation and the data downloads.
 * @csspart citation - The citation of the figure, in the tools disclosure.
 * @csspart loading - The space held while the report loads.
 * @csspart error - The message shown when the metric cannot be shown.
 *
 * @cssprop [--hled-color-accent=#005ea2] - The figure and the top border, unless the two below are set.
 * @cssprop [--hled-color-surface=transparent] - Background of the card, unless `--hled-metric-background` is set.
 * @cssprop [--hled-metric-accent=var(--hled-color-accent)] - Top border of the card.
 * @cssprop [--hled-metric-value-color=var(--hled-color-accent)] - Colour of the figure.
 * @cssprop [--hled-metric-value-size=2em] - Size of the figure.
 * @cssprop [--hled-metric-background=var(--hled-color-surface)] - Background of the card.
 * @cssprop [--hled-metric-padding=1em] - Padding of the card.
 * @cssprop [--hled-metric-min-height=7em] - Height held while the figure loads.
 */
export class HledMetric extends HledElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    metric: { reflect: true },
    variant: { reflect: true },
  };

  /** Id of the metric, e.g. `usaid-investments`, `mdrc-trainees`, `e3-students`. */
  metric = '';

  /**
   * `block` (default): a card with the figure, its pillar and institutions, source, link and
   * citation. `inline`: the figure and its label, inside running text. `figure`: the figure alone
   * ("over 25,800", "US$18.8 millones"), for a sentence that says what it counts.
   */
  variant: 'block' | 'inline' | 'figure' = 'block';

  /** Only this metric of the report: its own small file when bundled. */
  protected override reads(): Part {
    return metricPart(this.metric);
  }

  protected override factIds(view: View): readonly string[] {
    return metricById(view, this.metric) ? [this.metric] : [];
  }

  protected override citation(view: View): string {
    const metric = metricById(view, this.metric);
    return metric ? `${metric.display} ${metric.label}` : '';
  }

  protected override renderView(view: View): TemplateResult {
    const metric = metricById(view, this.metric)!;
    const ctx = this.context(view);
    if (this.variant === 'figure') return html`<span part="base value" class="value" lang=${view.lang}>${metric.display}</span>`;
    if (this.variant === 'inline') return html`<span part="base" lang=${view.lang}>${metricFigure(metric, ctx)}</span>`;
    const label = `${metric.display} ${metric.label}`;
    return html`<div class="metric" part="base" lang=${view.lang} id=${factId(ctx, metric.id)} tabindex="-1">
      <p class="figure">${metricFigure(metric, ctx)}</p>
      <p class="meta small muted" part="meta">
        ${view.words.pillar[metric.pillar]}${metric.agencies.length ? html` · ${agencyList(metric.agencies, ctx)}` : nothing}
      </p>
      ${sourceDetails(ctx, metric.id, label)} ${copyLink(ctx, metric.id, label)} ${toolsDetails(ctx)}
    </div>`;
  }
}
