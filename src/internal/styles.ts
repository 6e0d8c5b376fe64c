/**
 * Styles every element shares. Sizes are in `em` (never `rem`: gob.mx sets `html{font-size:10px}`)
 * so the widgets follow the host's text size; small text is floored at 12px. Every colour is a
 * `--hled-*` custom property with a fallback chain, and every default pair passes WCAG AA (4.5:1).
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
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2, h3, h4, h5, h6, [role='heading'] {
    font-family: var(--hled-heading-font-family, inherit);
    color: var(--hled-color-heading, inherit);
    line-height: 1.25;
    margin: 1em 0 0.5em;
  }
  p, ul, ol, dl, blockquote {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--hled-color-link, #005ea2);
  }
  :focus-visible {
    outline: 0.15em solid var(--hled-color-focus, #2491ff);
    outline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .small {
    font-size: max(12px, 0.875em);
  }
  .muted {
    color: var(--hled-color-muted, #565c65);
  }
  .loading {
    min-block-size: var(--hled-loading-min-height, 4em);
    border-radius: var(--hled-radius, 0.25em);
    background: var(--hled-color-surface, #f0f0f0);
  }
  .error {
    padding: 0.75em 1em;
    border: 0.125em solid var(--hled-color-error, #b50909);
    border-radius: var(--hled-radius, 0.25em);
    color: var(--hled-color-error, #b50909);
    background: var(--hled-color-error-surface, #fff);
  }
  details.source {
    margin-block: 0.25em 0.5em;
  }
  details.source > summary {
    cursor: pointer;
    inline-size: fit-content;
    color: var(--hled-color-link, #005ea2);
    font-size: max(12px, 0.875em);
  }
  details.source blockquote {
    margin: 0.5em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--hled-color-border, #a9aeb1);
    font-size: max(12px, 0.875em);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 1em;
    font-size: max(12px, 0.8125em);
    font-weight: 600;
    white-space: nowrap;
  }
  .badge[data-status='happened'],
  .badge[data-status='done'] {
    color: var(--hled-color-status-done, #00592f);
  }
  .badge[data-status='ongoing'] {
    color: var(--hled-color-status-ongoing, #1a4480);
  }
  .badge[data-status='planned'],
  .badge[data-status='expected'] {
    color: var(--hled-color-status-planned, #5c4809);
    border-style: dashed;
  }
  .badge[data-status='planned']::before,
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
  @media (forced-colors: active) {
    .badge[data-status],
    .error {
      border-color: CanvasText;
      color: CanvasText;
    }
    .loading {
      border: 1px dashed CanvasText;
    }
  }
  @media print {
    details.source > summary {
      display: none;
    }
    details.source::details-content {
      content-visibility: visible;
      display: block;
    }
    .loading {
      display: none;
    }
  }
`;
