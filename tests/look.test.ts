import { expect, html, fixture } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { show, withSources } from './helpers.js';

const ALL = html`<hled-metric metric="usaid-investments"></hled-metric>
  <hled-metric metric="mdrc-trainees" variant="inline"></hled-metric>
  <hled-pillar pillar="1"></hled-pillar>
  <hled-timeline></hled-timeline>
  <hled-report></hled-report>`;

async function page(template: ReturnType<typeof html>, style = '') {
  const div = await fixture<HTMLDivElement>(html`<div style=${style}>${template}</div>`);
  await Promise.all([...div.querySelectorAll('*')].map((e) => (e as { updateComplete?: Promise<unknown> }).updateComplete));
  return [...div.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('hled-'));
}

// Uses the DevTools protocol (media emulation): Chromium only, see web-test-runner.config.mjs.

/** Every element with its own text, inside the widgets' shadow roots. */
function textElements(widgets: HTMLElement[]): Element[] {
  return widgets.flatMap((w) =>
    [...w.shadowRoot!.querySelectorAll('*')].filter(
      (e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && (e as HTMLElement).checkVisibility(),
    ),
  );
}

describe('look and fit in the host page', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    await executeServerCommand('forced-colors', 'none');
    await setViewport({ width: 800, height: 600 });
  });

  it('never sizes in rem (host pages like gob.mx set html{font-size:10px})', async () => {
    const widgets = await page(ALL);
    for (const w of widgets) {
      const css = w.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      expect(css, w.localName).not.to.match(/\d(\.\d+)?rem\b/);
    }
  });

  it('renders no text under 12px on a page with html{font-size:10px} and small body text', async () => {
    document.documentElement.style.fontSize = '10px';
    const widgets = await page(ALL, 'font-size: 10px');
    const sizes = textElements(widgets).map((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(sizes.length).to.be.greaterThan(100);
    expect(Math.min(...sizes)).to.be.at.least(12);
  });

  it('follows the host text size (em): larger page text, larger figures', async () => {
    const [small] = await page(html`<hled-metric metric="e3-students"></hled-metric>`, 'font-size: 14px');
    const [large] = await page(html`<hled-metric metric="e3-students"></hled-metric>`, 'font-size: 20px');
    const size = (el: HTMLElement) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="value"]')!).fontSize);
    expect(size(large) / size(small)).to.be.closeTo(20 / 14, 0.01);
  });

  it('fits a 280px column without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const widgets = await page(ALL, 'width: 280px');
    let boxes = 0;
    for (const w of widgets) {
      const host = w.getBoundingClientRect();
      expect(host.width).to.be.at.most(280);
      // (.visually-hidden text is clipped to 1px on purpose.)
      for (const e of w.shadowRoot!.querySelectorAll<HTMLElement>('*:not(.visually-hidden):not(style)')) {
        const name = `${w.localName} ${e.localName}.${e.className}`;
        // Nothing sticks out of the widget, inline boxes included (they have no clientWidth)…
        for (const r of e.getClientRects()) {
          expect(r.left, name).to.be.at.least(host.left - 0.5);
          expect(r.right, name).to.be.at.most(host.right + 0.5);
        }
        // …and no block scrolls sideways inside.
        if (e.clientWidth > 0) {
          boxes++;
          expect(e.scrollWidth, name).to.be.at.most(e.clientWidth);
        }
      }
    }
    expect(boxes).to.be.greaterThan(100);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('shows a visible focus ring on the "Source" control when reached with the keyboard', async () => {
    const [el] = await page(html`<button>before</button><hled-metric metric="e3-students"></hled-metric>`);
    (el.previousElementSibling as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    const summary = el.shadowRoot!.activeElement as HTMLElement;
    expect(summary.localName).to.equal('summary');
    const style = getComputedStyle(summary);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(1);
  });

  it('keeps status distinguishable without colour in forced-colors mode', async () => {
    await executeServerCommand('forced-colors', 'active');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const [timeline] = await page(html`<hled-timeline lang="en"></hled-timeline>`);
    const badges = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('[part~="status"]')];
    const planned = badges.find((b) => b.textContent === 'Planned')!;
    const happened = badges.find((b) => b.textContent === 'Took place')!;
    expect(getComputedStyle(planned).borderStyle).to.equal('dashed');
    expect(getComputedStyle(happened).borderStyle).to.equal('solid');
    expect(getComputedStyle(planned).color).to.equal(getComputedStyle(happened).color);
  });

  it('prints with every source sentence there, expanded, and every "Source" control hidden', async () => {
    const el = await show<HTMLElement>(html`<hled-report lang="es"></hled-report>`);
    // Before printing, the browser fires beforeprint: the sources load then if they have not yet.
    await withSources(el);
    const quotes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('details blockquote')];
    expect(quotes.filter((q) => !q.textContent!.trim()).length).to.equal(0);
    const summaries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('details summary')];
    expect(quotes.length).to.be.greaterThan(50);
    expect(quotes.filter((q) => q.checkVisibility()).length).to.equal(0);
    await emulateMedia({ media: 'print' });
    expect(quotes.filter((q) => !q.checkVisibility()).length).to.equal(0);
    expect(summaries.filter((s) => s.checkVisibility()).length).to.equal(0);
  });

  it('inline metric takes the font and colour of the sentence around it, even under a theme', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/src/themes/trade-gov.css';
    await new Promise((resolve) => {
      link.onload = resolve;
      document.head.append(link);
    });
    try {
      const [el] = await page(
        html`<p style="font-family: Georgia, serif; color: rgb(51, 0, 102)">
          USAID achieved <hled-metric variant="inline" lang="en" metric="usaid-investments"></hled-metric>.
        </p>`,
      );
      const label = el.shadowRoot!.querySelector('[part~="label"]')!;
      expect(getComputedStyle(label).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(label).color).to.equal('rgb(51, 0, 102)');
    } finally {
      link.remove();
    }
  });

  for (const theme of ['trade-gov', 'gob-mx']) {
    for (const lang of ['en', 'es']) {
      it(`${theme} theme passes axe (contrast included) in ${lang === 'en' ? 'English' : 'Spanish'}`, async () => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = `/src/themes/${theme}.css`;
        await new Promise((resolve, reject) => {
          link.onload = resolve;
          link.onerror = reject;
          document.head.append(link);
        });
        try {
          const el = await show<HTMLElement>(html`<hled-report lang=${lang}></hled-report>`);
          const accent = getComputedStyle(el).getPropertyValue('--hled-color-accent').trim();
          expect(accent).to.equal(theme === 'trade-gov' ? '#005ea2' : '#9d2449');
          await expect(el).to.be.accessible();
        } finally {
          link.remove();
        }
      });
    }
  }
});
