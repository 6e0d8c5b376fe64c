import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { HledElement } from '../../internal/hled-element.js';
import { baseStyles } from '../../internal/styles.js';
import { contentStyles } from '../../internal/content-styles.js';
import { eventItems, heading, linkList, metricList, pillarBody, sourceDetails, type RenderContext } from '../../internal/templates.js';
import { pillarName } from '../../internal/messages.js';
import { eventsInOrder, text } from '../../data/select.js';
import type { Report, Statement } from '../../data/types.js';

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
export class HledReport extends HledElement {
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

  protected override renderReport(report: Report): TemplateResult {
    const { lang } = this.locale;
    const L = this.level;
    // Parts below the title sit one heading level down.
    const ctx: RenderContext = { ...this.context(report), level: L + 1 };
    const section = (title: string, body: unknown) =>
      html`<section class="section" part="section">${heading(L + 1, title, 'section-title')}${body}</section>`;
    const statements = (items: readonly Statement[]) =>
      html`<ul class="statements">
        ${items.map((s) => html`<li>${text(s.text, lang)} ${linkList(s.links, ctx)} ${sourceDetails(s.source)}</li>`)}
      </ul>`;

    return html`<article class="report" part="base" lang=${lang}>
      ${heading(L, text(report.title, lang), 'title')}
      <p part="meeting">${text(report.meeting.text, lang)}</p>
      ${sourceDetails(report.meeting.source)}
      ${section(msg('Purpose', { id: 'purpose' }), html`<p>${text(report.purpose.text, lang)}</p>${sourceDetails(report.purpose.source)}`)}
      ${section(
        msg('Delegations', { id: 'delegations' }),
        html`<div class="delegations">
          ${report.delegations.map(
            (d) => html`<div>
              ${heading(L + 2, d.country === 'us' ? msg('United States', { id: 'country-us' }) : msg('Mexico', { id: 'country-mx' }), 'section-title')}
              <ul>
                ${d.leaders.map((l) => html`<li><strong>${l.name}</strong>, ${text(l.title, lang)}</li>`)}
              </ul>
              ${sourceDetails(d.source)}
            </div>`,
          )}
        </div>`,
      )}
      ${section(
        msg('The four pillars', { id: 'pillars-overview' }),
        html`<ol class="pillar-summaries">
          ${report.pillars.map(
            (p) => html`<li><strong>${pillarName(p.number)}: ${text(p.title, lang)}.</strong> ${text(p.summary, lang)}</li>`,
          )}
        </ol>`,
      )}
      ${section(
        msg('Stakeholder engagement', { id: 'stakeholders' }),
        html`<p>${text(report.stakeholders.intro, lang)}</p>
          ${sourceDetails(report.stakeholders.introSource)} ${statements(report.stakeholders.recommendations)}
          <p>${text(report.stakeholders.ongoingIntro, lang)}</p>
          ${sourceDetails(report.stakeholders.ongoingSource)} ${statements(report.stakeholders.ongoingProjects)} ${statements(report.agreements)}
          <p>${text(report.websites.text, lang)}</p>
          ${linkList(report.websites.links, ctx)} ${sourceDetails(report.websites.source)}`,
      )}
      ${report.pillars.map(
        (p) => html`<section class="section pillar" part="pillar">${pillarBody(p.number, ctx, { withTitle: true })}</section>`,
      )}
      ${section(
        msg('All figures', { id: 'all-figures' }),
        metricList(report.metrics, ctx),
      )}
      ${section(
        msg('Timeline', { id: 'timeline' }),
        html`<ol class="timeline">
          ${eventItems(eventsInOrder(report), ctx, true)}
        </ol>`,
      )}
    </article>`;
  }
}
