/**
 * The embed builder's iframe snippet works as pasted: the exact string `iframeSnippet()`
 * (stories/lib/snippets.ts, what the builder shows and copies) put into this page, a host on one
 * origin, with the site address another origin's /dist/, as a CMS that takes no script keeps it.
 * What the frame shows is read inside the cross-origin frame through puppeteer (pages-plugin.mjs),
 * hence Chromium only.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { frameTitle, hostLine, iframeSnippet } from '../../stories/lib/snippets.js';

const OTHER_HOST = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const SITE = `${location.protocol}//${OTHER_HOST}:${location.port}/dist/`;

/** Runs `fn` in the frame whose address starts with `url`, once it has one; undefined until then. */
async function inFrame<T>(url: string, fn: () => T | Promise<T>): Promise<T | undefined> {
  const answer = (await executeServerCommand('hled-frame-eval', { url, fn: fn.toString() })) as { value?: T; missing?: boolean };
  return answer.missing ? undefined : answer.value;
}

/** In the frame: its language, title and figure, once the element shows it. */
function shown() {
  const el = document.querySelector('main > hled-metric') as (HTMLElement & { caption?: string }) | null;
  const value = el?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim();
  if (!value || !el?.caption) return undefined;
  return { lang: document.documentElement.lang, title: document.title, value, label: el.shadowRoot!.querySelector('[part~="label"]')?.textContent?.trim() };
}

describe('the builder’s iframe snippet, pasted into a page on another origin', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const cases = [
    {
      lang: 'es',
      theme: 'gob-mx',
      caption: 'US$18.8 millones en nuevas inversiones en pequeñas empresas del sur de México',
      siteWords: 'Informe de avances del DEAN',
      value: 'US$18.8 millones',
    },
    {
      lang: 'en',
      theme: 'trade-gov',
      caption: '$18.8 million in new investments in small enterprises in southern Mexico',
      siteWords: 'HLED progress report',
      value: '$18.8 million',
    },
  ];
  for (const c of cases) {
    it(`shows usaid-investments in ${c.lang === 'es' ? 'Spanish' : 'English'} (“${c.value}”), titled as the snippet says`, async () => {
      const html = iframeSnippet({ site: SITE, tag: 'hled-metric', attributes: { metric: 'usaid-investments' }, lang: c.lang, theme: c.theme, caption: c.caption, siteWords: c.siteWords, height: 250 });
      expect(html).to.equal(
        `<iframe src="${SITE}embed.html?element=hled-metric&metric=usaid-investments&lang=${c.lang}&theme=${c.theme}" title="${c.caption} — ${c.siteWords}" ` +
          'width="100%" height="250" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
      );
      document.body.insertAdjacentHTML('afterbegin', html);
      const frame = document.querySelector('iframe')!;
      expect(frame.title).to.equal(frameTitle(c.caption, c.siteWords));
      expect(frame.getBoundingClientRect().height).to.equal(250);
      const url = `${SITE}embed.html?element=hled-metric&metric=usaid-investments&lang=${c.lang}`;
      let seen: ReturnType<typeof shown> | undefined;
      for (const end = Date.now() + 20000; !seen && Date.now() < end; ) {
        seen = await inFrame(url, shown);
        if (!seen) await new Promise((r) => setTimeout(r, 100));
      }
      expect(seen).to.deep.equal({ lang: c.lang, title: `${c.caption} — ${c.siteWords}`, value: c.value, label: c.caption.slice(c.value.length + 1) });
    });
  }

  it('the host line, pasted, sizes the pasted frame to its content', async () => {
    const html = iframeSnippet({ site: SITE, tag: 'hled-metric', attributes: { metric: 'usaid-investments' }, lang: 'es', caption: 'x', siteWords: 'y', height: 150 });
    const range = document.createRange();
    // A parser-inserted script does not run from innerHTML: as a CMS's template would, through a fragment.
    document.body.prepend(range.createContextualFragment(`${hostLine(SITE)}\n${html}`));
    const frame = document.querySelector('iframe')!;
    const url = `${SITE}embed.html?element=hled-metric&metric=usaid-investments&lang=es`;
    let height: number | undefined;
    for (const end = Date.now() + 20000; !height && Date.now() < end; ) {
      height = await inFrame(url, () => (document.querySelector('main > hled-metric')?.shadowRoot?.querySelector('[part~="value"]') ? Math.ceil(document.documentElement.getBoundingClientRect().height) : undefined));
      if (!height) await new Promise((r) => setTimeout(r, 100));
    }
    expect(height).to.be.greaterThan(150);
    for (const end = Date.now() + 10000; frame.getBoundingClientRect().height !== height && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    expect(frame.getBoundingClientRect().height).to.equal(height);
  });
});
