/**
 * Styles every element shares, kept to what a figure's card needs (headings, badges and long
 * content are in `content-styles.ts`). Sizes are in `em` (never `rem`: gob.mx sets
 * `html{font-size:10px}`) so the widgets follow the host's text size; small text is floored at
 * 12px. Every colour is a `--hled-*` custom property with a fallback, and every default pair passes
 * WCAG AA (4.5:1).
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    /* The host's text size, but never under 12px (gob.mx sets html{font-size:10px}). */
    font-size: max(12px, 1em);
    container-type: inline-size;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--hled-color-text, inherit);
    font-family: var(--hled-font-family, inherit);
    line-height: var(--hled-line-height, 1.5);
    overflow-wrap: break-word;
    --_t: 24px;
  }
  :host([hidden]) {
    display: none;
  }
  /* Apart from what follows on the page (the page's own styles win over these). */
  :host(:not([variant='inline'], [variant='figure'])) {
    margin-block-end: var(--hled-gap, 1.5em);
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  p,
  ul,
  ol,
  blockquote {
    margin: 0 0 .75em;
  }
  /* A readable measure for running text. */
  p,
  li {
    max-inline-size: 70ch;
  }
  /* USWDS's 4px at 16px (never under 3px: text is floored at 12px), in a colour with 3:1 or more on
     white and on every theme's surfaces (tests/controls.test.ts measures it). */
  :focus-visible {
    outline: .25em solid var(--hled-color-focus, #1a4480);
    outline-offset: .125em;
  }
  [data-target] {
    background: var(--hled-color-target, #fef0c8);
    box-shadow: -0.5em 0 0 var(--hled-color-target, #fef0c8);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  /* Every control at least 24px square (WCAG 2.2, 2.5.8), 44px under a finger: --_t, private. */
  button,
  summary,
  li > a {
    min-block-size: var(--_t);
    min-inline-size: var(--_t);
  }
  li > a {
    display: inline-block;
  }
  /* A summary keeps its marker (a list item, not flex): padding centres its line. */
  summary {
    padding-block: calc((var(--_t) - 1.5em) / 2);
  }
  @media (pointer: coarse) {
    :host {
      --_t: 44px;
    }
  }
  .copy-link {
    padding: 0 .25em;
    border: 0;
    background: none;
    color: var(--hled-color-link, #005ea2);
    text-decoration: underline;
    font-size: max(12px, .875em);
  }
  .badge {
    display: inline-block;
    padding: 0 .5em;
    border: .0625em solid;
    border-radius: 1em;
    font-size: max(12px, .8125em);
    font-weight: 600;
    white-space: nowrap;
  }
  .badge[data-status='ongoing'] {
    color: var(--hled-color-status-ongoing, #1a4480);
  }
  .badge[data-status='planned'],
  .badge[data-status='planning'],
  .badge[data-status='expected'] {
    color: var(--hled-color-status-planned, #5c4809);
    border-style: dashed;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .small,
  summary,
  blockquote {
    font-size: max(12px, .875em);
  }
  .muted {
    color: var(--hled-color-muted, #565c65);
  }
  .loading {
    min-block-size: var(--hled-loading-min-height, 4em);
    border-radius: var(--hled-radius, .25em);
    background: var(--hled-color-loading, #f0f0f0);
  }
  .error {
    padding: .75em 1em;
    border: .125em solid;
    border-radius: var(--hled-radius, .25em);
    color: var(--hled-color-error, #b50909);
    background: var(--hled-color-error-surface, #fff);
  }
  summary {
    cursor: pointer;
    inline-size: fit-content;
    color: var(--hled-color-link, #005ea2);
  }
  .source {
    margin-block: .25em;
  }
  .tools {
    margin-block-start: .75em;
  }
  blockquote {
    margin: .5em 0;
    padding-inline-start: .75em;
    border-inline-start: .25em solid var(--hled-color-border, #a9aeb1);
  }
  @media (forced-colors: active) {
    .error,
    .loading {
      border: 1px dashed CanvasText;
      color: CanvasText;
    }
    .badge[data-status] {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
  @media print {
    summary,
    .loading,
    .copy-link,
    .tools {
      display: none;
    }
    ::details-content {
      content-visibility: visible;
      display: block;
    }
    /* Each source labelled in the page's language (the label is the blockquote's data-label). */
    blockquote::before {
      content: attr(data-label);
      display: block;
      font-weight: 600;
    }
  }
`;
