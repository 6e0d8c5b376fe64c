/**
 * Styles of pillars, initiatives, figures and timelines, shared by the elements that show them.
 *
 * Events use `content-visibility: auto` (issue 20): the browser lays out and paints only those near
 * the viewport, so a timeline of 1,000 events costs about what the events on screen cost, while
 * every event stays in the DOM for find-in-page, the accessibility tree and `#hled-<id>` links
 * (`contain-intrinsic-size: auto` keeps the height an event had once shown). It contains paint: the
 * padding on every side holds the focus rings of what is inside (.375em out of a control) and the
 * linked-fact highlight is the event's own box-shadow, which containment does not clip. Print
 * shows every event. (Comments inside the `css` literal would ship to every page.)
 */
import { css } from 'lit';

export const contentStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--hled-heading-font-family, inherit);
    color: var(--hled-color-heading, inherit);
    line-height: 1.25;
    margin: 1em 0 .5em;
  }
  a {
    color: var(--hled-color-link, #005ea2);
  }
  .badge[data-status='happened'],
  .badge[data-status='done'] {
    color: var(--hled-color-status-done, #00592f);
  }
  .badge[data-status='planned']::before,
  .badge[data-status='planning']::before,
  .badge[data-status='expected']::before {
    content: '◷ ' / '';
  }
  .badge[data-status='happened']::before,
  .badge[data-status='done']::before {
    content: '✓ ' / '';
  }
  .badge[data-status='ongoing']::before {
    content: '↻ ' / '';
  }
  .pillar-number {
    display: block;
    font-size: max(12px, .75em);
    font-weight: 600;
    letter-spacing: .04em;
    text-transform: uppercase;
    color: var(--hled-color-accent, #005ea2);
  }
  .summary {
    font-size: var(--hled-summary-size, 1.0625em);
  }
  .initiatives,
  .metrics,
  .timeline {
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
  }
  .initiative {
    padding-block: .75em;
    border-block-end: .0625em solid var(--hled-color-divider, #dfe1e2);
  }
  .initiative-text {
    margin-block-end: .25em;
  }
  .links {
    margin-block: 0 .25em;
    padding-inline-start: 1.25em;
  }
  .initiative-meta {
    display: flex;
    flex-wrap: wrap;
    gap: .25em .75em;
    align-items: baseline;
    margin: 0;
  }
  abbr.agency {
    text-decoration: none;
    border-block-end: .0625em dotted currentColor;
  }
  .metrics {
    display: grid;
    grid-template-columns: 1fr;
    gap: .75em;
  }
  /* Cards of one row as tall as the tallest, the link at the bottom of each. */
  .metric-item {
    display: flex;
    flex-direction: column;
    align-items: start;
    padding: .75em;
    border-inline-start: .25em solid var(--hled-color-accent, #005ea2);
    background: var(--hled-color-surface, transparent);
  }
  .metric-item .copy-link {
    margin-block-start: auto;
  }
  .metric-item .value {
    display: block;
    font-size: 1.5em;
    line-height: 1.2;
    color: var(--hled-color-accent, #005ea2);
  }
  .timeline {
    border-inline-start: .1875em solid var(--hled-color-border, #a9aeb1);
    margin-inline-start: .375em;
  }
  .event {
    position: relative;
    margin-inline-start: -0.5em;
    padding-block: .5em;
    padding-inline: 1.75em .5em;
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: .85em;
    inline-size: .8125em;
    block-size: .8125em;
    border-radius: 50%;
    border: .1875em solid var(--hled-color-accent, #005ea2);
    background: var(--hled-color-accent, #005ea2);
  }
  /* Still to come: a ring (a filled dot is what happened); not dashed, which reads as loading. */
  .event[data-status='planned']::before,
  .event[data-status='expected']::before {
    background: var(--hled-color-background, #fff);
  }
  .event time {
    display: block;
    font-weight: 700;
  }
  .event-title {
    display: block;
  }
  .event-meta {
    display: flex;
    flex-wrap: wrap;
    gap: .25em .75em;
  }
  .source-toggle {
    display: block;
    padding: 0;
    border: 0;
    background: none;
    color: var(--hled-color-link, #005ea2);
    font-size: max(12px, .875em);
  }
  .source-toggle::before {
    content: '▸ ' / '';
  }
  .source-toggle[aria-expanded='true']::before {
    content: '▾ ' / '';
  }
  .event blockquote[hidden] {
    margin-block: 0;
  }
  @container (min-width: 36em) {
    .metrics {
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    }
  }
  @media print {
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    .metric-item,
    .event,
    .initiative {
      break-inside: avoid;
    }
    /* A link whose text does not show its address: the address after it, for the paper reader. */
    a.address::after {
      content: ' (' attr(href) ')';
    }
    .event,
    .event blockquote[hidden] {
      content-visibility: visible;
    }
    .event blockquote[hidden] {
      display: block;
      margin-block: .5em;
    }
    .source-toggle {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .badge[data-status] {
      border-color: CanvasText;
      color: CanvasText;
    }
    .event::before {
      border-color: CanvasText;
      background: CanvasText;
      forced-color-adjust: none;
    }
    .event[data-status='planned']::before,
    .event[data-status='expected']::before {
      background: Canvas;
    }
  }
`;
