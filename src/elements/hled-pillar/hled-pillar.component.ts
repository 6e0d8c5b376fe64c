import { css, html, type TemplateResult } from 'lit';
import { HledContentElement } from '../../content/content-element.js';
import { baseStyles } from '../../core/styles.js';
import { contentStyles } from '../../content/content-styles.js';
import { pillarBody } from '../../content/content.js';
import { factsOf, pillarShows } from '../../content/shows.js';
import { toolsDetails } from '../../core/templates.js';
import { pillarByNumber } from '../../content/order.js';
import type { Part } from '../../core/load.js';
import type { ContentView } from '../../data/view.js';
import { pillarPart } from './pillar-part.js';

/**
 * One of the four HLED pillars: its number and title, summary, sections with their initiatives (and
 * the agencies behind each), its figures and its dated events.
 *
 * @summary A pillar of the HLED report, with its initiatives, figures and dates.
 * @tag hled-pillar
 *
 * @fires hled-error - The pillar, report or `src` could not be shown. `detail: { code, message }`.
 *
 * @csspart base - The pillar's container.
 * @csspart title - The pillar heading.
 * @csspart summary - The pillar summary.
 * @csspart section - A section of initiatives.
 * @csspart section-title - A section heading.
 * @csspart initiatives - A list of initiatives.
 * @csspart initiative - One initiative.
 * @csspart status - A status word (Done, Ongoing, Planned, Expected, Happened).
 * @csspart agencies - The agencies of an initiative.
 * @csspart links - The links an initiative cites.
 * @csspart metrics - The pillar's figures.
 * @csspart value - A figure.
 * @csspart label - What a figure counts.
 * @csspart events - The pillar's dated events.
 * @csspart event - One event.
 * @csspart supplied - The line saying that years in brackets ("February 23, [2023]") are not written in the report.
 * @csspart source - A disclosure holding a source sentence.
 * @csspart quoted - The line saying that texts without a source are the report's own words.
 * @csspart metric - One figure of the pillar.
 * @csspart copy-link - A control that copies the address of a figure, initiative or event.
 * @csspart tools - The disclosure with the citation and the data downloads.
 * @csspart citation - The citation of the pillar, in the tools disclosure.
 * @csspart loading - The space held while the report loads.
 * @csspart error - The message shown when the pillar cannot be shown.
 *
 * @cssprop [--hled-pillar-min-height=24em] - Height held while the pillar loads.
 */
export class HledPillar extends HledContentElement<ContentView> {
  static override styles = [
    baseStyles,
    contentStyles,
    css`
      :host {
        --hled-loading-min-height: var(--hled-pillar-min-height, 24em);
      }
    `,
  ];

  static override properties = { pillar: { reflect: true }, agency: { reflect: true } };

  /** Pillar number, `1` to `4`. */
  pillar = '';

  /** Show only what this institution does in the pillar (its id, e.g. `usaid`; see the catalogue). Default: everything. */
  agency = '';

  /** This pillar only: its own small file when bundled. */
  protected override reads(): Part {
    return pillarPart(this.pillar, this.agency);
  }

  protected override citation(view: ContentView): string {
    const p = pillarByNumber(view, Number(this.pillar));
    return p ? `${view.words.pillar[p.number]}: ${p.title}` : '';
  }

  protected override factIds(view: ContentView): readonly string[] {
    const p = pillarByNumber(view, Number(this.pillar));
    return p ? factsOf(pillarShows(view, p, this.agency || undefined)) : [];
  }

  protected override renderView(view: ContentView): TemplateResult {
    const ctx = this.context(view);
    return html`<article class="pillar" part="base" lang=${view.lang}>
      ${pillarBody(pillarShows(view, pillarByNumber(view, Number(this.pillar))!, this.agency || undefined), ctx, true)}
      ${toolsDetails(ctx)}
    </article>`;
  }
}
