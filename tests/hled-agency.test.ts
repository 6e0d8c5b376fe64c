import { expect, html } from '@open-wc/testing';
import '../src/hled-agency.js';
import type { HledAgency } from '../src/hled-agency.js';
import { load as loadAgencyFile } from '../src/generated/data/agency.js';
import { capturingErrors, factsWithoutSource, filledSources, part, parts, REPORT, REPORT_URL, settle, show, textWithoutSources } from './helpers.js';

interface Initiative {
  id: string;
  agencies: string[];
}
interface Json {
  agencies: { id: string; acronym?: string; name: { en: string; es: string } }[];
  pillars: { number: number; sections: { initiatives: Initiative[] }[] }[];
  metrics: { id: string; agencies: string[] }[];
  events: { id: string; initiative?: string }[];
}
const data: Promise<Json> = fetch(REPORT_URL).then((r) => r.json());

/** What the report says `agency` does: its initiatives, figures, and the events of its initiatives. */
async function workOf(agency: string) {
  const report = await data;
  const initiatives = report.pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives)).filter((i) => i.agencies.includes(agency));
  const ids = new Set(initiatives.map((i) => i.id));
  return {
    initiatives: initiatives.map((i) => `hled-${i.id}`),
    metrics: report.metrics.filter((m) => m.agencies.includes(agency)).map((m) => `hled-${m.id}`),
    events: report.events.filter((e) => e.initiative && ids.has(e.initiative)).map((e) => `hled-${e.id}`),
  };
}

describe('<hled-agency>', () => {
  for (const agency of ['usaid', 'cofepris', 'cbp', 'se']) {
    it(`shows all of ${agency}'s work the report gives, and nothing else`, async () => {
      const expected = await workOf(agency);
      const el = await show<HledAgency>(html`<hled-agency lang="en" agency=${agency}></hled-agency>`);
      expect(parts(el, 'initiative').map((i) => i.id)).to.deep.equal(expected.initiatives);
      expect(parts(el, 'metric').map((m) => m.id)).to.deep.equal(expected.metrics);
      expect(parts(el, 'event').map((e) => e.id).sort()).to.deep.equal(expected.events.sort());
      expect(expected.initiatives.length + expected.metrics.length).to.be.greaterThan(0);
    });
  }

  for (const lang of ['en', 'es']) {
    it(`reads an institution's own file, without the summary's texts, and shows what a whole report shows (${lang})`, async () => {
      for (const agency of ['usaid', 'selectusa', 'se', 'cbp', 'cofepris']) {
        const file = (await loadAgencyFile(`${REPORT}.${lang}.agency.${agency}`)) as Record<string, unknown>;
        for (const key of ['meeting', 'purpose', 'delegations', 'websites']) expect(file, `${agency}: ${key}`).not.to.have.property(key);
        expect(file.stakeholders, agency).to.have.all.keys('recommendations', 'ongoingProjects');
        const own = await show<HledAgency>(html`<hled-agency lang=${lang} agency=${agency}></hled-agency>`);
        const whole = await show<HledAgency>(html`<hled-agency lang=${lang} agency=${agency} src=${REPORT_URL}></hled-agency>`);
        await settle(whole);
        expect(textWithoutSources(own).length, agency).to.be.greaterThan(200);
        expect(textWithoutSources(own), agency).to.equal(textWithoutSources(whole));
      }
    });
  }

  it('brings its own source sentences: every disclosure is filled at the first render, in Spanish', async () => {
    const el = await show<HledAgency>(html`<hled-agency lang="es" agency="usaid"></hled-agency>`);
    expect(filledSources(el).length).to.be.greaterThan(2);
    expect(factsWithoutSource(el)).to.deep.equal([]);
  });

  it('names the institution in full in its heading, in English and in Spanish (official name)', async () => {
    const en = await show<HledAgency>(html`<hled-agency lang="en" agency="cofepris"></hled-agency>`);
    expect(part(en, 'title').textContent).to.equal('Federal Commission for the Protection against Sanitary Risk (COFEPRIS)');
    const es = await show<HledAgency>(html`<hled-agency lang="es" agency="cofepris"></hled-agency>`);
    expect(part(es, 'title').textContent).to.equal('Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)');
    const text = textWithoutSources(es);
    expect(text).to.contain('más de 1,800').and.contain('Pilar I');
    expect(text).not.to.match(/\b(Pillar|Source|Completed|In progress|Institutions|Copy link)\b/);
  });

  it('shows USAID\'s figures the Mexican way in Spanish: US$18.8 millones, más de 25,800', async () => {
    const el = await show<HledAgency>(html`<hled-agency lang="es" agency="usaid"></hled-agency>`);
    const values = parts(el, 'value').map((v) => v.textContent);
    expect(values).to.include('US$18.8 millones').and.include('más de 25,800');
  });

  it('shows the Department of Labor’s February 23 exchange with its supplied year in brackets, in English and Spanish', async () => {
    for (const [lang, date, note] of [
      ['en', 'February 23, [2023]', 'Years in brackets are not written in the report.'],
      ['es', '23 de febrero de [2023]', 'Los años entre corchetes no están escritos en el informe.'],
    ]) {
      const el = await show<HledAgency>(html`<hled-agency lang=${lang} agency="dol"></hled-agency>`);
      expect(el.shadowRoot!.querySelector('#hled-apprenticeship-exchange-2023-02-23 time')!.textContent).to.equal(date);
      expect(parts(el, 'supplied').map((p) => p.textContent)).to.deep.equal([note]);
    }
  });

  it('puts pillars at heading-level and its sections below', async () => {
    const el = await show<HledAgency>(html`<hled-agency lang="en" agency="usaid" heading-level="3"></hled-agency>`);
    expect(part(el, 'title').localName).to.equal('h3');
    expect(parts(el, 'pillar')[0].querySelector('h4')!.textContent).to.match(/Pillar I\b/);
    expect(parts(el, 'section-title').every((h) => Number(h.localName[1]) >= 5)).to.equal(true);
  });

  it('says so for an unknown institution, visibly and in Spanish, naming the valid ids in the console', async () => {
    const { result: el, errors } = await capturingErrors(() => show<HledAgency>(html`<hled-agency lang="es" agency="fbi"></hled-agency>`));
    expect(part(el, 'error').textContent).to.contain('No hay ninguna institución “fbi”');
    expect(errors.join('\n')).to.contain('agency="fbi"').and.contain('usaid').and.contain('cofepris');
  });

  it('reads a src report too, and follows agency changes', async () => {
    const el = await show<HledAgency>(html`<hled-agency lang="en" agency="cbp" src=${REPORT_URL}></hled-agency>`);
    expect(part(el, 'title').textContent).to.contain('(CBP)');
    el.agency = 'usaid';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(el, 'title').textContent).to.contain('(USAID)');
  });

  for (const lang of ['en', 'es']) {
    it(`passes axe in ${lang === 'en' ? 'English' : 'Spanish'}`, async () => {
      const el = await show<HledAgency>(html`<hled-agency lang=${lang} agency="usaid"></hled-agency>`);
      await expect(el).to.be.accessible();
    });
  }
});
