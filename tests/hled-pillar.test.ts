import { expect, html } from '@open-wc/testing';
import '../src/hled-pillar.js';
import type { HledPillar } from '../src/hled-pillar.js';
import { capturingErrors, part, parts, show, textWithoutSources } from './helpers.js';

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

  it('names the agencies of each initiative, with the full name available to screen readers', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="en" pillar="1"></hled-pillar>`);
    const semarnat = [...el.shadowRoot!.querySelectorAll('abbr')].find((a) => a.textContent === 'SEMARNAT')!;
    expect(semarnat.title).to.equal('Secretariat of Environment and Natural Resources');
    expect(semarnat.nextElementSibling!.textContent).to.contain('Secretariat of Environment and Natural Resources');
  });

  it('shows Pillar II in Spanish with its figures and official Spanish agency names', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="es" pillar="2"></hled-pillar>`);
    expect(part(el, 'title').textContent).to.match(/Pilar II/);
    const text = textWithoutSources(el);
    expect(text).to.contain('US$18.8 millones').and.contain('más de 25,800').and.contain('casi 2,000');
    expect(text).to.contain('Agencia Mexicana de Cooperación Internacional para el Desarrollo');
    expect(text).not.to.match(/\bPillar\b|\bSource\b|\bmillion\b/);
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
    expect(link.textContent).to.equal('Campaña “Elige el Original” del IMPI');
  });

  it('shows each initiative status in words, not colour alone', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="es" pillar="4"></hled-pillar>`);
    const words = new Set(parts(el, 'status').map((s) => s.textContent));
    expect([...words].every((w) => ['Realizado', 'En curso', 'Programado', 'Previsto'].includes(w!))).to.equal(true);
    expect(words.size).to.be.greaterThan(1);
  });

  it('puts its headings at heading-level, and sections one level below', async () => {
    const el = await show<HledPillar>(html`<hled-pillar lang="en" pillar="3" heading-level="4"></hled-pillar>`);
    expect(part(el, 'title').localName).to.equal('h4');
    expect(parts(el, 'section-title').every((h) => h.localName === 'h5')).to.equal(true);
  });

  it('falls back to level 2 for an invalid heading-level and caps at 6', async () => {
    const bad = await show<HledPillar>(html`<hled-pillar lang="en" pillar="3" heading-level="x"></hled-pillar>`);
    expect(part(bad, 'title').localName).to.equal('h2');
    const deep = await show<HledPillar>(html`<hled-pillar lang="en" pillar="3" heading-level="6"></hled-pillar>`);
    expect(part(deep, 'title').localName).to.equal('h6');
    expect(parts(deep, 'section-title').every((h) => h.localName === 'h6')).to.equal(true);
  });

  it('says so for a pillar that does not exist, naming the valid ones in the console', async () => {
    const { result: el, errors } = await capturingErrors(() =>
      show<HledPillar>(html`<hled-pillar lang="en" pillar="7"></hled-pillar>`),
    );
    expect(part(el, 'error').textContent).to.contain('There is no pillar "7"');
    expect(errors.join('\n')).to.contain('Valid values: 1, 2, 3, 4');
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
