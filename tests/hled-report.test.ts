import { expect, html } from '@open-wc/testing';
import '../src/hled-report.js';
import type { HledReport } from '../src/hled-report.js';
import { part, parts, REPORT_URL, show, textOf, textWithoutSources } from './helpers.js';

interface Json {
  title: { en: string; es: string };
  pillars: { title: { en: string }; sections: { initiatives: { text: { en: string }; source: string }[] }[] }[];
  metrics: unknown[];
  events: unknown[];
  delegations: { leaders: { name: string }[] }[];
}
const data: Promise<Json> = fetch(REPORT_URL).then((r) => r.json());

describe('<hled-report>', () => {
  it('composes the whole report in English: title, meeting, purpose, delegations, pillars, figures, timeline', async () => {
    const report = await data;
    const el = await show<HledReport>(html`<hled-report lang="en"></hled-report>`);
    expect(part(el, 'title').textContent).to.equal(report.title.en);
    expect(part(el, 'meeting').textContent).to.contain('April 18');
    const text = textOf(el);
    for (const leader of report.delegations.flatMap((d) => d.leaders)) expect(text).to.contain(leader.name);
    for (const p of report.pillars) expect(text).to.contain(p.title.en);
    for (const i of report.pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives))) expect(text).to.contain(i.text.en);
    expect(el.shadowRoot!.querySelectorAll('.report > section:last-of-type time').length).to.equal(report.events.length);
    expect(parts(el, 'pillar').length).to.equal(4);
  });

  it('composes the whole report in Spanish with no English outside the quoted sources', async () => {
    const report = await data;
    const el = await show<HledReport>(html`<hled-report lang="es"></hled-report>`);
    expect(part(el, 'title').textContent).to.equal(report.title.es);
    const text = textWithoutSources(el);
    expect(text).to.contain('Delegaciones').and.contain('Cronología').and.contain('US$18.8 millones');
    expect(text).not.to.match(/\b(Pillar|Source|Timeline|million|over|nearly|Planned|Happened)\b/);
  });

  it('keeps every source sentence in the DOM, in closed disclosures (find-in-page, print, translation reach it)', async () => {
    const report = await data;
    const el = await show<HledReport>(html`<hled-report lang="en"></hled-report>`);
    const quotes = [...el.shadowRoot!.querySelectorAll('details blockquote')].map((q) => q.textContent);
    for (const i of report.pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives))) expect(quotes).to.include(i.source);
    expect([...el.shadowRoot!.querySelectorAll('details')].every((d) => !d.open)).to.equal(true);
  });

  it('nests headings under heading-level: title h3, parts h4, pillar sections h5', async () => {
    const el = await show<HledReport>(html`<hled-report lang="en" heading-level="3"></hled-report>`);
    expect(part(el, 'title').localName).to.equal('h3');
    const pillar = parts(el, 'pillar')[0];
    expect(pillar.querySelector('h4')!.textContent).to.contain('Building Back Together');
    expect(pillar.querySelector('h5')!.textContent).to.contain('Strengthening Supply Chains');
    const levels = [...el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.localName[1]));
    // No heading skips a level on the way down.
    levels.reduce((prev, l) => (expect(l - prev).to.be.at.most(1), l));
  });

  for (const lang of ['en', 'es']) {
    it(`passes axe in ${lang === 'en' ? 'English' : 'Spanish'}`, async () => {
      const el = await show<HledReport>(html`<hled-report lang=${lang}></hled-report>`);
      await expect(el).to.be.accessible();
    });
  }
});
