import { css, html, type TemplateResult } from 'lit';
import { HledContentElement } from '../../internal/content-element.js';
import { baseStyles } from '../../internal/styles.js';
import { contentStyles } from '../../internal/content-styles.js';
import { sourceDetails, t } from '../../internal/templates.js';
import { eventItems, heading, linkList, metricList, pillarBody, wordsOf, type RenderContext } from '../../internal/content.js';
import { eventsInOrder } from '../../data/order.js';
import type { ReportView, ViewStatement } from '../../data/view.js';

/**
 * The whole HLED progress report: title, the co-chairs' meeting, the HLED's purpose, both
 * delegations, the stakeholder engagement, the four pillars with their initiatives, every figure and
 * the timeline. All text is in the DOM (sources sit in closed disclosures), so find-in-page, print
 * and translation tools reach it.
 *
 * @summary The whole HLED progress report, composed.
 * @tag hled-report
 *
 * @fires hled-error - The report or `src` could not be shown. `detail: { code, message }`.
 *
 * @csspart base - The report's container.
 * @csspart title - The report title.
 * @csspart meeting - The paragraph on the co-chairs' meeting.
 * @csspart section - Each part of the report (purpose, delegations, pillars…).
 * @csspart section-title - Their headings.
 * @csspart pillar - Each pillar.
 * @csspart value - A figure.
 * @csspart label - What a figure counts.
 * @csspart event - One dated event.
 * @csspart links - Lists of links the report gives (websites, memorandum, campaign).
 * @csspart status - A status word.
 * @csspart source - A disclosure holding a source sentence.
 * @csspart loading - The space held while the report loads.
 * @csspart error - The message shown when the report cannot be shown.
 *
 * @cssprop --hled-color-accent - Accent colour. Default #005ea2.
 * @cssprop --hled-color-text - Text colour. Default: inherited from the page.
 * @cssprop --hled-color-heading - Heading colour. Default: inherited.
 * @cssprop --hled-color-link - Links and disclosures. Default #005ea2.
 * @cssprop --hled-font-family - Text font. Default: inherited from the page.
 * @cssprop --hled-heading-font-family - Heading font. Default: inherited.
 * @cssprop --hled-report-min-height - Height reserved while loading (default 40em).
 */
export class HledReport extends HledContentElement {
  static override styles = [
    baseStyles,
    contentStyles,
    css`
      :host {
        --hled-loading-min-height: var(--hled-report-min-height, 40em);
      }
      .delegations {
        display: grid;
        gap: 0 2em;
      }
      .delegations ul,
      .statements {
        padding-inline-start: 1.25em;
      }
      .pillar-summaries {
        padding-inline-start: 0;
        list-style: none;
      }
      .pillar-summaries li {
        margin-block-end: 0.5em;
      }
      @container (min-width: 40em) {
        .delegations {
          grid-template-columns: 1fr 1fr;
        }
      }
    `,
  ];

  protected override renderReport(view: ReportView): TemplateResult {
    const L = this.level;
    // Parts below the title sit one heading level down.
    const ctx: RenderContext = { ...this.context(view), level: L + 1 };
    const words = wordsOf(ctx);
    const section = (title: string, body: unknown) =>
      html`<section class="section" part="section">${heading(L + 1, title, 'section-title')}${body}</section>`;
    const statements = (items: readonly ViewStatement[]) =>
      html`<ul class="statements">
        ${items.map((s) => html`<li>${t(ctx, s.text)} ${linkList(s.links, ctx)} ${sourceDetails(ctx, s.id)}</li>`)}
      </ul>`;

    return html`<article class="report" part="base" lang=${view.lang}>
      ${heading(L, t(ctx, view.title), 'title')}
      <p part="meeting">${t(ctx, view.meeting.text)}</p>
      ${sourceDetails(ctx, 'meeting')}
      ${section(words.purpose, html`<p>${t(ctx, view.purpose.text)}</p>${sourceDetails(ctx, 'purpose')}`)}
      ${section(
        words.delegations,
        html`<div class="delegations">
          ${view.delegations.map(
            (d, i) => html`<div>
              ${heading(L + 2, words[d.country], 'section-title')}
              <ul>
                ${d.leaders.map((l) => html`<li><strong>${l.name}</strong>, ${t(ctx, l.title)}</li>`)}
              </ul>
              ${sourceDetails(ctx, `delegations.${i}`)}
            </div>`,
          )}
        </div>`,
      )}
      ${section(
        words.pillars,
        html`<ol class="pillar-summaries">
          ${view.pillars.map(
            (p) => html`<li><strong>${view.words.pillar[p.number]}: ${t(ctx, p.title)}.</strong> ${t(ctx, p.summary)}</li>`,
          )}
        </ol>`,
      )}
      ${section(
        words.stakeholders,
        html`<p>${t(ctx, view.stakeholders.intro)}</p>
          ${sourceDetails(ctx, 'stakeholders.intro')} ${statements(view.stakeholders.recommendations)}
          <p>${t(ctx, view.stakeholders.ongoingIntro)}</p>
          ${sourceDetails(ctx, 'stakeholders.ongoing')} ${statements(view.stakeholders.ongoingProjects)} ${statements(view.agreements)}
          <p>${t(ctx, view.websites.text)}</p>
          ${linkList(view.websites.links, ctx)} ${sourceDetails(ctx, 'websites')}`,
      )}
      ${view.pillars.map(
        (p) => html`<section class="section pillar" part="pillar">${pillarBody(p.number, ctx, { withTitle: true })}</section>`,
      )}
      ${section(
        words.allFigures,
        metricList(view.metrics, ctx),
      )}
      ${section(
        words.timeline,
        html`<ol class="timeline">
          ${eventItems(eventsInOrder(view), ctx, true)}
        </ol>`,
      )}
    </article>`;
  }
}
