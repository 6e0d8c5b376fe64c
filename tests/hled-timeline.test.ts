import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/hled-timeline.js';
import type { HledTimeline } from '../src/hled-timeline.js';
import { load as loadTimelineFile } from '../src/generated/data/timeline.js';
import { capturingErrors, factsWithoutSource, filledSources, part, parts, REPORT, REPORT_URL, settle, show, textWithoutSources } from './helpers.js';

/** The Spanish status words of events (xliff/es.xlf). */
const ES = { happened: 'Estatus: realizado', planned: 'Estatus: planeado', expected: 'Estatus: previsto' };
const EN = { happened: 'Took place', planned: 'Planned', expected: 'Expected' };

const dates = (el: Element) => parts(el, 'date').map((t) => t.textContent);

describe('<hled-timeline>', () => {
  for (const lang of ['en', 'es']) {
    it(`reads its own file in ${lang === 'en' ? 'English' : 'Spanish'} (events only), and shows what a whole report shows, filtered or not`, async () => {
      const file = (await loadTimelineFile(`${REPORT}.${lang}.timeline`)) as { events: unknown[]; metrics: unknown[]; pillars: { sections: unknown[] }[] };
      expect(file.events).to.have.length(11);
      expect(file.metrics).to.deep.equal([]);
      expect(file.pillars.map((p) => p.sections)).to.deep.equal([[], [], [], []]);
      for (const key of ['meeting', 'purpose', 'delegations', 'websites', 'stakeholders']) expect(file, key).not.to.have.property(key);
      for (const filters of [html`<hled-timeline lang=${lang}></hled-timeline>`, html`<hled-timeline lang=${lang} pillar="1,4" status="expected"></hled-timeline>`]) {
        const own = await show<HledTimeline>(filters);
        const whole = await show<HledTimeline>(html`<hled-timeline lang=${lang} pillar=${own.pillar || nothing} status=${own.status || nothing} src=${REPORT_URL}></hled-timeline>`);
        await settle(whole);
        expect(parts(own, 'event').length).to.be.greaterThan(0);
        expect(textWithoutSources(own)).to.equal(textWithoutSources(whole));
      }
    });
  }

  it('brings its events\' source sentences: every event has its sentence at the first render', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="es"></hled-timeline>`);
    expect(filledSources(el).length).to.equal(parts(el, 'event').length);
    expect(factsWithoutSource(el)).to.deep.equal([]);
  });

  it('lists every dated event in chronological order as an ordered list of <time datetime>', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="en"></hled-timeline>`);
    expect(part(el, 'list').localName).to.equal('ol');
    const datetimes = parts(el, 'date').map((t) => (t.localName === 'time' ? t.getAttribute('datetime') : null));
    expect(datetimes).to.deep.equal([
      '2022-09-12', '2022-10', '2022-11', '2023-02', '2023-02-15', '2023-02-23',
      '2023-04-18', '2023-04', '2023-09', '2023', '2023',
    ]);
  });

  it('shows dates at the precision the report gives, in English, each as a label in sentence case', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="en"></hled-timeline>`);
    expect(dates(el)).to.deep.equal([
      'September 12, 2022', 'October 2022', 'November 2022', 'February 2023', 'February 15, 2023',
      'February 23, [2023]', 'April 18, [2023]', 'April 2023', 'Late September–October 2023 (likely)',
      'Fall 2023', '2023',
    ]);
  });

  it('shows the report\'s calendar days to a reader west of UTC (the tests run in Mexico City\'s time zone)', async () => {
    expect(new Date(Date.UTC(2023, 1, 15)).getDate(), 'the browser runs west of UTC').to.equal(14);
    // Bundled (formatted when the package was built) and from src (formatted in the page).
    for (const el of [
      await show<HledTimeline>(html`<hled-timeline lang="es"></hled-timeline>`),
      await show<HledTimeline>(html`<hled-timeline lang="es" src=${REPORT_URL}></hled-timeline>`),
    ]) {
      expect(dates(el)).to.include('15 de febrero de 2023').and.include('12 de septiembre de 2022');
    }
  });

  for (const [lang, note] of [
    ['en', 'Years in brackets are not written in the report.'],
    ['es', 'Los años entre corchetes no están escritos en el informe.'],
  ]) {
    it(`says under the dates, once, that a year in brackets is not written in the report (${lang}), and only when one is shown`, async () => {
      const all = await show<HledTimeline>(html`<hled-timeline lang=${lang}></hled-timeline>`);
      expect(parts(all, 'supplied').map((p) => p.textContent)).to.deep.equal([note]);
      expect(part(all, 'list').nextElementSibling).to.equal(part(all, 'supplied'));
      // Pillar I's dates all have the report's own years.
      const pillar1 = await show<HledTimeline>(html`<hled-timeline lang=${lang} pillar="1"></hled-timeline>`);
      expect(dates(pillar1).some((d) => d!.includes('['))).to.equal(false);
      expect(parts(pillar1, 'supplied')).to.deep.equal([]);
    });
  }

  it('shows a year the report does not write in brackets from a src report too, formatted in the page', async () => {
    for (const [lang, expected] of [
      ['en', ['February 23, [2023]', 'April 18, [2023]']],
      ['es', ['23 de febrero de [2023]', '18 de abril de [2023]']],
    ] as const) {
      const el = await show<HledTimeline>(html`<hled-timeline lang=${lang} src=${REPORT_URL}></hled-timeline>`);
      expect(dates(el).filter((d) => d!.includes('['))).to.deep.equal(expected);
    }
  });

  it('shows dates the Mexican way in Spanish ("15 de febrero de 2023", "Otoño de 2023" as a label)', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="es"></hled-timeline>`);
    expect(dates(el)).to.deep.equal([
      '12 de septiembre de 2022', 'Octubre de 2022', 'Noviembre de 2022', 'Febrero de 2023', '15 de febrero de 2023',
      '23 de febrero de [2023]', '18 de abril de [2023]', 'Abril de 2023',
      'Entre finales de septiembre y octubre de 2023 (probablemente)', 'Otoño de 2023', '2023',
    ]);
  });

  it('shows each event\'s own status in plain words (Took place / Planned / Expected) and marks it in style too', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="en"></hled-timeline>`);
    const statuses = parts(el, 'status');
    // In date order: what happened, then the publication expected in April 2023, then the plans.
    expect(statuses.map((s) => s.textContent)).to.deep.equal([
      'Took place', 'Took place', 'Took place', 'Took place', 'Took place', 'Took place', 'Took place',
      'Expected', 'Planned', 'Planned', 'Planned',
    ]);
    const happened = statuses.find((s) => s.textContent === 'Took place')!;
    const planned = statuses.find((s) => s.textContent === 'Planned')!;
    expect(getComputedStyle(happened).borderStyle).not.to.equal(getComputedStyle(planned).borderStyle);
  });

  it('says each event\'s status in Spanish words that read beside items of either gender (Estatus: realizado / previsto / planeado)', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="es"></hled-timeline>`);
    const words = parts(el, 'status').map((s) => s.textContent);
    const en = parts(await show<HledTimeline>(html`<hled-timeline lang="en"></hled-timeline>`), 'status').map((s) => s.textContent);
    const es: Record<string, string> = { [EN.happened]: ES.happened, [EN.planned]: ES.planned, [EN.expected]: ES.expected };
    expect(words).to.deep.equal(en.map((w) => es[w!]));
  });

  it('quotes each event\'s own source sentence from the report', async () => {
    const report = await (await fetch(REPORT_URL)).json();
    const el = await show<HledTimeline>(html`<hled-timeline lang="en"></hled-timeline>`);
    const shown = parts(el, 'event').map((e) => [
      e.querySelector('time')!.getAttribute('datetime'),
      e.querySelector('[part~="event-title"]')!.textContent,
      e.querySelector('blockquote')!.textContent,
    ]);
    const expected = (report.events as { date: string; title: { en: string }; source: string }[]).map((e) => [e.date, e.title.en, e.source]);
    expect(shown.length).to.equal(expected.length);
    for (const pair of shown) expect(expected).to.deep.include(pair);
  });

  it('filters by one pillar (pillar="2") and by several (pillar="1,4"); says so when none match', async () => {
    const two = await show<HledTimeline>(html`<hled-timeline lang="es" pillar="2"></hled-timeline>`);
    expect(parts(two, 'event').length).to.equal(0);
    expect(part(two, 'empty').textContent).to.equal('El informe no indica ninguna fecha para esta selección.');
    const oneFour = await show<HledTimeline>(html`<hled-timeline lang="en" pillar="1, 4"></hled-timeline>`);
    expect(parts(oneFour, 'event').length).to.equal(8);
    expect(parts(oneFour, 'event').every((e) => /Pillar (I|IV)\b/.test(e.textContent!))).to.equal(true);
  });

  it('filters by status: status="planned,expected" is what is still to come', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="en" status="planned, expected"></hled-timeline>`);
    expect(parts(el, 'status').map((s) => s.textContent)).to.deep.equal(['Expected', 'Planned', 'Planned', 'Planned']);
    el.status = 'happened';
    await el.updateComplete;
    expect(parts(el, 'status').length).to.equal(7);
    expect(parts(el, 'status').every((s) => s.textContent === EN.happened)).to.equal(true);
  });

  it('filters by institution: agency="cbp" lists the events of the CBP\'s initiatives only', async () => {
    const report = await (await fetch(REPORT_URL)).json();
    const cbpInitiatives = new Set(
      (report.pillars as { sections: { initiatives: { id: string; agencies: string[] }[] }[] }[])
        .flatMap((p) => p.sections.flatMap((s) => s.initiatives))
        .filter((i) => i.agencies.includes('cbp'))
        .map((i) => i.id),
    );
    const expected = (report.events as { id: string; initiative?: string }[]).filter((e) => e.initiative && cbpInitiatives.has(e.initiative));
    expect(expected.length).to.be.greaterThan(1);
    const el = await show<HledTimeline>(html`<hled-timeline lang="en" agency="cbp"></hled-timeline>`);
    expect(parts(el, 'event').map((e) => e.id).sort()).to.deep.equal(expected.map((e) => `hled-${e.id}`).sort());
  });

  it('rejects an unknown status or institution in the filters, naming the valid values in the console', async () => {
    const { result: el, errors } = await capturingErrors(() => show<HledTimeline>(html`<hled-timeline lang="en" status="done"></hled-timeline>`));
    expect(part(el, 'error').textContent).to.contain('“done”');
    expect(errors.join('\n')).to.contain('status="done"').and.contain('happened, planned, expected');
    const { result: other, errors: more } = await capturingErrors(() => show<HledTimeline>(html`<hled-timeline lang="es" agency="fbi"></hled-timeline>`));
    expect(part(other, 'error').textContent).to.contain('No hay ninguna institución “fbi”');
    expect(more.join('\n')).to.contain('agency="fbi"').and.contain('usaid');
  });

  it('rejects an unknown pillar in the filter with a visible message', async () => {
    const { result: el, errors } = await capturingErrors(() =>
      show<HledTimeline>(html`<hled-timeline lang="es" pillar="1,9"></hled-timeline>`),
    );
    expect(part(el, 'error').textContent).to.contain('No hay ningún pilar “1,9”');
    expect(errors.join('\n')).to.contain('pillar="1,9"');
    // Checked against its own file, which lists the pillars without their content.
    expect(errors.join('\n')).to.contain('1, 2, 3, 4');
  });

  for (const lang of ['en', 'es']) {
    it(`passes axe in ${lang === 'en' ? 'English' : 'Spanish'}`, async () => {
      const el = await show<HledTimeline>(html`<hled-timeline lang=${lang}></hled-timeline>`);
      await expect(el).to.be.accessible();
    });
  }
});
