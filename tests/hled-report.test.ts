import { expect, html } from '@open-wc/testing';
import '../src/hled-report.js';
import '../src/hled-metric.js';
import type { HledReport } from '../src/hled-report.js';
import { part, parts, REPORT_URL, show, textOf, textWithoutSources, withSources } from './helpers.js';

interface Json {
  title: { en: string; es: string };
  meeting: { text: { en: string } };
  purpose: { text: { en: string } };
  agreements: { text: { en: string } }[];
  pillars: { title: { en: string }; sections: { initiatives: { text: { en: string }; source: string }[] }[] }[];
  metrics: { id: string }[];
  events: unknown[];
  delegations: { leaders: { name: string }[] }[];
}
const data: Promise<Json> = fetch(REPORT_URL).then((r) => r.json());

/** Every source sentence in a report file: `source`, `introSource`, `ongoingSource`, wherever they sit. */
function sourcesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => sourcesOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && /^(source|introSource|ongoingSource)$/.test(k)) out.push(v);
      else sourcesOf(v, out);
    }
  }
  return out;
}

/** The figures of `<hled-metric>`, in the report's order, to compare with what the report shows. */
async function figures(lang: string, ids: string[]): Promise<string[]> {
  const els = await Promise.all(ids.map((id) => show<HTMLElement>(html`<hled-metric lang=${lang} metric=${id}></hled-metric>`)));
  return els.map((el) => part(el, 'value').textContent!);
}

describe('<hled-report>', () => {
  it('composes the whole report in English: title, meeting, purpose, delegations, pillars, agreements, every figure, timeline', async () => {
    const report = await data;
    const el = await show<HledReport>(html`<hled-report lang="en"></hled-report>`);
    expect(part(el, 'title').textContent).to.equal(report.title.en);
    expect(part(el, 'meeting').textContent).to.equal(report.meeting.text.en);
    const text = textOf(el);
    expect(text).to.contain(report.purpose.text.en);
    for (const leader of report.delegations.flatMap((d) => d.leaders)) expect(text).to.contain(leader.name);
    for (const p of report.pillars) expect(text).to.contain(p.title.en);
    for (const i of report.pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives))) expect(text).to.contain(i.text.en);
    for (const a of report.agreements) expect(text).to.contain(a.text.en);
    expect(el.shadowRoot!.querySelectorAll('.report > section:last-of-type time').length).to.equal(report.events.length);
    expect(parts(el, 'pillar').length).to.equal(4);
  });

  it('lists every figure of the report under "All figures", as <hled-metric> formats it', async () => {
    const report = await data;
    const el = await show<HledReport>(html`<hled-report lang="es"></hled-report>`);
    const section = parts(el, 'section').find((s) => s.querySelector('[part~="section-title"]')!.textContent === 'Todas las cifras')!;
    const shown = [...section.querySelectorAll('[part~="value"]')].map((v) => v.textContent);
    expect(shown).to.have.length(report.metrics.length);
    const expected = await figures('es', report.metrics.map((m) => m.id));
    for (const f of expected) expect(shown, f).to.include(f);
    expect(new Set(expected).size).to.be.greaterThan(8);
  });

  it('composes the whole report in Spanish with no English outside the quoted sources', async () => {
    const report = await data;
    const el = await show<HledReport>(html`<hled-report lang="es"></hled-report>`);
    expect(part(el, 'title').textContent).to.equal(report.title.es);
    const text = textWithoutSources(el);
    expect(text).to.contain('Delegaciones').and.contain('Cronología').and.contain('US$18.8 millones');
    expect(text).not.to.match(/\b(Pillar|Source|Timeline|million|over|nearly|Planned|Happened)\b/);
  });

  it('keeps every source sentence of the report in the DOM, in closed disclosures (find-in-page, print, translation reach it)', async () => {
    const report = await data;
    const el = await withSources(await show<HledReport>(html`<hled-report lang="en"></hled-report>`));
    const quotes = [...el.shadowRoot!.querySelectorAll('details blockquote')].map((q) => q.textContent!);
    const sources = sourcesOf(report);
    expect(sources.length).to.be.greaterThan(50);
    // A figure's source is part of its initiative's source, which the report quotes.
    for (const source of sources) expect(quotes.some((q) => q.includes(source)), source.slice(0, 60)).to.equal(true);
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
