/**
 * Every `--hled-*` custom property an element reads is documented for it, with its default: in the
 * JSDoc (`@cssprop [--hled-x=default] - …`), hence in custom-elements.json, Storybook and the
 * README. And nothing is documented that the element does not read.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import elementsJson from '../src/elements.json' with { type: 'json' };

interface CssProperty {
  name: string;
  default?: string;
}
interface Declaration {
  tagName?: string;
  cssProperties?: CssProperty[];
}

const manifest: Promise<{ modules: { declarations?: Declaration[] }[] }> = fetch('/custom-elements.json').then((r) => r.json());

/** The custom properties `tag`'s styles read (var(--hled-…)) and do not set themselves. */
function propertiesRead(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { elementStyles: ({ cssText?: string } | CSSStyleSheet)[] };
  const css = ctor.elementStyles
    .map((s) => ('cssText' in s && typeof s.cssText === 'string' ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n')))
    .join('\n');
  const read = new Set([...css.matchAll(/var\(\s*(--hled-[\w-]+)/g)].map((m) => m[1]));
  const set = new Set([...css.matchAll(/(--hled-[\w-]+)\s*:/g)].map((m) => m[1]));
  return [...read].filter((p) => !set.has(p)).sort();
}

describe('custom properties', () => {
  for (const { tag } of elementsJson.elements) {
    it(`<${tag}> documents every --hled-* property it reads, each with its default, and no other`, async () => {
      const decl = (await manifest).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
      const documented = decl.cssProperties ?? [];
      expect(documented.map((p) => p.name).sort()).to.deep.equal(propertiesRead(tag));
      expect(documented.filter((p) => !p.default?.trim()).map((p) => p.name), 'without a default').to.deep.equal([]);
    });
  }
});

describe('themes', () => {
  for (const theme of ['trade-gov', 'gob-mx']) {
    it(`${theme}.css sets only custom properties the elements document`, async () => {
      const documented = new Set((await manifest).modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
      const css = await (await fetch(`/src/themes/${theme}.css`)).text();
      const set = [...css.matchAll(/(--hled-[\w-]+)\s*:/g)].map((m) => m[1]);
      expect(set.length).to.be.greaterThan(10);
      expect(set.filter((p) => !documented.has(p))).to.deep.equal([]);
    });
  }
});

describe('themes inside a shadow root', () => {
  // As the embed builder's preview (stories/lib/EmbedBuilder.tsx) shows an element: the theme's CSS
  // in a <style> of a shadow root, around a page <div> holding the element. `:root` matches nothing
  // there; `:host` matches the shadow root's host.
  const expected: Record<string, { accent: string; link: string; value: string }> = {
    'trade-gov': { accent: '#005ea2', link: '#005ea2', value: 'rgb(0, 94, 162)' },
    'gob-mx': { accent: '#9d2449', link: '#611232', value: 'rgb(157, 36, 73)' },
  };
  const hosts: HTMLElement[] = [];
  afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

  async function preview(theme: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
    const css = await (await fetch(`/src/themes/${theme}.css`)).text();
    const host = document.createElement('div');
    document.body.append(host);
    hosts.push(host);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const page = document.createElement('div');
    page.className = 'page';
    const el = document.createElement('hled-metric') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('metric', 'usaid-investments');
    el.setAttribute('lang', 'en');
    page.append(el);
    root.replaceChildren(style, page);
    await el.updateComplete;
    return el;
  }

  for (const [theme, want] of Object.entries(expected)) {
    it(`${theme}.css in a shadow root gives <hled-metric> there its accent ${want.accent} and link colour ${want.link}`, async () => {
      const el = await preview(theme);
      const style = getComputedStyle(el);
      expect(style.getPropertyValue('--hled-color-accent').trim()).to.equal(want.accent);
      expect(style.getPropertyValue('--hled-color-link').trim()).to.equal(want.link);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="value"]')!).color).to.equal(want.value);
    });
  }

  it('the two themes give the previewed figure different colours', async () => {
    const colours = [];
    for (const theme of Object.keys(expected)) {
      const el = await preview(theme);
      colours.push(getComputedStyle(el.shadowRoot!.querySelector('[part~="value"]')!).color);
    }
    expect(colours).to.deep.equal(['rgb(0, 94, 162)', 'rgb(157, 36, 73)']);
  });
});
