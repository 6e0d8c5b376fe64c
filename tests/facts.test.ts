/**
 * Facts that travel: a link to one figure, initiative or event (`#hled-<id>`) that lands on it
 * across shadow roots, a control that copies that link, and the "Cite or download" disclosure
 * (citation, CSV of what the widget shows, the whole report as JSON).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { csvOf } from '../src/internal/tools.js';
import type { Report } from '../src/data/types.js';
import { capturingErrors, openTools, part, parts, REPORT, REPORT_URL, show, until, visibleText } from './helpers.js';

const pageUrl = () => location.href.split('#')[0];

/** Replaces navigator.clipboard for one test: what was written. */
function stubClipboard(): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
  });
  return {
    written,
    restore: () => (own ? Object.defineProperty(navigator, 'clipboard', own) : delete (navigator as { clipboard?: unknown }).clipboard),
  };
}

describe('links to facts', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('a page opened at #hled-<id> brings that fact into view, marked and focused, once the data has loaded', async () => {
    history.replaceState(null, '', '#hled-e3-course');
    const div = await fixture<HTMLDivElement>(html`<div style="height: 3000px"></div><hled-pillar lang="en" pillar="4"></hled-pillar>`);
    const el = div.parentElement!.querySelector('hled-pillar')!;
    await el.updateComplete;
    const fact = el.shadowRoot!.getElementById('hled-e3-course')!;
    await until(() => fact.hasAttribute('data-target'), 'the fact to be marked');
    expect(el.shadowRoot!.activeElement).to.equal(fact);
    const box = fact.getBoundingClientRect();
    expect(box.top).to.be.within(-1, innerHeight);
  });

  it('the first widget holding the fact takes it; another widget with the same fact is left alone', async () => {
    history.replaceState(null, '', '#hled-usaid-investments');
    const div = await fixture<HTMLDivElement>(html`<div>
      <hled-metric lang="en" metric="usaid-investments"></hled-metric>
      <hled-pillar lang="en" pillar="2"></hled-pillar>
    </div>`);
    const [metric, pillar] = [div.querySelector('hled-metric')!, div.querySelector('hled-pillar')!];
    await Promise.all([metric.updateComplete, pillar.updateComplete]);
    await until(() => [metric, pillar].some((w) => w.shadowRoot!.querySelector('[data-target]')), 'a mark');
    const marked = [metric, pillar].filter((w) => w.shadowRoot!.querySelector('[data-target]'));
    expect(marked.length).to.equal(1);
  });

  it('follows the address when it changes after load (hashchange), and ignores ids it does not hold', async () => {
    const el = await show<HTMLElement>(html`<hled-timeline lang="es"></hled-timeline>`);
    const { errors } = await capturingErrors(async () => {
      location.hash = '#hled-nothing-like-this';
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[data-target]')).to.equal(null);
    location.hash = '#hled-e3-launch-2023-02-15';
    await until(() => el.shadowRoot!.querySelector('[data-target]'), 'the event to be marked');
    expect(el.shadowRoot!.querySelector('[data-target]')!.id).to.equal('hled-e3-launch-2023-02-15');
  });
});

describe('copy link', () => {
  it('copies the page address with the fact\'s #hled-<id>, says "Link copied" and keeps the focus', async () => {
    const clip = stubClipboard();
    try {
      const el = await show<HTMLElement>(html`<hled-pillar lang="es" pillar="2"></hled-pillar>`);
      const initiative = parts(el, 'initiative')[0];
      const button = initiative.querySelector<HTMLButtonElement>('[part~="copy-link"]')!;
      expect(visibleText(button)).to.equal('Copiar enlace');
      button.focus();
      button.click();
      await until(() => clip.written.length, 'the clipboard');
      expect(clip.written).to.deep.equal([`${pageUrl()}#${initiative.id}`]);
      await until(() => visibleText(button) === 'Enlace copiado', 'the control to say so');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    } finally {
      clip.restore();
    }
  });

  it('every figure, initiative and event of the report has its own anchor and copy-link control', async () => {
    const report = await (await fetch(REPORT_URL)).json();
    const el = await show<HTMLElement>(html`<hled-report lang="en"></hled-report>`);
    const initiatives = report.pillars.flatMap((p: { sections: { initiatives: { id: string }[] }[] }) => p.sections.flatMap((s) => s.initiatives));
    for (const { id } of [...report.metrics, ...report.events, ...initiatives] as { id: string }[]) {
      const fact = el.shadowRoot!.getElementById(`hled-${id}`);
      expect(fact, id).to.exist;
      expect(fact!.querySelector(`[data-link="${id}"]`), id).to.exist;
    }
  });
});

describe('cite or download', () => {
  it('cites a figure in English: report, date, publisher, address, the figure, the day read', async () => {
    const el = await show<HTMLElement>(html`<hled-metric lang="en" metric="usaid-investments"></hled-metric>`);
    await openTools(el);
    const citation = part(el, 'citation').textContent!;
    const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
    expect(citation).to.equal(
      'U.S.–Mexico High-Level Economic Dialogue (HLED) Progress Report, April 18, [2023]. Governments of the United States and Mexico. ' +
        `https://trade.gov/HLED. “$18.8 million in new investments in small enterprises in southern Mexico.” Accessed ${today}.`,
    );
  });

  it('cites in Spanish the Mexican way: es-MX date, “…”. and "Consultado el"', async () => {
    const el = await show<HTMLElement>(html`<hled-timeline lang="es" pillar="4"></hled-timeline>`);
    await openTools(el);
    const citation = part(el, 'citation').textContent!;
    const today = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long' }).format(new Date());
    expect(citation).to.match(/^Informe de avances del Diálogo Económico de Alto Nivel \(DEAN\) México–Estados Unidos, 18 de abril de \[2023\]\. /);
    expect(citation).to.contain('“Cronología”.').and.contain(`Consultado el ${today}.`);
  });

  it('copies the citation and says so in a live status', async () => {
    const clip = stubClipboard();
    try {
      const el = await show<HTMLElement>(html`<hled-metric lang="es" metric="mdrc-trainees"></hled-metric>`);
      const tools = await openTools(el);
      tools.querySelector<HTMLButtonElement>('.copy-citation')!.click();
      await until(() => clip.written.length, 'the clipboard');
      expect(clip.written[0]).to.equal(part(el, 'citation').textContent);
      const status = tools.querySelector('[role="status"]')!;
      await until(() => status.textContent === 'Cita copiada', 'the status');
    } finally {
      clip.restore();
    }
  });

  it('downloads what the widget shows as CSV (a row per fact, a column per language) and the whole report as JSON', async () => {
    const report = await (await fetch(REPORT_URL)).json();
    const el = await show<HTMLElement>(html`<hled-pillar lang="en" pillar="2"></hled-pillar>`);
    const tools = await openTools(el);
    const [csvLink, jsonLink] = [...tools.querySelectorAll<HTMLAnchorElement>('a[download]')];
    expect(csvLink.download).to.equal(`${REPORT}-pillar.csv`);
    expect(jsonLink.download).to.equal(`${REPORT}.json`);
    const csv = await (await fetch(csvLink.href)).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('report,kind,id,pillar,status,date,date_supplied,text_en,figure_en,text_es,figure_es,source');
    expect(lines.length - 1).to.equal(parts(el, 'initiative').length + parts(el, 'metric').length + parts(el, 'event').length);
    expect(csv).to.match(/,"?\$18\.8 million"?,/);
    expect(csv).to.contain('US$18.8 millones');
    // The report file as `src` reads it (its $schema is a path of this repository: left out).
    delete report.$schema;
    expect(JSON.parse(await (await fetch(jsonLink.href)).text())).to.deep.equal(report);
  });

  it('makes CSV cells that look like formulas plain text, and quotes commas, quotes and line breaks', () => {
    const report = {
      id: 'r',
      metrics: [
        { id: 'm', pillar: 1, value: 1, unit: 'people', label: { en: '=HYPERLINK("x")', es: 'a, "b"\nc' }, source: '+1', agencies: [] },
      ],
      pillars: [],
      events: [],
    } as unknown as Report;
    const [, row] = csvOf(report, ['m']).trimEnd().split('\r\n');
    expect(row).to.contain(`"'=HYPERLINK(""x"")"`).and.contain('"a, ""b""\nc"').and.contain(",'+1");
  });

  // OWASP's list of what a spreadsheet may read as a formula: each of the six starts.
  for (const [start, shown] of [
    ['=', `'=cmd`],
    ['+', `'+cmd`],
    ['-', `'-cmd`],
    ['@', `'@cmd`],
    ['\t', `'\tcmd`],
    ['\r', `"'\rcmd"`],
  ]) {
    it(`makes a CSV cell starting with ${JSON.stringify(start)} plain text for spreadsheets`, () => {
      const report = {
        id: 'r',
        metrics: [{ id: 'm', pillar: 1, value: 1, unit: 'people', label: { en: `${start}cmd`, es: 'x' }, source: 's', agencies: [] }],
        pillars: [],
        events: [],
      } as unknown as Report;
      const cells = csvOf(report, ['m']).split('\r\n')[1]!.split(',');
      // report, kind, id, pillar, status, date, date_supplied, text_en…
      expect(cells[7]).to.equal(shown);
    });
  }
});
