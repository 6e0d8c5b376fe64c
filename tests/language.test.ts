import { expect, html, fixture } from '@open-wc/testing';
import '../src/hled-metric.js';
import '../src/hled-timeline.js';
import '../src/hled-pillar.js';
import type { HledMetric } from '../src/hled-metric.js';
import { part, reportUrlWith, settle, show, visibleText } from './helpers.js';

/** A custom element with its own shadow root, to check that language crosses shadow boundaries. */
class LangHost extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const wrap = document.createElement('div');
    wrap.className = 'wrap';
    wrap.append(document.createElement('hled-metric'));
    wrap.firstElementChild!.setAttribute('metric', 'usaid-farmers-supported');
    root.append(wrap);
  }
}
customElements.define('lang-host', LangHost);

const valueOf = (el: Element) => part(el, 'value').textContent;

describe('language of an element', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('speaks its own lang, over an ancestor in another language', async () => {
    const div = await fixture(html`<div lang="en"><hled-metric lang="es" metric="mdrc-trainees"></hled-metric></div>`);
    const el = div.querySelector<HledMetric>('hled-metric')!;
    await el.updateComplete;
    expect(valueOf(el)).to.equal('más de 1,800');
  });

  it('speaks the nearest ancestor lang when it has none', async () => {
    const div = await fixture(html`<div lang="es"><section><hled-metric metric="mdrc-trainees"></hled-metric></section></div>`);
    const el = div.querySelector<HledMetric>('hled-metric')!;
    await el.updateComplete;
    expect(valueOf(el)).to.equal('más de 1,800');
  });

  it('finds the lang of an ancestor across a shadow root', async () => {
    const div = await fixture(html`<div lang="es"><lang-host></lang-host></div>`);
    const el = div.querySelector('lang-host')!.shadowRoot!.querySelector<HledMetric>('hled-metric')!;
    await el.updateComplete;
    expect(valueOf(el)).to.equal('más de 25,800');
  });

  it('follows <html lang> when nothing closer has one, and English when nothing has', async () => {
    const en = await show<HledMetric>(html`<hled-metric metric="sembrando-participants"></hled-metric>`);
    expect(valueOf(en)).to.equal('nearly 2,000');
    document.documentElement.lang = 'es';
    await settle(en);
    expect(valueOf(en)).to.equal('casi 2,000');
    const es = await show<HledMetric>(html`<hled-metric metric="sembrando-participants"></hled-metric>`);
    expect(valueOf(es)).to.equal('casi 2,000');
  });

  it('re-renders when its own lang changes', async () => {
    const el = await show<HledMetric>(html`<hled-metric lang="en" metric="usaid-farmer-sales"></hled-metric>`);
    el.setAttribute('lang', 'es');
    await settle(el);
    expect(valueOf(el)).to.equal('US$1.2 millones');
    el.lang = 'en';
    await settle(el);
    expect(valueOf(el)).to.equal('$1.2 million');
  });

  it('keeps two elements in different languages on one page each in their own', async () => {
    const div = await fixture(html`<div>
      <hled-metric lang="en" metric="usaid-investments"></hled-metric>
      <hled-metric lang="es" metric="usaid-investments"></hled-metric>
      <hled-timeline lang="es" pillar="4"></hled-timeline>
      <hled-timeline lang="en" pillar="4"></hled-timeline>
    </div>`);
    const [en, es] = div.querySelectorAll<HledMetric>('hled-metric');
    const [tes, ten] = div.querySelectorAll('hled-timeline');
    await Promise.all([en.updateComplete, es.updateComplete, tes.updateComplete, ten.updateComplete]);
    // Re-render one: the other must not pick up its language.
    es.requestUpdate();
    await es.updateComplete;
    expect(valueOf(en)).to.equal('$18.8 million');
    expect(visibleText(part(en, 'source').querySelector('summary')!)).to.equal('Source');
    expect(valueOf(es)).to.equal('US$18.8 millones');
    expect(visibleText(part(es, 'source').querySelector('summary')!)).to.equal('Fuente');
    expect(part(tes, 'title').textContent).to.equal('Cronología');
    expect(part(ten, 'title').textContent).to.equal('Timeline');
    expect(part(tes, 'date').textContent).to.equal('15 de febrero de 2023');
    expect(part(ten, 'date').textContent).to.equal('February 15, 2023');
  });

  it('formats es-ES with Spanish conventions of Spain but es with Mexican ones', async () => {
    const spain = await show<HledMetric>(html`<hled-metric lang="es-ES" metric="usaid-farmers-supported"></hled-metric>`);
    const mexico = await show<HledMetric>(html`<hled-metric lang="es" metric="usaid-farmers-supported"></hled-metric>`);
    expect(valueOf(spain)).to.equal('más de 25.800');
    expect(valueOf(mexico)).to.equal('más de 25,800');
  });

  for (const tag of ['es-MX', 'es-419', 'ES-mx', 'es_MX']) {
    it(`speaks Spanish for the regional tag ${tag}: words, figures and the pillar's name`, async () => {
      const el = await show<HledMetric>(html`<hled-metric lang=${tag} metric="usaid-farmers-supported"></hled-metric>`);
      expect(valueOf(el)).to.equal('más de 25,800');
      expect(part(el, 'meta').textContent).to.match(/Pilar II\b/);
      expect(part(el, 'base').getAttribute('lang')).to.equal('es');
    });
  }

  it('speaks English for en-GB, with British conventions where they differ', async () => {
    const el = await show<HledMetric>(html`<hled-metric lang="en-GB" metric="usaid-investments"></hled-metric>`);
    expect(valueOf(el)).to.equal('$18.8 million');
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');
  });

  it('speaks the lang property set before it is connected, from its first render (as React sets it)', async () => {
    // Both languages' data already on the page: whatever the element first asks for, it shows at once.
    await show(html`<hled-metric lang="en" metric="mdrc-trainees"></hled-metric>`);
    await show(html`<hled-metric lang="es" metric="mdrc-trainees"></hled-metric>`);
    const el = document.createElement('hled-metric');
    el.lang = 'es';
    el.metric = 'mdrc-trainees';
    const seen: string[] = [];
    document.body.append(el);
    // Every figure the element ever shows, until it settles.
    const observer = new MutationObserver(() => {
      const value = el.shadowRoot?.querySelector('[part~="value"]')?.textContent;
      if (value && seen.at(-1) !== value) seen.push(value);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await el.updateComplete;
      await settle(el);
      expect(seen).to.deep.equal(['más de 1,800']);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('shows a report that has no Spanish in English, marked lang="en", with Spanish words and figures around it', async () => {
    const url = await reportUrlWith((r) => {
      const strip = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(strip);
        else if (v && typeof v === 'object') {
          if (typeof (v as { en?: unknown }).en === 'string') delete (v as { es?: unknown }).es;
          else Object.values(v).forEach(strip);
        }
      };
      strip(r);
    });
    const el = await show<HTMLElement>(html`<hled-pillar lang="es" pillar="2" src=${url}></hled-pillar>`);
    expect(part(el, 'title').textContent).to.match(/Pilar II/);
    const title = el.shadowRoot!.querySelector('.pillar-title [lang="en"]');
    expect(title?.textContent).to.equal('Promoting Sustainable Economic and Social Development in Southern Mexico and Central America');
    const value = [...el.shadowRoot!.querySelectorAll('[part~="value"]')].find((v) => v.textContent!.startsWith('US$18.8'))!;
    expect(value.textContent).to.equal('US$18.8 millones');
    expect(value.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    expect(value.nextElementSibling!.querySelector('[lang="en"]')!.textContent).to.equal('in new investments in small enterprises in southern Mexico');
    await expect(el).to.be.accessible();
  });

  it('speaks English for a language it does not have (fr), with English formatting', async () => {
    const el = await show<HledMetric>(html`<hled-metric lang="fr" metric="usaid-farmers-supported"></hled-metric>`);
    expect(valueOf(el)).to.equal('over 25,800');
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');
  });
});
