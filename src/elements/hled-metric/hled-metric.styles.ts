import { css } from 'lit';

export default css`
  :host {
    --hled-loading-min-height: var(--hled-metric-min-height, 7em);
  }
  .metric {
    padding: var(--hled-metric-padding, 1em);
    border-block-start: 0.25em solid var(--hled-metric-accent, var(--hled-color-accent, #005ea2));
    background: var(--hled-metric-background, var(--hled-color-surface, transparent));
  }
  .figure {
    margin: 0 0 0.5em;
  }
  .value {
    display: block;
    font-size: var(--hled-metric-value-size, 2em);
    line-height: 1.15;
    font-weight: 700;
    color: var(--hled-metric-value-color, var(--hled-color-accent, #005ea2));
  }
  .meta {
    margin: 0;
  }
  /* Inside running text: part of the host's sentence, so its font and colour, not the theme's. */
  :host([variant='inline']),
  :host([variant='figure']) {
    display: inline;
    container-type: normal;
    font-family: inherit;
    color: inherit;
    line-height: inherit;
  }
  :host([variant='inline']) .value,
  :host([variant='figure']) .value {
    display: inline;
    font-size: inherit;
    line-height: inherit;
    color: inherit;
  }
  :host([variant='inline']) .loading,
  :host([variant='figure']) .loading {
    display: inline-block;
    min-block-size: 1em;
    min-inline-size: 6em;
    vertical-align: middle;
  }
  @container (min-width: 30em) {
    .value {
      display: inline;
    }
  }
  @media print {
    .metric {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .metric {
      border-block-start-color: CanvasText;
    }
  }
`;
