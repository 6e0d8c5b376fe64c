import { css, html, type TemplateResult } from 'lit';
import { HledContentElement } from '../../content/content-element.js';
import { baseStyles } from '../../core/styles.js';
import { contentStyles } from '../../content/content-styles.js';
import { eventItems, heading, suppliedNote, wordsOf } from '../../content/content.js';
import { toolsDetails } from '../../core/templates.js';
import { timelineShows } from './timeline-shows.js';
import type { Part } from '../../core/load.js';
import type { ContentView } from '../../data/view.js';
import { timelinePart } from './timeline-part.js';

/**
 * Every dated event of the HLED report in chronological order, as a list of `<time>` elements,
 * each date at the precision the report gives ("October 2022", "Fall 2023") and its status in words.
 *
 * @summary The HLED report's dated events, oldest first, optionally filtered by pillar, status or institution.
 * @tag hled-timeline
 *
 * @fires hled-error - The pillar filter, report or `src` could not be shown. `detail: { code, message }`.
 *
 * @csspart base - The timeline's container.
 * @csspart title - The heading.
 * @csspart list - The ordered list of events.
 * @csspart event - One event.
 * @csspart date - The `<time>` of an event.
 * @csspart event-title - What happened.
 * @csspart status - Completed, Planned or Expected.
 * @csspart supplied - The line saying that years in brackets are not written in the report.
 * @csspart empty - The line shown when the filters match no event.
 * @csspart source - An event's "Source" button (`aria-expanded`), which shows the event's source sentence below it.
 * @csspart copy-link - A control that copies the address of an event.
 * @csspart tools - The disclosure with the citation and the data downloads.
 * @csspart citation - The citation of the timeline, in the tools disclosure.
 * @csspart loading - The space held while the report loads.
 * @csspart error - The message shown when the timeline cannot be shown.
 *
 * @cssprop [--hled-timeline-min-height=16em] - Height held while the timeline loads.
 */
export class HledTimeline extends HledContentElement<ContentView> {
  static override styles = [
    baseStyles,
    contentStyles,
    css`
      :host {
        --hled-loading-min-height: var(--hled-timeline-min-height, 16em);
      }
    `,
  ];

  static override properties = { pillar: { reflect: true }, status: { reflect: true }, agency: { reflect: true } };

  /** Show only these pillars' events: `"2"` or `"1,4"`. Default: every event. */
  pillar = '';

  /** Show only events of these statuses: `"planned,expected"` (what is still to come), `"happened"` (shown as Took place). Default: all. */
  status = '';

  /** Show only the events of this institution's initiatives (its id, e.g. `cbp`). Default: all. */
  agency = '';

  /** Its events: their own small file when bundled, the whole report with an `agency` filter. */
  protected override reads(): Part {
    return timelinePart(this.pillar, this.status, this.agency);
  }

  protected override citation(view: ContentView): string {
    return view.contentWords.timeline;
  }

  protected override factIds(view: ContentView): readonly string[] {
    return timelineShows(view, this).map((e) => e.id);
  }

  protected override renderView(view: ContentView): TemplateResult {
    const ctx = this.context(view);
    const events = timelineShows(view, this);
    return html`<section class="timeline-box" part="base" lang=${view.lang} aria-labelledby="title">
      ${heading(this.level, wordsOf(ctx).timeline, 'title', 'title')}
      ${events.length
        ? html`<ol class="timeline" part="list">
            ${eventItems(events, ctx, true)}
          </ol>
          ${suppliedNote(events, ctx)}`
        : html`<p part="empty">${wordsOf(ctx).noEvents}</p>`}
      ${toolsDetails(ctx)}
    </section>`;
  }
}
