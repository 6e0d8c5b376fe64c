/**
 * Changes of an ancestor's `lang`, across shadow roots. In a file of its own, so that nothing else
 * on the page has been rendered first: an observer installed by an earlier element (say, on the
 * document) must not be what makes it pass.
 */
import { expect, html, fixture } from '@open-wc/testing';
import '../src/hled-metric.js';
import type { HledMetric } from '../src/hled-metric.js';
import { part, settle } from './helpers.js';

/** A custom element with its own shadow root holding a metric, inside a wrapper that can take `lang`. */
class LangHost extends HTMLElement {
  constructor() {
    super();
    const wrap = document.createElement('div');
    wrap.className = 'wrap';
    const metric = document.createElement('hled-metric');
    metric.setAttribute('metric', 'usaid-farmers-supported');
    wrap.append(metric);
    this.attachShadow({ mode: 'open' }).append(wrap);
  }
}
customElements.define('lang-host', LangHost);

describe('language of an element in another component', () => {
  it('re-renders when an ancestor lang changes, in the document and inside a shadow root', async () => {
    const div = await fixture<HTMLDivElement>(html`<div lang="en"><lang-host></lang-host></div>`);
    const wrap = div.querySelector('lang-host')!.shadowRoot!.querySelector<HTMLDivElement>('.wrap')!;
    const el = wrap.querySelector<HledMetric>('hled-metric')!;
    await el.updateComplete;
    expect(part(el, 'value').textContent).to.equal('over 25,800');
    div.lang = 'es';
    await settle(el);
    expect(part(el, 'value').textContent).to.equal('más de 25,800');
    wrap.lang = 'en';
    await settle(el);
    expect(part(el, 'value').textContent).to.equal('over 25,800');
  });
});
