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
