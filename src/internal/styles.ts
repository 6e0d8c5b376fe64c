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
  }
  :host([hidden]) {
    display: none;
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
    margin: 0 0 0.75em;
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
  .small,
  summary,
  blockquote {
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
    border: 0.125em solid;
    border-radius: var(--hled-radius, 0.25em);
    color: var(--hled-color-error, #b50909);
    background: var(--hled-color-error-surface, #fff);
  }
  summary {
    cursor: pointer;
    inline-size: fit-content;
    color: var(--hled-color-link, #005ea2);
  }
  blockquote {
    margin: 0.5em 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--hled-color-border, #a9aeb1);
  }
  @media (forced-colors: active) {
    .error,
    .loading {
      border: 1px dashed CanvasText;
      color: CanvasText;
    }
  }
  @media print {
    summary,
    .loading {
      display: none;
    }
    ::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
