import { css, html, type TemplateResult } from 'lit';
import { HledContentElement } from '../../content/content-element.js';
import { baseStyles } from '../../core/styles.js';
import { contentStyles } from '../../content/content-styles.js';
import { sourceDetails, t, toolsDetails } from '../../core/templates.js';
import { eventItems, heading, linkList, metricList, pillarBody, quotedNote, suppliedNote, wordsOf, type RenderContext } from '../../content/content.js';
import { meetingsOf, pillarShows, reportFacts } from '../../content/shows.js';
import { eventsInOrder } from '../../content/order.js';
import type { ReportView, ViewStatement } from '../../data/view.js';
import { server } from '#hled-server';

/**
 * The whole HLED progress report: title, the co-chairs' meeting, a table of contents, the HLED's
 * purpose, both delegations, the stakeholder engagement, the dialogue's own meetings, and the four
 * pillars with their initiatives, figures and dates. Each figure and each event appears once; the
 * `summaries` attribute adds a list of every figure and the whole timeline at the end. All text is
 * in the DOM (the source sentences too, inside their disclosures), so find-in-page, print and
 * translation tools reach it.
 *
 * @summary The whole HLED progress report, composed, with its contents.
 * @tag hled-report
 *
 * @fires hled-error - The report or `src` could not be shown. `detail: { code, message }`.
 *
 * @csspart base - The report's container.
 * @csspart title - The report title.
 * @csspart report-date - The report's date, under its title ("April 18, [2023]").
 * @csspart print - The citation and the page's address at the end of the printed report (shown only in print).
 * @csspart meeting - The paragraph on the co-chairs' meeting.
 * @csspart contents - The table of contents.
 * @csspart section - Each part of the report (purpose, delegations, pillars…).
 * @csspart section-title - Their headings.
 * @csspart pillar - Each pillar.
 * @csspart initiative - One initiative.
 * @csspart metric - One figure of a pillar.
 * @csspart value - A figure.
 * @csspart label - What a figure counts.
 * @csspart event - One dated event.
 * @csspart links - Lists of links the report gives (websites, memorandum, campaign).
 * @csspart status - A status word.
 * @csspart supplied - The line saying that years in brackets ("February 23, [2023]") are not written in the report.
 * @csspart source - A disclosure holding a source sentence.
 * @csspart quoted - A line saying that texts without a source are the report's own words.
 * @csspart copy-link - A control that copies the address of a figure, initiative or event.
 * @csspart tools - The disclosure with the citation and the data downloads.
 * @csspart citation - The citation of the report, in the tools disclosure.
 * @csspart loading - The space held while the report loads.
 * @csspart error - The message shown when the report cannot be shown.
 *
 * @cssprop [--hled-report-min-height=40em] - Height held while the report loads.
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
      .statements,
      .contents ol {
        padding-inline-start: 1.25em;
      }
      .contents li {
        margin-block: 0.25em;
      }
      .date {
        font-weight: 600;
      }
      footer {
        display: none;
      }
      @media print {
        footer {
          display: block;
        }
      }
      @container (min-width: 40em) {
        .delegations {
          grid-template-columns: 1fr 1fr;
        }
      }
    `,
  ];

  static override properties = { summaries: { type: Boolean, reflect: true } };

  /** Adds, at the end, a list of every figure of the report and the whole timeline (each is already shown in its pillar). */
  summaries = false;

  protected override citation(view: ReportView): string {
    return view.title;
  }

  protected override factIds(view: ReportView): readonly string[] {
    return reportFacts(view);
  }

  protected override renderView(view: ReportView): TemplateResult {
    const L = this.level;
    // Parts below the title sit one heading level down.
    const ctx: RenderContext = { ...this.context(view), level: L + 1 };
    const words = wordsOf(ctx);
    const meetings = meetingsOf(view);
    const parts: [string, string][] = [
      ['purpose', words.purpose],
      ['delegations', words.delegations],
      ['stakeholders', words.stakeholders],
      ...(meetings.length ? [['meetings', words.meetings] as [string, string]] : []),
      ...view.pillars.map((p): [string, string] => [p.id, `${view.words.pillar[p.number]}: ${p.title}`]),
      ...(this.summaries ? [['figures', words.allFigures] as [string, string], ['timeline', words.timeline] as [string, string]] : []),
    ];
    const section = (id: string, title: string, body: unknown) =>
      html`<section class="section" part="section" id=${`hled-${id}`} tabindex="-1">${heading(L + 1, title, 'section-title')}${body}</section>`;
    const statements = (items: readonly ViewStatement[]) =>
      html`<ul class="statements">
        ${items.map((s) => html`<li>${t(ctx, s.text)} ${linkList(s.links, ctx)} ${sourceDetails(ctx, s.id, s.text)}</li>`)}
      </ul>`;
    const summaryKeys = ['meeting', 'purpose', 'websites', ...[view.stakeholders.recommendations, view.stakeholders.ongoingProjects, view.agreements].flatMap((l) => l.map((x) => x.id))];

    return html`<article class="report" part="base" lang=${view.lang}>
      ${heading(L, t(ctx, view.title), 'title')}
      <p class="date" part="report-date"><time datetime=${view.date}>${view.when}</time></p>
      ${suppliedNote([{ inferred: view.dateInferred }], ctx)}
      <p part="meeting">${t(ctx, view.meeting.text)}</p>
      ${sourceDetails(ctx, 'meeting', view.meeting.text)}
      <nav class="contents" part="contents" aria-labelledby="contents">
        ${heading(L + 1, words.contents, 'section-title', 'contents')}
        <ol>
          ${parts.map(([id, title]) =>
            // Links into a shadow root need the script (facts.ts): a page rendered statically lists the parts.
            server ? html`<li>${t(ctx, title)}</li>` : html`<li><a href=${`#hled-${id}`}>${t(ctx, title)}</a></li>`,
          )}
        </ol>
      </nav>
      ${section('purpose', words.purpose, html`<p>${t(ctx, view.purpose.text)}</p>${sourceDetails(ctx, 'purpose', view.purpose.text)}`)}
      ${section(
        'delegations',
        words.delegations,
        html`<div class="delegations">
          ${view.delegations.map(
            (d, i) => html`<div>
              ${heading(L + 2, words[d.country], 'section-title')}
              <ul>
                ${d.leaders.map((l) => html`<li><strong>${l.name}</strong>, ${t(ctx, l.title)}</li>`)}
              </ul>
              ${sourceDetails(ctx, `delegations.${i}`, words[d.country])}
            </div>`,
          )}
        </div>`,
      )}
      ${section(
        'stakeholders',
        words.stakeholders,
        html`<p>${t(ctx, view.stakeholders.intro)}</p>
          ${sourceDetails(ctx, 'stakeholders.intro', view.stakeholders.intro)} ${statements(view.stakeholders.recommendations)}
          <p>${t(ctx, view.stakeholders.ongoingIntro)}</p>
          ${sourceDetails(ctx, 'stakeholders.ongoing', view.stakeholders.ongoingIntro)} ${statements(view.stakeholders.ongoingProjects)} ${statements(view.agreements)}
          <p>${t(ctx, view.websites.text)}</p>
          ${linkList(view.websites.links, ctx)} ${sourceDetails(ctx, 'websites', view.websites.text)} ${quotedNote(ctx, summaryKeys)}`,
      )}
      ${meetings.length ? section('meetings', words.meetings, html`<ol class="timeline">${eventItems(meetings, ctx, false)}</ol>${suppliedNote(meetings, ctx)}`) : ''}
      ${view.pillars.map(
        (p) => html`<section class="section pillar" part="pillar">${pillarBody(pillarShows(view, p), ctx, true)}</section>`,
      )}
      ${this.summaries
        ? html`${section('figures', words.allFigures, metricList(view.metrics, { ...ctx, summary: true }))}
          ${section('timeline', words.timeline, html`<ol class="timeline">${eventItems(eventsInOrder(view), { ...ctx, summary: true }, true)}</ol>${suppliedNote(view.events, ctx)}`)}`
        : ''}
      ${toolsDetails(ctx)}
      <footer part="print">
        <p>${words.citation} ${view.citation}</p>
        ${server ? '' : html`<p>${words.address} <span class="url">${document.URL}</span></p>`}
      </footer>
    </article>`;
  }
}
