/**
 * The example host pages in examples/, each opened as a real page: every widget renders, every
 * text in its shadow root is at least 12px, the console stays clean and every request succeeds.
 */
import { expect } from '@open-wc/testing';
import { inspectWidgets, openPage, type PageRecord, type WidgetReport } from './pages.js';

function expectHealthy(widgets: WidgetReport[], record: PageRecord, count: number) {
  expect(widgets).to.have.length(count);
  for (const w of widgets) {
    expect(w.hasShadowRoot, w.tag).to.be.true;
    expect(w.loading || w.error, `${w.tag}: ${w.text.slice(0, 80)}`).to.be.false;
    expect(w.minFontPx, `${w.tag}: smallest text is ${w.minFontPx}px at ${w.minFontAt}`).to.be.at.least(12);
  }
  expect(record.consoleErrors).to.deep.equal([]);
  expect(record.pageErrors).to.deep.equal([]);
  expect(record.failedRequests).to.deep.equal([]);
}

describe('examples/trade-gov.html (USWDS, federal banner, English)', () => {
  it('renders every widget in English at 12px or more, with a clean console', async () => {
    const page = await openPage('/examples/trade-gov.html');
    const widgets = await page.run(inspectWidgets);
    const banner = await page.run(() => document.querySelector('.usa-banner__header-text')?.textContent);
    const record = await page.close();
    expectHealthy(widgets, record, 5);
    expect(banner).to.equal('An official website of the United States government');
    // The figure alone (variant="figure"): the page's own sentence says what it counts.
    expect(widgets[0].text).to.equal('$18.8 million');
    expect(widgets[3].text).to.contain('Pillar II');
  });
});

describe('examples/gob-mx.html (Bootstrap 3, global jQuery, html{font-size:10px}, Spanish)', () => {
  it('renders every widget in Spanish at 12px or more, with a clean console', async () => {
    const page = await openPage('/examples/gob-mx.html');
    const widgets = await page.run(inspectWidgets);
    const host = await page.run(() => ({
      rootFontSize: getComputedStyle(document.documentElement).fontSize,
      jquery: document.querySelector('main')?.getAttribute('data-jquery'),
    }));
    const record = await page.close();
    expectHealthy(widgets, record, 5);
    expect(host.rootFontSize).to.equal('10px');
    expect(host.jquery).to.match(/^3\./);
    expect(widgets[0].text).to.contain('US$18.8 millones');
    expect(widgets[3].text).to.contain('Pilar II');
  });
});

/**
 * Runs in the page: the React example's own words (its widgets' shadow roots and code excluded),
 * each text node and each title attribute, in the language the page says it speaks; a word marked
 * with another language (the other language's name on the switch) is left out.
 */
async function appTexts(): Promise<{ lang: string; title: string; texts: string[] }> {
  await new Promise((r) => setTimeout(r, 0));
  const lang = document.documentElement.lang;
  const speaks = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '').split('-')[0] === lang.split('-')[0];
  const root = document.getElementById('root')!;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement!;
    const text = walker.currentNode.textContent!.replace(/\s+/g, ' ').trim();
    if (text && !parent.closest('code, hled-metric, hled-pillar') && speaks(parent)) texts.push(text);
  }
  for (const el of root.querySelectorAll('[title], [aria-label]')) {
    for (const a of ['title', 'aria-label']) if (el.getAttribute(a)) texts.push(el.getAttribute(a)!);
  }
  return { lang, title: document.title, texts };
}

describe('examples/react/ (a React app built with vite, using hled-widgets/react.js)', () => {
  it('renders the wrapped elements and follows the language switch, widgets and app alike', async () => {
    const page = await openPage('/examples/react/dist/index.html');
    const mounted = await page.run(async () => {
      for (let i = 0; i < 100 && !document.querySelector('hled-pillar'); i++) await new Promise((r) => setTimeout(r, 20));
      return Boolean(document.querySelector('hled-pillar'));
    });
    expect(mounted, 'React mounted the app').to.be.true;
    const english = await page.run(inspectWidgets);
    const englishApp = await page.run(appTexts);
    const spanish = await page.run(async () => {
      (document.querySelector('#switch-language') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
      const els = [...document.querySelectorAll('hled-metric, hled-pillar')];
      await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      return els.map((el) => el.shadowRoot!.querySelector('[part~="value"], [part~="title"]')!.textContent!.replace(/\s+/g, ' ').trim());
    });
    const spanishApp = await page.run(appTexts);
    const spanishWidgets = await page.run(inspectWidgets);
    const beforeBroken = await page.close();
    expectHealthy(english, beforeBroken, 2);
    expectHealthy(spanishWidgets, beforeBroken, 2);
    expect(english[0].text).to.contain('$18.8 million');
    expect(spanish[0]).to.equal('US$18.8 millones');
    expect(spanish[1]).to.contain('Pilar III');

    // The app's own words follow the switch too: no English string is left in Spanish.
    expect(englishApp.lang).to.equal('en');
    expect(englishApp.texts).to.include('Show a metric that does not exist');
    expect(spanishApp.lang).to.equal('es-MX');
    expect(spanishApp.title).to.equal('Cifras del DEAN — hled-widgets en una aplicación de React');
    expect(spanishApp.texts).to.include('Mostrar una cifra que no existe');
    expect(spanishApp.texts).to.include('Ver esta página en inglés');
    expect(spanishApp.texts.length).to.equal(englishApp.texts.length);
    expect(spanishApp.texts.filter((t) => englishApp.texts.includes(t)), 'English left in the Spanish page').to.deep.equal([]);
  });

  it('maps hled-error to onHledError, and says so in the language chosen', async () => {
    const page = await openPage('/examples/react/dist/index.html');
    const result = await page.run(async () => {
      const until = async (test: () => unknown) => {
        for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 20));
      };
      const message = () => document.querySelector('hled-metric[metric="no-such-metric"]')?.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
      await until(() => document.querySelector('#switch-language'));
      (document.querySelector('#switch-language') as HTMLButtonElement).click();
      await until(() => document.documentElement.lang === 'es-MX');
      (document.querySelector('#show-broken') as HTMLButtonElement).click();
      await until(() => document.querySelector('#error-code') && message());
      const es = { status: document.querySelector('#error-code')?.textContent, message: message() };
      (document.querySelector('#switch-language') as HTMLButtonElement).click();
      await until(() => document.documentElement.lang === 'en' && message() !== es.message);
      return { es, en: { status: document.querySelector('#error-code')?.textContent, message: message() } };
    });
    const record = await page.close();
    expect(result.es.status).to.equal('Error notificado a la aplicación: unknown-id');
    expect(result.en.status).to.equal('Error reported to the app: unknown-id');
    expect(result.es.message, 'the element says it in Spanish').to.be.a('string').and.not.equal(result.en.message);
    // Named in the console (again when the element's language changes: its message is rewritten), and nothing else.
    expect(record.consoleErrors).to.not.be.empty;
    for (const error of record.consoleErrors) expect(error).to.contain('metric="no-such-metric"');
    expect(record.pageErrors).to.deep.equal([]);
  });
});

describe('examples/static.html (CLI output, no script)', () => {
  it('shows every widget with JavaScript off, at 12px or more, with a clean console', async () => {
    const page = await openPage('/examples/static.html', { javaScript: false });
    const widgets = await page.run(inspectWidgets);
    const record = await page.close();
    expectHealthy(widgets, record, 3);
  });
});
