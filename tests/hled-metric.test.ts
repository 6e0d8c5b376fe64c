import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hled-metric.js';
import type { HledMetric } from '../src/hled-metric.js';
import { capturingErrors, nameOf, part, REPORT_URL, show, textOf, visibleText } from './helpers.js';

/** What a reader sees for every metric of the report, in both languages. */
const GOLDENS: Record<string, { en: string; es: string }> = {
  'usaid-investments': { en: '$18.8 million', es: 'US$18.8 millones' },
  'usaid-farmer-sales': { en: '$1.2 million', es: 'US$1.2 millones' },
  'usaid-farmers-supported': { en: 'over 25,800', es: 'más de 25,800' },
  'mdrc-trainees': { en: 'over 1,800', es: 'más de 1,800' },
  'sembrando-participants': { en: 'nearly 2,000', es: 'casi 2,000' },
  'e3-students': { en: '100', es: '100' },
  'e3-institutions': { en: '4', es: '4' },
  'e3-courses': { en: '3', es: '3' },
  'florida-exchange-participants': { en: '20–25', es: 'de 20 a 25' },
  '5g-forum-days': { en: '2', es: '2' },
  'treated-wastewater-reuse-proposals': { en: '2', es: '2' },
};

describe('<hled-metric>', () => {
  it('shows "$18.8 million" of new investments in English with pillar, agency and source', async () => {
    const el = await show<HledMetric>(html`<hled-metric lang="en" metric="usaid-investments"></hled-metric>`);
    expect(part(el, 'value').textContent).to.equal('$18.8 million');
    expect(part(el, 'label').textContent).to.match(/new investments in small enterprises/);
    expect(part(el, 'meta').textContent).to.match(/Pillar II\b/).and.match(/USAID/);
    expect(part(el, 'source').querySelector('blockquote')!.textContent).to.contain('$18.8 million in new investments');
  });

  it('names what it shows in its caption, in its language, once loaded (an iframe title reads it)', async () => {
    const el = document.createElement('hled-metric');
    el.metric = 'usaid-investments';
    el.lang = 'es';
    expect(el.caption, 'before its data').to.equal(undefined);
    document.body.append(el);
    await el.updateComplete;
    expect(el.caption).to.equal('US$18.8 millones en nuevas inversiones en pequeñas empresas del sur de México');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.caption).to.equal('$18.8 million in new investments in small enterprises in southern Mexico');
    el.metric = 'no-such-figure';
    await capturingErrors(() => el.updateComplete);
    expect(el.caption, 'on an error').to.equal(undefined);
    el.remove();
  });

  it('shows "US$18.8 millones" in Spanish, so the amount never reads as pesos', async () => {
    const el = await show<HledMetric>(html`<hled-metric lang="es" metric="usaid-investments"></hled-metric>`);
    expect(part(el, 'value').textContent).to.equal('US$18.8 millones');
    expect(part(el, 'label').textContent).to.match(/inversiones/);
    expect(part(el, 'meta').textContent).to.match(/Pilar II\b/);
    const summary = part(el, 'source').querySelector('summary')!;
    expect(visibleText(summary)).to.equal('Fuente');
    // Named after its figure for screen readers, so it differs from every other "Fuente" on the page.
    expect(nameOf(summary)).to.equal('Fuente: US$18.8 millones en nuevas inversiones en pequeñas empresas…');
  });

  it('variant="figure" is the figure alone, inline, for a sentence that says what it counts', async () => {
    const p = await show<HTMLParagraphElement>(
      html`<p>La USAID apoyó a <hled-metric variant="figure" lang="es" metric="usaid-farmers-supported"></hled-metric> pequeños productores.</p>`,
    );
    const el = p.querySelector('hled-metric')!;
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(textOf(el)).to.equal('más de 25,800');
    expect(el.shadowRoot!.querySelector('button, details, a')).to.equal(null);
    expect(p.textContent!.replace(/\s+/g, ' ')).to.equal('La USAID apoyó a pequeños productores.');
  });

  it('says when a figure is a plan or still under way, next to it (In progress / Planned)', async () => {
    const report = await (await fetch(REPORT_URL)).json();
    const planned = (report.metrics as { id: string; status?: string }[]).filter((m) => m.status && m.status !== 'reached');
    expect(planned.length, 'figures the report gives as under way or planned').to.be.greaterThan(2);
    for (const m of planned) {
      const el = await show<HledMetric>(html`<hled-metric lang="es" metric=${m.id}></hled-metric>`);
      expect(part(el, 'status').textContent, m.id).to.equal(m.status === 'planned' ? 'Estatus: planeado' : 'Estatus: en curso');
    }
    const reached = (report.metrics as { id: string; status?: string }[]).find((m) => !m.status || m.status === 'reached')!;
    const el = await show<HledMetric>(html`<hled-metric lang="en" metric=${reached.id}></hled-metric>`);
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.equal(null);
  });

  it('has a golden for every metric of the report (a new metric needs one)', async () => {
    const report = await (await fetch(REPORT_URL)).json();
    expect(Object.keys(GOLDENS).sort()).to.deep.equal(report.metrics.map((m: { id: string }) => m.id).sort());
  });

  for (const [id, golden] of Object.entries(GOLDENS)) {
    for (const lang of ['en', 'es'] as const) {
      it(`formats ${id} as "${golden[lang]}" in ${lang === 'en' ? 'English' : 'Spanish'}`, async () => {
        const el = await show<HledMetric>(html`<hled-metric lang=${lang} metric=${id}></hled-metric>`);
        expect(part(el, 'value').textContent).to.equal(golden[lang]);
      });
    }
  }

  it('marks the rendered content with its language and the English source with lang="en"', async () => {
    const el = await show<HledMetric>(html`<hled-metric lang="es" metric="mdrc-trainees"></hled-metric>`);
    expect(part(el, 'base').getAttribute('lang')).to.equal('es');
    expect(el.shadowRoot!.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
  });

  it('inline variant reads as running text: figure and label, no box, no disclosure', async () => {
    const el = await show<HledMetric>(
      html`<p>USAID work achieved <hled-metric variant="inline" lang="en" metric="usaid-investments"></hled-metric>.</p>`,
    ).then((p) => p.querySelector('hled-metric')!);
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(textOf(el)).to.match(/^\$18\.8 million in new investments/);
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
  });

  it('opens the source with the keyboard (Tab to "Source", Enter)', async () => {
    const wrapper = await show<HTMLDivElement>(
      html`<div><button>before</button><hled-metric lang="en" metric="e3-students"></hled-metric></div>`,
    );
    const el = wrapper.querySelector('hled-metric')!;
    await el.updateComplete;
    const details = part(el, 'source') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
  });

  it('says so, visibly and in Spanish, for an unknown metric id; logs the valid ids; fires hled-error', async () => {
    let detail: { code: string; message: string } | undefined;
    const { result: el, errors } = await capturingErrors(async () => {
      const wrapper = await show<HTMLDivElement>(
        html`<div @hled-error=${(e: CustomEvent) => (detail = e.detail)}>
          <hled-metric lang="es" metric="usaid-investment"></hled-metric>
        </div>`,
      );
      const m = wrapper.querySelector('hled-metric')!;
      await m.updateComplete;
      await new Promise((r) => setTimeout(r));
      return m;
    });
    expect(part(el, 'error').textContent).to.contain('No hay ninguna cifra “usaid-investment”');
    expect(errors.join('\n')).to.contain('metric="usaid-investment"').and.contain('usaid-investments, ');
    expect(detail?.code).to.equal('unknown-id');
  });

  it('shows another metric when its id changes, with no error on the way (each metric is its own file)', async () => {
    const { result: el, errors } = await capturingErrors(async () => {
      const m = await show<HledMetric>(html`<hled-metric lang="en" metric="e3-students"></hled-metric>`);
      let fired = 0;
      m.addEventListener('hled-error', () => fired++);
      m.metric = 'florida-exchange-participants';
      await m.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(fired).to.equal(0);
      return m;
    });
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(part(el, 'label').textContent).to.contain('exchange');
  });

  for (const lang of ['en', 'es']) {
    it(`passes axe in ${lang === 'en' ? 'English' : 'Spanish'}, source open and closed`, async () => {
      const el = await show<HledMetric>(html`<hled-metric lang=${lang} metric="usaid-farmers-supported"></hled-metric>`);
      await expect(el).to.be.accessible();
      (part(el, 'source') as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
    });
  }
});
