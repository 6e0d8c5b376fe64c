import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { HledElement } from '../../internal/hled-element.js';
import { baseStyles } from '../../internal/styles.js';
import { contentStyles } from '../../internal/content-styles.js';
import { eventItems, heading } from '../../internal/templates.js';
import { unknownPillarMessage } from '../../internal/messages.js';
import { eventsInOrder } from '../../data/select.js';
import type { HledDataError } from '../../data/load.js';
import type { Report } from '../../data/types.js';

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
export class HledTimeline extends HledElement {
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

  protected override findProblem(report: Report): HledDataError | undefined {
    const known = report.pillars.map((p) => p.number);
    const bad = (this.pillars ?? []).find((n) => !known.includes(n));
    return bad === undefined ? undefined : this.unknownId('pillar', this.pillar, known);
  }

  protected override unknownIdMessage(): string {
    return unknownPillarMessage(this.pillar);
  }

  protected override renderReport(report: Report): TemplateResult {
    const ctx = this.context(report);
    const events = eventsInOrder(report, this.pillars);
    return html`<section class="timeline-box" part="base" lang=${this.locale.lang} aria-labelledby="title">
      ${heading(this.level, msg('Timeline', { id: 'timeline' }), 'title', 'title')}
      <ol class="timeline" part="list">
        ${eventItems(events, ctx, true)}
      </ol>
    </section>`;
  }
}
