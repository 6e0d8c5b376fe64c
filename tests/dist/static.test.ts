/**
 * Static rendering (`hled-widgets render`, examples/static.html written by the build): the content
 * with JavaScript off, then what happens when the widgets' script loads into that page.
 */
import { expect } from '@open-wc/testing';
import { inspectWidgets, openPage } from './pages.js';

describe('static HTML from `hled-widgets render`', () => {
  it('shows every element’s full content, styled, with JavaScript disabled', async () => {
    const page = await openPage('/examples/static.html', { javaScript: false });
    const widgets = await page.run(inspectWidgets);
    const record = await page.close();
    // The file itself has no script (the test server adds its web-socket script to what it serves).
    const served = await (await fetch('/examples/static.html')).text();
    expect(served.replace(/<!-- injected by web-dev-server -->\s*<script[^>]*><\/script>/, '')).not.to.match(/<script/i);
    expect(widgets.map((w) => [w.tag, w.lang])).to.deep.equal([
      ['hled-metric', null],
      ['hled-pillar', 'es'],
      ['hled-timeline', null],
    ]);
    for (const w of widgets) {
      expect(w.hasShadowRoot, `${w.tag} has its declarative shadow root`).to.be.true;
      expect(w.loading || w.error).to.be.false;
      expect(w.minFontPx, `${w.tag}: ${w.minFontAt}`).to.be.at.least(12);
    }
    expect(widgets[0].text).to.contain('$18.8 million');
    expect(widgets[1].text).to.contain('Pilar II').and.contain('Fuente');
    expect(widgets[2].text).to.contain('Timeline');
    expect(record.consoleErrors).to.deep.equal([]);
  });

  it('when the script then loads, elements take over without a loading state or duplicated content', async () => {
    const page = await openPage('/examples/static.html');
    const result = await page.run(async () => {
      const els = [...document.querySelectorAll('hled-metric, hled-pillar, hled-timeline')];
      const textOf = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('*:not(style)')]
          .flatMap((n) => [...n.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
      const before = els.map(textOf);
      const roots = els.map((el) => el.shadowRoot);
      const added: string[] = [];
      for (const el of els) {
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes) if (n instanceof Element && n.matches('[part~="loading"], [part~="error"]')) added.push(`${el.localName}: ${n.getAttribute('part')}`);
        }).observe(el.shadowRoot!, { childList: true, subtree: true });
      }
      window.requestIdleCallback = () => 0;
      await import('/dist/hled-widgets.js' as string);
      await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      // The sentences the static page showed come again at once, not when the browser is idle (the
      // page's idle callbacks never run here): wait for the timeline's, at most 2 s.
      for (let i = 0; i < 100 && els.some((el) => el.shadowRoot!.querySelector('blockquote[aria-busy]')); i++) {
        await new Promise((r) => setTimeout(r, 20));
        await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      }
      await new Promise((r) => requestAnimationFrame(r));
      return {
        upgraded: els.map((el) => el.constructor !== HTMLElement),
        sameRoots: els.every((el, i) => el.shadowRoot === roots[i]),
        loadingOrErrorAdded: added,
        bases: els.map((el) => el.shadowRoot!.querySelectorAll('[part~="base"]').length),
        styleElementsLeft: els.map((el) => el.shadowRoot!.querySelectorAll('style').length),
        adopted: els.map((el) => el.shadowRoot!.adoptedStyleSheets.length > 0),
        before,
        after: els.map(textOf),
      };
    });
    const record = await page.close();
    expect(result.upgraded).to.deep.equal([true, true, true]);
    expect(result.sameRoots).to.be.true;
    expect(result.loadingOrErrorAdded).to.deep.equal([]);
    expect(result.bases).to.deep.equal([1, 1, 1]);
    expect(result.styleElementsLeft).to.deep.equal([0, 0, 0]);
    expect(result.adopted).to.deep.equal([true, true, true]);
    expect(result.after).to.deep.equal(result.before);
    expect(record.consoleErrors).to.deep.equal([]);
    expect(record.pageErrors).to.deep.equal([]);
  });
});
