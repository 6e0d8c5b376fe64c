import { css, html, type TemplateResult } from 'lit';
import { HledContentElement } from '../../internal/content-element.js';
import { baseStyles } from '../../internal/styles.js';
import { contentStyles } from '../../internal/content-styles.js';
import { eventItems, heading, wordsOf } from '../../internal/content.js';
import { eventsInOrder } from '../../data/order.js';
import { unknownId } from '../../data/errors.js';
import type { Slice } from '../../data/load.js';
import type { ReportView } from '../../data/view.js';

/**
 * Every dated event of the HLED report in chronological order, as a list of `<time>` elements,
 * each date at the precision the report gives ("October 2022", "fall 2023") and its status in words.
 *
 * @summary The HLED report's dated events, oldest first, optionally filtered by pillar.
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
 * @csspart status - Happened, Planned or Expected.
 * @csspart source - A disclosure holding the source sentence.
 * @csspart loading - The space held while the report loads.
 * @csspart error - The message shown when the timeline cannot be shown.
 *
 * @cssprop --hled-color-accent - Colour of the event markers. Default #005ea2.
 * @cssprop --hled-color-border - Colour of the timeline line. Default #a9aeb1.
 * @cssprop --hled-color-status-done - Colour of "Happened". Default #00592f.
 * @cssprop --hled-color-status-planned - Colour of "Planned" and "Expected". Default #5c4809.
 * @cssprop --hled-timeline-min-height - Height reserved while loading (default 16em).
 */
export class HledTimeline extends HledContentElement {
  static override styles = [
    baseStyles,
    contentStyles,
    css`
      :host {
        --hled-loading-min-height: var(--hled-timeline-min-height, 16em);
      }
    `,
  ];

  static override properties = { pillar: { reflect: true } };

  /** Show only these pillars' events: `"2"` or `"1,4"`. Default: every event. */
  pillar = '';

  private get pillars(): number[] | undefined {
    const list = this.pillar
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return list.length ? list.map(Number) : undefined;
  }

  /** The whole report, once it is known to have every pillar of the filter. */
  protected override slice(): Slice {
    const { pillar } = this;
    const wanted = this.pillars ?? [];
    return {
      key: `timeline:${pillar}`,
      check: (report, ids) => (wanted.every((n) => ids.pillars.includes(n)) ? undefined : unknownId('hled-timeline', 'pillar', pillar, report, ids.pillars)),
    };
  }

  protected override readonly idKind = 'pillar';

  protected override idValue(): string {
    return this.pillar;
  }

  protected override renderReport(view: ReportView): TemplateResult {
    const ctx = this.context(view);
    const events = eventsInOrder(view, this.pillars);
    return html`<section class="timeline-box" part="base" lang=${view.lang} aria-labelledby="title">
      ${heading(this.level, wordsOf(ctx).timeline, 'title', 'title')}
      <ol class="timeline" part="list">
        ${eventItems(events, ctx, true)}
      </ol>
    </section>`;
  }
}
