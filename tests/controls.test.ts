/**
 * The controls of every widget, as a keyboard and screen-reader user meets them: each reachable
 * with Tab in reading order, each with a name of its own, each with a focus ring of at least 2px
 * at 3:1 against what it sits on — with no theme, and with the trade.gov and gob.mx themes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { nameOf } from './helpers.js';

const WIDGETS: [string, TemplateResult][] = [
  ['hled-metric', html`<hled-metric metric="usaid-investments"></hled-metric>`],
  ['hled-pillar', html`<hled-pillar pillar="1"></hled-pillar>`],
  ['hled-timeline', html`<hled-timeline></hled-timeline>`],
  ['hled-agency', html`<hled-agency agency="usaid"></hled-agency>`],
  ['hled-report', html`<hled-report summaries></hled-report>`],
];

const CONTROLS = 'a[href], button, summary';

async function widget(lang: string, template: TemplateResult): Promise<HTMLElement> {
  const div = await fixture<HTMLDivElement>(html`<div lang=${lang}><button id="before">before</button>${template}</div>`);
  const el = div.lastElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

/** `widget()` with every disclosure open and the tools' content loaded, so their controls count. */
async function openWidget(lang: string, template: TemplateResult): Promise<HTMLElement> {
  const el = await widget(lang, template);
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part~="tools"]:not(:has(.tools-body))'); i++) await new Promise((r) => setTimeout(r, 20));
  return el;
}

/** The controls smaller than `min` px in either direction, each as "name: width×height". */
function undersized(controls: readonly HTMLElement[], min: number): string[] {
  return controls
    .map((c) => [c, c.getBoundingClientRect()] as const)
    .filter(([, r]) => r.width < min - 0.01 || r.height < min - 0.01)
    .map(([c, r]) => `${nameOf(c)}: ${Math.round(r.width * 10) / 10}×${Math.round(r.height * 10) / 10}`);
}

/** The controls a keyboard reaches, in reading order (closed disclosures hide theirs). */
function reachable(el: HTMLElement): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => {
    const details = c.parentElement?.closest('details');
    return !details || details.open || (c.localName === 'summary' && c.parentElement === details);
  });
}

/** sRGB channels of a computed colour ("rgb(26, 68, 128)", "rgba(0, 0, 0, 0)"). */
function rgba(color: string): number[] {
  const n = color.match(/[\d.]+/g)!.map(Number);
  return n.length === 3 ? [...n, 1] : n;
}

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a control's ring is drawn on: the first opaque background around it (the page: white). */
function backgroundBehind(el: Element): number[] {
  for (let n: Node | null = el.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (!(n instanceof Element)) continue;
    const bg = rgba(getComputedStyle(n).backgroundColor);
    if (bg[3] === 1) return bg;
  }
  return [255, 255, 255, 1];
}

describe('controls of every widget', function () {
  // Many key presses, each a round trip to the browser, on a shared machine running three browsers.
  this.timeout(60000);
  for (const [tag, template] of WIDGETS) {
    for (const lang of ['en', 'es']) {
      it(`${tag} (${lang}): no two controls share a name`, async () => {
        const el = await widget(lang, template);
        // Open every disclosure, the tools too, so their controls count.
        for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
        await new Promise((r) => setTimeout(r, 50));
        for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part~="tools"]:not(:has(.tools-body))'); i++) await new Promise((r) => setTimeout(r, 20));
        const names = [...el.shadowRoot!.querySelectorAll(CONTROLS)].map(nameOf);
        expect(names.length, 'controls').to.be.greaterThan(2);
        const seen = new Map<string, number>();
        for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
        expect([...seen].filter(([, count]) => count > 1).map(([n]) => n)).to.deep.equal([]);
        expect(names.every((n) => n.length > 0)).to.equal(true);
      });
    }
  }

  for (const [tag, template] of WIDGETS) {
    for (const lang of ['en', 'es']) {
      it(`${tag} (${lang}): every control is at least 24×24px (WCAG 2.2, 2.5.8), its disclosures open`, async () => {
        const el = await openWidget(lang, template);
        const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)];
        expect(controls.length, 'controls').to.be.greaterThan(2);
        expect(undersized(controls, 24)).to.deep.equal([]);
      });
    }
  }

  it('styles "Copy citation" as "Copy link", not as a browser-default button', async () => {
    for (const lang of ['en', 'es']) {
      const el = await openWidget(lang, WIDGETS[0][1]);
      const [citation, link] = ['.copy-citation', '[data-link]'].map((q) => el.shadowRoot!.querySelector<HTMLElement>(q)!);
      expect(citation.textContent!.trim()).to.equal(lang === 'en' ? 'Copy citation' : 'Copiar cita');
      const look = (e: Element) => {
        const s = getComputedStyle(e);
        return [s.color, s.backgroundColor, s.borderTopStyle, s.textDecorationLine, s.fontSize, s.fontFamily, s.paddingLeft, s.minHeight];
      };
      expect(look(citation)).to.deep.equal(look(link));
      expect(look(citation).slice(1, 4)).to.deep.equal(['rgba(0, 0, 0, 0)', 'none', 'underline']);
    }
  });

  it('leaves room between "Copy link" and the disclosures around it: no two controls of a card closer than 4px', async () => {
    for (const lang of ['en', 'es']) {
      const el = await widget(lang, WIDGETS[0][1]);
      const [source, copy, tools] = ['details.source > summary', '.copy-link', 'details.tools > summary'].map((q) => el.shadowRoot!.querySelector(q)!.getBoundingClientRect());
      expect(copy.top - source.bottom, `${lang}: Source → Copy link`).to.be.at.least(4);
      expect(tools.top - copy.bottom, `${lang}: Copy link → Cite or download`).to.be.at.least(4);
    }
  });

  for (const [tag, template] of WIDGETS.slice(0, 4)) {
    it(`${tag}: Tab reaches every control in reading order, and leaves the widget after the last`, async () => {
      const el = await widget('en', template);
      const expected = reachable(el);
      el.parentElement!.append(Object.assign(document.createElement('button'), { id: 'after', textContent: 'after' }));
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      const visited: Element[] = [];
      for (let i = 0; i < expected.length + 1; i++) {
        await sendKeys({ press: 'Tab' });
        if (document.activeElement !== el) break;
        visited.push(el.shadowRoot!.activeElement!);
      }
      expect(visited.map(nameOf)).to.deep.equal(expected.map(nameOf));
      expect(document.activeElement?.id).to.equal('after');
    });
  }

  for (const theme of ['', 'trade-gov', 'gob-mx']) {
    it(`shows a focus ring of at least 2px and 3:1 on every kind of control${theme ? ` with the ${theme} theme` : ''}`, async () => {
      const style = document.createElement('style');
      if (theme) style.textContent = await (await fetch(`/src/themes/${theme}.css`)).text();
      document.head.append(style);
      try {
        for (const [tag, template] of [WIDGETS[0], WIDGETS[4]]) {
          const el = await widget('en', template);
          const kinds = new Map<string, HTMLElement>();
          for (const c of reachable(el)) kinds.set(`${c.localName}.${c.className}`, c);
          expect(kinds.size, tag).to.be.greaterThan(1);
          const all = reachable(el);
          for (const [kind, control] of kinds) {
            // Reached from the one before with Tab: the ring a keyboard user sees (:focus-visible).
            const before = all[all.indexOf(control) - 1] ?? el.parentElement!.querySelector<HTMLElement>('#before')!;
            before.focus();
            await sendKeys({ press: 'Tab' });
            expect(el.shadowRoot!.activeElement, kind).to.equal(control);
            const s = getComputedStyle(control);
            expect(s.outlineStyle, `${tag} ${kind}`).to.equal('solid');
            expect(parseFloat(s.outlineWidth), `${tag} ${kind} width`).to.be.at.least(2);
            const ratio = contrast(rgba(s.outlineColor), backgroundBehind(control));
            expect(ratio, `${tag} ${kind} ${s.outlineColor}`).to.be.at.least(3);
          }
        }
      } finally {
        style.remove();
      }
    });
  }
});
