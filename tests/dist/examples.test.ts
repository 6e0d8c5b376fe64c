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

describe('examples/react/ (a React app built with vite, using hled-widgets/react.js)', () => {
  it('renders the wrapped elements, follows the lang prop, and maps hled-error to onHledError', async () => {
    const page = await openPage('/examples/react/dist/index.html');
    const mounted = await page.run(async () => {
      for (let i = 0; i < 100 && !document.querySelector('hled-pillar'); i++) await new Promise((r) => setTimeout(r, 20));
      return Boolean(document.querySelector('hled-pillar'));
    });
    expect(mounted, 'React mounted the app').to.be.true;
    const english = await page.run(inspectWidgets);
    const spanish = await page.run(async () => {
      (document.querySelector('main > button') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
      const els = [...document.querySelectorAll('hled-metric, hled-pillar')];
      await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      return els.map((el) => el.shadowRoot!.querySelector('[part~="value"], [part~="title"]')!.textContent!.replace(/\s+/g, ' ').trim());
    });
    const beforeBroken = await page.close();
    expectHealthy(english, beforeBroken, 2);
    expect(english[0].text).to.contain('$18.8 million');
    expect(spanish[0]).to.equal('US$18.8 millones');
    expect(spanish[1]).to.contain('Pilar III');

    const again = await openPage('/examples/react/dist/index.html');
    const status = await again.run(async () => {
      for (let i = 0; i < 100 && !document.querySelector('#show-broken'); i++) await new Promise((r) => setTimeout(r, 20));
      (document.querySelector('#show-broken') as HTMLButtonElement).click();
      for (let i = 0; i < 100 && !document.querySelector('#error-code'); i++) await new Promise((r) => setTimeout(r, 20));
      return document.querySelector('#error-code')?.textContent;
    });
    const record = await again.close();
    expect(status).to.equal('hled-error: unknown-id');
    expect(record.consoleErrors).to.have.length(1);
    expect(record.consoleErrors[0]).to.contain('metric="no-such-metric"');
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
