import { expect, html, fixture } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { show } from './helpers.js';

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
    await executeServerCommand('pointer', 'none');
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
    // Its view carries every sentence: nothing to wait for before printing.
        // Disclosures, and the events' sentences behind their "Source" buttons (hidden="until-found").
    const quotes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('details blockquote, [part~="source"] + blockquote')];
    expect(quotes.filter((q) => !q.textContent!.trim()).length).to.equal(0);
    const summaries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('details summary, button[part~="source"]')];
    expect(quotes.length).to.be.greaterThan(50);
    expect(quotes.filter((q) => q.localName === 'blockquote' && q.previousElementSibling?.localName === 'button').length).to.equal(11);
    // Seen: a laid-out box with height (a closed event sentence is a box of no height, its content skipped).
    const seen = (q: HTMLElement) => q.checkVisibility() && q.getBoundingClientRect().height > 0;
    expect(quotes.filter(seen).length).to.equal(0);
    await emulateMedia({ media: 'print' });
    expect(quotes.filter((q) => !seen(q)).length).to.equal(0);
    expect(summaries.filter((s) => s.checkVisibility()).length).to.equal(0);
  });

  const PRINT = {
    en: {
      label: 'Source:',
      citation:
        'Cite as: U.S.–Mexico High-Level Economic Dialogue (HLED) Progress Report, April 18, [2023]. Governments of the United States and Mexico. ' +
        'https://trade.gov/HLED. “U.S.–Mexico High-Level Economic Dialogue (HLED) Progress Report.”',
      address: 'Printed from: ',
      date: 'April 18, [2023]',
    },
    es: {
      label: 'Fuente (texto original en inglés):',
      citation:
        'Cítese como: Informe de avances del Diálogo Económico de Alto Nivel (DEAN) México–Estados Unidos, 18 de abril de [2023]. ' +
        'Gobiernos de México y de los Estados Unidos. https://trade.gov/HLED. “Informe de avances del Diálogo Económico de Alto Nivel (DEAN) México–Estados Unidos”.',
      address: 'Impreso desde: ',
      date: '18 de abril de [2023]',
    },
  } as const;

  for (const lang of ['en', 'es'] as const) {
    it(`prints the report in ${lang === 'en' ? 'English' : 'Spanish'} with each source labelled, its date, citation and address, pages that do not strand a heading or split a fact, and link addresses`, async () => {
      const words = PRINT[lang];
      const el = await show<HTMLElement>(html`<hled-report lang=${lang}></hled-report>`);
      const root = el.shadowRoot!;
      // A disclosure's quote, and an event's (its "Source" button's, hidden until opened or found).
      const quotes = [...root.querySelectorAll<HTMLElement>('details.source blockquote, .event blockquote')];
      const footer = root.querySelector<HTMLElement>('[part~="print"]')!;
      const label = (q: Element) => getComputedStyle(q, '::before');
      // On screen: none of it.
      expect(quotes.filter((q) => label(q).content !== 'none').length).to.equal(0);
      expect(footer.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      // Every source, closed disclosure or not, printed open, its label on a line of its own before it, in the page's language.
      expect(quotes.length).to.be.greaterThan(30);
      expect([...new Set(quotes.map((q) => label(q).content))]).to.deep.equal([JSON.stringify(words.label)]);
      expect(quotes.filter((q) => label(q).display !== 'block').length).to.equal(0);
      expect(quotes.filter((q) => !q.checkVisibility() || q.getBoundingClientRect().height === 0).length).to.equal(0);
      // The date under the title; the citation and this page's address at the end.
      expect(root.querySelector<HTMLElement>('[part~="report-date"]')!.textContent).to.equal(words.date);
      expect(footer.checkVisibility()).to.equal(true);
      expect(root.querySelector('article')!.lastElementChild).to.equal(footer);
      const [citation, address] = [...footer.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
      expect(citation).to.equal(words.citation);
      expect(address).to.equal(`${words.address}${document.URL}`);
      // Headings stay with what follows; a figure, an event with its source, an initiative stay whole.
      const headings = [...root.querySelectorAll('h2, h3, h4')];
      expect(headings.length).to.be.greaterThan(10);
      expect(headings.filter((h) => getComputedStyle(h).breakAfter !== 'avoid').map((h) => h.textContent)).to.deep.equal([]);
      for (const kind of ['.metric-item', '.event', '.initiative']) {
        const items = [...root.querySelectorAll(kind)];
        expect(items.length, kind).to.be.greaterThan(0);
        expect(items.filter((i) => getComputedStyle(i).breakInside !== 'avoid').length, kind).to.equal(0);
      }
      expect(root.querySelector('.event blockquote[data-label]'), 'an event holds its source').to.exist;
      // A link's address after its text, unless the text shows it ("… (gob.mx/dean)").
      const links = [...root.querySelectorAll<HTMLAnchorElement>('ul.links a[href]')];
      const after = (a: Element) => getComputedStyle(a, '::after').content;
      const impi = links.find((a) => a.href === 'https://eligeeloriginal.impi.gob.mx/')!;
      expect(after(impi)).to.equal('" (https://eligeeloriginal.impi.gob.mx/)"');
      expect(impi.getBoundingClientRect().width).to.be.greaterThan(0);
      const dean = links.find((a) => a.href === 'https://gob.mx/dean')!;
      expect(after(dean)).to.equal('none');
      expect(links.filter((a) => after(a) !== 'none').map((a) => a.getAttribute('href')).sort()).to.deep.equal([
        'https://eligeeloriginal.impi.gob.mx/',
        'https://mexico.asu.edu/asu-mexico-partner-boost-semiconductor-production-north-america',
      ]);
    });
  }

  it('makes every control of every widget at least 44×44px under a coarse pointer (touch), in both languages', async () => {
    await executeServerCommand('pointer', 'coarse');
    expect(matchMedia('(pointer: coarse)').matches).to.equal(true);
    for (const lang of ['en', 'es']) {
      const widgets = await page(html`<div lang=${lang}>${ALL}<hled-agency agency="usaid"></hled-agency></div>`);
      // (The inline figure, part of a sentence, has no control.)
      for (const w of widgets.filter((x) => x.getAttribute('variant') !== 'inline')) {
        for (const d of w.shadowRoot!.querySelectorAll('details')) d.open = true;
        for (let i = 0; i < 100 && w.shadowRoot!.querySelector('[part~="tools"]:not(:has(.tools-body))'); i++) await new Promise((r) => setTimeout(r, 20));
        const controls = [...w.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button, summary')];
        const small = controls
          .map((c) => [c, c.getBoundingClientRect()] as const)
          .filter(([, r]) => r.width < 43.99 || r.height < 43.99)
          .map(([c, r]) => `${c.localName}.${c.className} ${c.textContent!.trim().slice(0, 30)}: ${r.width}×${r.height}`);
        expect(controls.length, `${lang} ${w.localName}`).to.be.greaterThan(0);
        expect(small, `${lang} ${w.localName}`).to.deep.equal([]);
      }
    }
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
      it(`${theme} theme passes axe (contrast included) in ${lang === 'en' ? 'English' : 'Spanish'}`, async function () {
        // axe over the whole report (every figure card with its Source now) on a shared machine.
        this.timeout(30000);
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
