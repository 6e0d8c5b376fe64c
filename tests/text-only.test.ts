/**
 * Report data is always rendered as text. A report file from `src` is untrusted: markup in ANY of its
 * strings (titles, summaries, initiative texts, sources, link labels, agency and leader names, metric
 * labels, event titles…) must reach the reader as characters, never as elements, in every element.
 */
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { reportUrlWith, show } from './helpers.js';

const MARKUP = '<img src="x" onerror="window.__pwned=1"><b class="injected">bold</b>';

/** Fields that hold free text in a report file (besides every `{ en, es }` object). */
const TEXT_KEYS = new Set(['source', 'introSource', 'ongoingSource', 'name', 'acronym']);

/** Prefixes every text of the report with `MARKUP`; returns how many strings it changed. */
function poison(value: unknown, key = ''): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + poison(v), 0);
  if (!value || typeof value !== 'object') return 0;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 2 && typeof obj.en === 'string' && typeof obj.es === 'string') {
    obj.en = MARKUP + obj.en;
    obj.es = MARKUP + obj.es;
    return 2;
  }
  let n = 0;
  for (const k of keys) {
    if (typeof obj[k] === 'string' && TEXT_KEYS.has(k) && key !== '$schema') {
      obj[k] = MARKUP + obj[k];
      n++;
    } else n += poison(obj[k], k);
  }
  return n;
}

let url: string;
let poisoned = 0;

describe('report text is rendered as text', () => {
  before(async () => {
    url = await reportUrlWith((r) => {
      poisoned = poison(r);
    });
  });

  for (const lang of ['en', 'es']) {
    for (const markup of [
      (u: string) => html`<hled-report lang=${lang} src=${u}></hled-report>`,
      (u: string) => html`<hled-pillar lang=${lang} pillar="1" src=${u}></hled-pillar>`,
      (u: string) => html`<hled-timeline lang=${lang} src=${u}></hled-timeline>`,
      (u: string) => html`<hled-metric lang=${lang} metric="usaid-investments" src=${u}></hled-metric>`,
    ]) {
      const tag = markup('').strings[0].match(/<(hled-[a-z]+)/)![1];
      it(`<${tag}> in ${lang === 'en' ? 'English' : 'Spanish'}: markup in every string shows as characters`, async () => {
        expect(poisoned).to.be.greaterThan(300);
        const el = await show<HTMLElement>(markup(url));
        const root = el.shadowRoot!;
        expect(root.querySelector('[part~="error"]'), 'the file is valid').to.equal(null);
        expect(root.querySelectorAll('img, b, .injected').length).to.equal(0);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        // Every visible text block that comes from the data starts with the markup, as text.
        const shown = (root.textContent ?? '').split(MARKUP).length - 1;
        expect(shown).to.be.greaterThan(tag === 'hled-metric' ? 3 : 10);
        // Sources too (the quoted report sentences), which sit in disclosures.
        const quotes = [...root.querySelectorAll('blockquote')];
        expect(quotes.length).to.be.greaterThan(0);
        expect(quotes.every((q) => q.textContent!.startsWith(MARKUP))).to.equal(true);
      });
    }
  }
});
