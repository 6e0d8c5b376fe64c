import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/hled-pillar.js';
import type { HledPillar } from '../src/hled-pillar.js';
import { load as loadPillarFile } from '../src/generated/data/pillar.js';
import { capturingErrors, factsWithoutSource, filledSources, part, parts, REPORT, REPORT_URL, settle, show, textWithoutSources } from './helpers.js';

/** The status words a reader sees, per language (Spanish: xliff/es.xlf). */
const STATUS_WORDS: Record<'en' | 'es', Record<string, string>> = {
  en: { done: 'Completed', ongoing: 'In progress', planning: 'In planning', planned: 'Planned', expected: 'Expected' },
  es: { done: 'Estatus: realizado', ongoing: 'Estatus: en curso', planning: 'Estatus: en planeación', planned: 'Estatus: planeado', expected: 'Estatus: previsto' },
};

describe('<hled-pillar>', () => {
  it('shows Pillar I with its title, summary, five sections and their initiatives, in English', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="en" pillar="1"></hled-pillar>`);
    expect(part(el, 'title').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Pillar I Building Back Together');
    expect(part(el, 'summary').textContent).to.contain('improve the regional business environment');
    const sections = parts(el, 'section-title').map((h) => h.textContent);
    expect(sections).to.include('Enhancing Border Conditions to Facilitate Lawful Trade and Travel');
    expect(sections).to.include('Trade Facilitation Partnership for Medical Devices');
    expect(parts(el, 'initiative').length).to.equal(12);
  });

  for (const lang of ['en', 'es']) {
    it(`reads its own file in ${lang === 'en' ? 'English' : 'Spanish'}, and shows what a whole report shows`, async () => {
      for (const n of ['1', '2', '3', '4']) {
        const file = (await loadPillarFile(`${REPORT}.${lang}.pillar.${n}`)) as { pillars: unknown[] };
        expect(file.pillars, n).to.have.length(1);
        for (const key of ['meeting', 'purpose', 'delegations', 'websites', 'stakeholders']) expect(file, key).not.to.have.property(key);
        const own = await show<HledPillar>(html`<hled-pillar lang=${lang} pillar=${n}></hled-pillar>`);
        const whole = await show<HledPillar>(html`<hled-pillar lang=${lang} pillar=${n} src=${REPORT_URL}></hled-pillar>`);
        await settle(whole);
        expect(textWithoutSources(own).length, n).to.be.greaterThan(500);
        expect(textWithoutSources(own), n).to.equal(textWithoutSources(whole));
      }
    });
  }

  it('brings its own source sentences: every disclosure is filled at the first render, in Spanish', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="es" pillar="2"></hled-pillar>`);
    expect(filledSources(el).length).to.be.greaterThan(2);
    expect(factsWithoutSource(el)).to.deep.equal([]);
  });

  it('spells out each acronym where it first appears, for every reader, then uses it alone', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="en" pillar="1"></hled-pillar>`);
    const agencies = parts(el, 'agencies').map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    const first = agencies.findIndex((a) => a.includes('SEMARNAT'));
    expect(agencies[first]).to.contain('Secretariat of Environment and Natural Resources (SEMARNAT)');
    const later = agencies.slice(first + 1).filter((a) => a.includes('SEMARNAT'));
    expect(later.length).to.be.greaterThan(0);
    for (const a of later) expect(a).not.to.contain('Secretariat of Environment');
    // Named for what they are, in plain words: "Institutions", not "Agencies".
    expect(agencies[first]).to.match(/^Institutions:/);
  });

  it('says in Spanish which institutions take part, with their official names', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="es" pillar="1"></hled-pillar>`);
    const agencies = parts(el, 'agencies').map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(agencies.some((a) => a.startsWith('Instituciones:') && a.includes('Secretaría de Medio Ambiente y Recursos Naturales (SEMARNAT)'))).to.equal(true);
  });

  it('shows Pillar II in Spanish with its figures and official Spanish agency names', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="es" pillar="2"></hled-pillar>`);
    expect(part(el, 'title').textContent).to.match(/Pilar II/);
    const text = textWithoutSources(el);
    expect(text).to.contain('US$18.8 millones').and.contain('más de 25,800').and.contain('casi 2,000');
    expect(text).to.contain('Agencia Mexicana de Cooperación Internacional para el Desarrollo');
    expect(text).not.to.match(/\bPillar\b|\bSource\b|\bmillion\b|\bCopy link\b|\bInstitutions\b/);
  });

  it('shows the apprenticeship exchange as "February 23, [2023]" / "23 de febrero de [2023]", with the line on bracketed years', async () => {
    for (const [lang, date, note] of [
      ['en', 'February 23, [2023]', 'Years in brackets are not written in the report.'],
      ['es', '23 de febrero de [2023]', 'Los años entre corchetes no están escritos en el informe.'],
    ]) {
      const el = await show<HledPillar>(html`<hled-pillar lang=${lang} pillar="4"></hled-pillar>`);
      const event = el.shadowRoot!.getElementById('hled-apprenticeship-exchange-2023-02-23')!;
      expect(event.querySelector('time')!.textContent).to.equal(date);
      expect(parts(el, 'supplied').map((p) => p.textContent)).to.deep.equal([note]);
    }
    expect(parts(await show<HledPillar>(html`<hled-pillar lang="es" pillar="1"></hled-pillar>`), 'supplied')).to.deep.equal([]);
  });

  it('lists only its own dated events, oldest first, with <time datetime>', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="en" pillar="4"></hled-pillar>`);
    const times = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(['2023-02-15', '2023-02-23', '2023-09']);
  });

  it('links the site an initiative names (IMPI\'s campaign), labelled in the element\'s language', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="es" pillar="4"></hled-pillar>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="https://eligeeloriginal.impi.gob.mx/"]')!;
    expect(link).to.exist;
    expect(link.textContent).to.equal('Campaña “Elige el original” del IMPI');
  });

  for (const lang of ['en', 'es'] as const) {
    it(`says each initiative's own status in words, in ${lang === 'en' ? 'English' : 'Spanish'}, in every pillar`, async () => {
      const report = await (await fetch(REPORT_URL)).json();
      for (const pillar of report.pillars as { number: number; sections: { initiatives: { status: string }[] }[] }[]) {
        const el = await show<HledPillar>(html`<hled-pillar lang=${lang} pillar=${pillar.number}></hled-pillar>`);
        const shown = parts(el, 'initiative').map((i) => i.querySelector('[part~="status"]')!.textContent);
        const expected = pillar.sections.flatMap((s) => s.initiatives.map((i) => STATUS_WORDS[lang][i.status]));
        expect(shown, `Pillar ${pillar.number}`).to.deep.equal(expected);
      }
    });
  }

  it('puts its headings at heading-level, and sections one level below', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="en" pillar="3" heading-level="4"></hled-pillar>`);
    expect(part(el, 'title').localName).to.equal('h4');
    expect(parts(el, 'section-title').every((h) => h.localName === 'h5')).to.equal(true);
  });

  it('falls back to level 2 for an invalid heading-level, and caps levels above 6 at 6', async () => {
    for (const level of ['x', '0', '1', '-3']) {
      const bad = await show<HledPillar>(html`<hled-pillar lang="en" pillar="3" heading-level=${level}></hled-pillar>`);
      expect(part(bad, 'title').localName, `heading-level="${level}"`).to.equal('h2');
    }
    for (const level of ['6', '7', '9']) {
      const deep = await show<HledPillar>(html`<hled-pillar lang="en" pillar="3" heading-level=${level}></hled-pillar>`);
      expect(part(deep, 'title').localName, `heading-level="${level}"`).to.equal('h6');
      expect(parts(deep, 'section-title').every((h) => h.localName === 'h6')).to.equal(true);
    }
  });

  it('shows another pillar when pillar changes after the first render', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="en" pillar="1"></hled-pillar>`);
    el.pillar = '3';
    await el.updateComplete;
    expect(part(el, 'title').textContent).to.match(/Pillar III/);
    el.setAttribute('pillar', '2');
    await el.updateComplete;
    expect(part(el, 'title').textContent).to.match(/Pillar II\b/);
  });

  it('follows report and src changes after the first render: unknown report, then back', async () => {
    const { result: el } = await capturingErrors(async () => {
      const p = await show<HledPillar>(html`<hled-pillar lang="en" pillar="2"></hled-pillar>`);
      p.report = 'hled-2031-01-01';
      await p.updateComplete;
      expect(part(p, 'error').textContent).to.contain('not available');
      p.report = REPORT;
      await p.updateComplete;
      expect(part(p, 'title').textContent).to.match(/Pillar II\b/);
      p.src = REPORT_URL;
      await p.updateComplete;
      return p;
    });
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(part(el, 'title').textContent).to.match(/Pillar II\b/);
  });

  it('says so for a pillar that does not exist, naming the valid ones in the console', async () => {
    const { result: el, errors } = await capturingErrors(() =>
      show<HledPillar>(html`<hled-pillar lang="en" pillar="7"></hled-pillar>`),
    );
    expect(part(el, 'error').textContent).to.contain('There is no pillar “7”');
    expect(errors.join('\n')).to.contain('Valid values: 1, 2, 3, 4');
  });

  it('says so for an institution it does not know in its agency filter, bundled and from src', async () => {
    for (const src of [undefined, REPORT_URL]) {
      const { result: el, errors } = await capturingErrors(async () => {
        const p = await show<HledPillar>(html`<hled-pillar lang="es" pillar="2" agency="fbi" src=${src ?? nothing}></hled-pillar>`);
        await settle(p);
        return p;
      });
      expect(part(el, 'error').textContent, String(src)).to.contain('No hay ninguna institución “fbi”');
      expect(errors.join('\n'), String(src)).to.contain('agency="fbi"').and.contain('usaid');
    }
  });

  it('with an agency filter, shows that institution’s work in the pillar, and no "quoted" note for the pillar summary it hides', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="en" pillar="1" agency="selectusa"></hled-pillar>`);
    await settle(el);
    expect(parts(el, 'initiative').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);
    // The note says the texts without a "Source" are the report's words: only if one shown is.
    const shown = parts(el, 'initiative').map((i) => i.id.replace(/^hled-/, ''));
    const verbatim = ((await loadPillarFile(`${REPORT}.en.pillar.1`)) as { verbatim: string[] }).verbatim;
    expect(el.shadowRoot!.querySelector('[part~="quoted"]') !== null).to.equal(shown.some((id) => verbatim.includes(id)));
  });

  for (const lang of ['en', 'es']) {
    for (const pillar of ['1', '2', '3', '4']) {
      it(`Pillar ${pillar} passes axe in ${lang === 'en' ? 'English' : 'Spanish'}`, async () => {
        const el = await show<HledPillar>(html`<hled-pillar lang=${lang} pillar=${pillar}></hled-pillar>`);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('the "In planning" badge', () => {
  it('looks like "Planned" (dashed border, the planned colour, the clock icon), not a plain badge', async () => {
    const pillars = await Promise.all([1, 2, 3, 4].map((n) => show<HTMLElement>(html`<hled-pillar lang="en" pillar=${String(n)}></hled-pillar>`)));
    const badges = pillars.flatMap((p) => [...p.shadowRoot!.querySelectorAll<HTMLElement>('[part~="status"]')]);
    const planning = badges.find((b) => b.dataset.status === 'planning')!;
    const planned = badges.find((b) => b.dataset.status === 'planned')!;
    expect(planning.textContent).to.equal('In planning');
    const [a, b] = [getComputedStyle(planning), getComputedStyle(planned)];
    expect([a.borderStyle, a.color]).to.deep.equal(['dashed', b.color]);
    expect(getComputedStyle(planning, '::before').content).to.equal(getComputedStyle(planned, '::before').content);
  });
});
