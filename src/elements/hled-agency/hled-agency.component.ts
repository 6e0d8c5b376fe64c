import { css, html, nothing, type TemplateResult } from 'lit';
import { HledContentElement } from '../../content/content-element.js';
import { baseStyles } from '../../core/styles.js';
import { contentStyles } from '../../content/content-styles.js';
import { heading, linkList, pillarBody, quotedNote, wordsOf } from '../../content/content.js';
import { factsOf } from '../../content/shows.js';
import { agencyShows } from './agency-shows.js';
import { sourceDetails, t, toolsDetails } from '../../core/templates.js';
import { agencyById } from '../../core/select.js';
import type { Part } from '../../core/load.js';
import type { AgencyView } from '../../data/view.js';
import { agencyPart } from './agency-part.js';

/**
 * Everything the HLED report says one institution does: its initiatives, by pillar and section,
 * with their status; its figures; the dated events of its initiatives; and the statements of the
 * report's summary that name it. For an agency's own pages: `<hled-agency agency="usaid">`.
 *
 * @summary One institution's work in the HLED report: initiatives by pillar, figures, dates.
 * @tag hled-agency
 *
 * @fires hled-error - The agency id, report or `src` could not be shown. `detail: { code, message }`.
 *
 * @csspart base - The agency's container.
 * @csspart title - The heading: the institution's name.
 * @csspart pillar - Each pillar it takes part in.
 * @csspart section - A section of initiatives.
 * @csspart section-title - A section heading.
 * @csspart initiatives - A list of initiatives.
 * @csspart initiative - One initiative.
 * @csspart status - A status word.
 * @csspart agencies - The institutions of an initiative.
 * @csspart links - The links an initiative cites.
 * @csspart metrics - Its figures in a pillar.
 * @csspart metric - One figure.
 * @csspart value - A figure.
 * @csspart label - What a figure counts.
 * @csspart events - Its dated events in a pillar.
 * @csspart event - One event.
 * @csspart supplied - The line saying that years in brackets ("February 23, [2023]") are not written in the report.
 * @csspart source - A disclosure holding a source sentence.
 * @csspart quoted - A line saying that texts without a source are the report's own words.
 * @csspart copy-link - A control that copies the address of a figure, initiative or event.
 * @csspart tools - The disclosure with the citation and the data downloads.
 * @csspart citation - The citation, in the tools disclosure.
 * @csspart loading - The space held while the report loads.
 * @csspart error - The message shown when the agency cannot be shown.
 *
 * @cssprop [--hled-agency-min-height=16em] - Height held while the institution's work loads.
 */
export class HledAgency extends HledContentElement<AgencyView> {
  static override styles = [
    baseStyles,
    contentStyles,
    css`
      :host {
        --hled-loading-min-height: var(--hled-agency-min-height, 16em);
      }
    `,
  ];

  static override properties = { agency: { reflect: true } };

  /** Id of the institution, e.g. `usaid`, `cofepris`, `cbp`, `se` (every id: the catalogue, or the console error for an unknown one). */
  agency = '';

  /** Only this institution's work: its own small file when bundled. */
  protected override reads(): Part {
    return agencyPart(this.agency);
  }

  private nameOf(view: AgencyView): string {
    const a = agencyById(view, this.agency);
    return a ? (a.acronym ? `${a.name} (${a.acronym})` : a.name) : '';
  }

  protected override citation(view: AgencyView): string {
    return this.nameOf(view);
  }

  protected override factIds(view: AgencyView): readonly string[] {
    return agencyShows(view, this.agency).pillars.flatMap(factsOf);
  }

  protected override renderView(view: AgencyView): TemplateResult {
    const ctx = this.context(view);
    const { agency } = this;
    // The heading spells the name out: the lists below use the acronym.
    ctx.spelled?.add(agency);
    const inner = { ...ctx, level: this.level + 1 };
    const { statements, pillars } = agencyShows(view, agency);
    return html`<article class="agency" part="base" lang=${view.lang}>
      ${heading(this.level, t(ctx, this.nameOf(view)), 'title')}
      ${statements.length
        ? html`<ul class="statements">
            ${statements.map((s) => html`<li>${t(ctx, s.text)} ${linkList(s.links, ctx)} ${sourceDetails(ctx, s.id, s.text)}</li>`)}
          </ul>
          ${quotedNote(ctx, statements.map((s) => s.id))}`
        : nothing}
      ${pillars.map((p) => html`<section class="section pillar" part="pillar">${pillarBody(p, inner, true)}</section>`)}
      ${pillars.length || statements.length ? nothing : html`<p>${wordsOf(ctx).nothingYet}</p>`} ${toolsDetails(ctx)}
    </article>`;
  }
}
