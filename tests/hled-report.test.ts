import { expect, html } from '@open-wc/testing';
import '../src/hled-report.js';
import '../src/hled-metric.js';
import type { HledReport } from '../src/hled-report.js';
import { factsWithoutSource, filledSources, part, parts, REPORT, REPORT_URL, show, textOf, textWithoutSources, until } from './helpers.js';
import { load as loadReportFile } from '../src/generated/data/report.js';
import { sourcesOf as sentencesOf } from '../src/data/view.js';
import type { Report } from '../src/data/types.js';

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
  for (const [lang, date, note] of [
    ['en', 'April 18, [2023]', 'Years in brackets are not written in the report.'],
    ['es', '18 de abril de [2023]', 'Los años entre corchetes no están escritos en el informe.'],
  ]) {
    it(`shows its date under its title, the year it does not write in brackets, and says so (${lang})`, async () => {
      const el = await show<HledReport>(html`<hled-report lang=${lang}></hled-report>`);
      const dated = part(el, 'report-date');
      expect(part(el, 'title').nextElementSibling).to.equal(dated);
      expect(dated.textContent).to.equal(date);
      expect(dated.querySelector('time')!.getAttribute('datetime')).to.equal('2023-04-18');
      expect(dated.nextElementSibling).to.equal(parts(el, 'supplied')[0]);
      // Under the date, under the meetings (the co-chairs' meeting) and under Pillar IV's dates.
      expect(parts(el, 'supplied').map((p) => p.textContent)).to.deep.equal([note, note, note]);
      expect(el.shadowRoot!.querySelector('#hled-co-chairs-meeting-2023-04-18 time')!.textContent).to.equal(date);
    });
  }

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
    expect(parts(el, 'pillar').length).to.equal(4);
    // Each figure and each event once: in its pillar, or (the dialogue's own meetings) on their own.
    expect(parts(el, 'metric').length).to.equal(report.metrics.length);
    expect(parts(el, 'event').length).to.equal(report.events.length);
    expect(new Set(parts(el, 'event').map((e) => e.id)).size).to.equal(report.events.length);
  });

  it('opens with its contents: one link per part, each to that part\'s heading, in order', async () => {
    const el = await show<HledReport>(html`<hled-report lang="en"></hled-report>`);
    const links = [...part(el, 'contents').querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Purpose', 'Delegations', 'Stakeholder engagement', 'Meetings of the dialogue',
      'Pillar I: Building Back Together',
      'Pillar II: Promoting Sustainable Economic and Social Development in Southern Mexico and Central America',
      'Pillar III: Securing the Tools for Future Prosperity', 'Pillar IV: Investing in Our People',
    ]);
    for (const a of links) {
      const target = el.shadowRoot!.getElementById(a.hash.slice(1));
      expect(target, a.hash).to.exist;
      const title = target!.matches('h1,h2,h3,h4,h5,h6') ? target! : target!.querySelector('h1,h2,h3,h4,h5,h6')!;
      expect(title.textContent!.replace(/\s+/g, ' ').trim().replace(/^(Pillar [IV]+) /, '$1: '), a.hash).to.equal(a.textContent);
    }
  });

  it('goes to a part from its contents link, focus included, so the keyboard goes on from there', async () => {
    const el = await show<HledReport>(html`<hled-report lang="en"></hled-report>`);
    try {
      const link = [...part(el, 'contents').querySelectorAll('a')].find((a) => a.textContent!.startsWith('Pillar III'))!;
      link.click();
      await new Promise((r) => addEventListener('hashchange', r, { once: true }));
      expect(location.hash).to.equal('#hled-pillar-3');
      // (What brings a fact into view loads with the first such address: src/internal/hled-goto.ts.)
      await until(() => el.shadowRoot!.activeElement?.id === 'hled-pillar-3', 'the focus on Pillar III');
      // Again, from where the page already is (no hashchange): still goes there.
      (el.shadowRoot!.activeElement as HTMLElement).blur();
      link.click();
      await until(() => el.shadowRoot!.activeElement?.id === 'hled-pillar-3', 'the focus on Pillar III again');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('with summaries, lists every figure under "All figures" as <hled-metric> formats it, and the whole timeline', async () => {
    const report = await data;
    const el = await show<HledReport>(html`<hled-report lang="es" summaries></hled-report>`);
    const section = parts(el, 'section').find((s) => s.querySelector('[part~="section-title"]')!.textContent === 'Todas las cifras')!;
    const shown = [...section.querySelectorAll('[part~="value"]')].map((v) => v.textContent);
    expect(shown).to.have.length(report.metrics.length);
    const expected = await figures('es', report.metrics.map((m) => m.id));
    for (const f of expected) expect(shown, f).to.include(f);
    expect(new Set(expected).size).to.be.greaterThan(8);
    const timeline = parts(el, 'section').find((s) => s.querySelector('[part~="section-title"]')!.textContent === 'Cronología')!;
    expect(timeline.querySelectorAll('[part~="event"]').length).to.equal(report.events.length);
    // The summaries link to their own copies (#hled-all-…) and carry no control of their own: the
    // facts above have them, and no two controls of the report share a name.
    expect([...section.querySelectorAll('[id]'), ...timeline.querySelectorAll('[part~="event"]')].every((e) => e.id.startsWith('hled-all-'))).to.equal(true);
    expect(section.querySelector('button, details')).to.equal(null);
    expect(timeline.querySelector('button, details')).to.equal(null);
    expect([...part(el, 'contents').querySelectorAll('a')].slice(-2).map((a) => a.textContent)).to.deep.equal(['Todas las cifras', 'Cronología']);
  });

  it('composes the whole report in Spanish with no English outside the quoted sources', async () => {
    const report = await data;
    const el = await show<HledReport>(html`<hled-report lang="es"></hled-report>`);
    expect(part(el, 'title').textContent).to.equal(report.title.es);
    const text = textWithoutSources(el);
    expect(text).to.contain('Contenido').and.contain('Delegaciones').and.contain('Reuniones del diálogo').and.contain('US$18.8 millones');
    expect(text).not.to.match(/\b(Pillar|Source|Timeline|Contents|million|over|nearly|Planned|Completed|In progress|Copy link|Institutions|Places)\b/);
  });

  for (const lang of ['en', 'es']) {
    it(`keeps every source sentence of the report in the DOM in ${lang === 'en' ? 'English' : 'Spanish'}: quoted in a closed disclosure, or shown as the text itself`, async () => {
      const report = await data;
      const el = await show<HledReport>(html`<hled-report lang=${lang}></hled-report>`);
      // Disclosures, and the events' "Source" buttons with the sentence they control (hidden="until-found").
      const quotes = [...el.shadowRoot!.querySelectorAll('details blockquote, [part~="source"] + blockquote')].map((q) => q.textContent!);
      const shown = textWithoutSources(el);
      const sources = sourcesOf(report);
      expect(sources.length).to.be.greaterThan(50);
      // A figure's source is part of its initiative's source, which the report quotes.
      for (const source of sources) {
        const found = quotes.some((q) => q.includes(source)) || (lang === 'en' && shown.includes(source));
        expect(found, source.slice(0, 60)).to.equal(true);
      }
      // In Spanish every text is a translation: each one has its English source.
      if (lang === 'es') expect(el.shadowRoot!.querySelector('[part~="quoted"]')).to.equal(null);
      else expect(part(el, 'quoted').textContent).to.contain('word for word').and.contain('April 18, [2023]');
      expect([...el.shadowRoot!.querySelectorAll('details')].every((d) => !d.open)).to.equal(true);
      const eventSources = [...el.shadowRoot!.querySelectorAll('button[part~="source"]')];
      expect(eventSources.length).to.equal(report.events.length);
      expect(eventSources.every((b) => b.getAttribute('aria-expanded') === 'false' && b.nextElementSibling!.getAttribute('hidden') === 'until-found')).to.equal(true);
    });
  }

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
    it(`passes axe in ${lang === 'en' ? 'English' : 'Spanish'}`, async function () {
      // axe over the whole report, a Source per figure card included, with three browsers on two cores.
      this.timeout(30000);
      const el = await show<HledReport>(html`<hled-report lang=${lang}></hled-report>`);
      await expect(el).to.be.accessible();
    });
  }
});

describe("the report's source sentences", () => {
  it('come with each language\'s view: in English those its disclosures show, in Spanish every one; no file of their own', async () => {
    const views = (await Promise.all(['en', 'es'].map((l) => loadReportFile(`${REPORT}.${l}`)))) as { verbatim: string[]; sources: Record<string, string> }[];
    const [{ verbatim, sources: en }, { sources: es }] = views as [(typeof views)[0], (typeof views)[0]];
    for (const l of ['en', 'es']) expect(loadReportFile(`${REPORT}.${l}.sources`), `no ${l} sources file`).to.equal(undefined);
    expect(verbatim.length).to.be.greaterThan(10);
    expect(Object.keys(en).filter((k) => verbatim.includes(k))).to.deep.equal([]);
    const all = sentencesOf((await (await fetch(REPORT_URL)).json()) as Report);
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(all).sort());
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(all).filter((k) => !verbatim.includes(k)).sort());
    for (const [k, sentence] of Object.entries({ ...en, ...es })) expect(sentence, k).to.equal(all[k]);
    // Every disclosure of a report has its sentence at its first render, in either language.
    for (const lang of ['en', 'es']) {
      const el = await show<HledReport>(html`<hled-report lang=${lang}></hled-report>`);
      expect(filledSources(el).length, lang).to.be.greaterThan(lang === 'en' ? 10 : 50);
      // In Spanish no text is the sentence itself: every figure, initiative and event has its Source.
      if (lang === 'es') expect(factsWithoutSource(el)).to.deep.equal([]);
    }
  });
});
