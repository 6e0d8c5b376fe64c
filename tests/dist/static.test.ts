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

  it('with JavaScript off, offers only what works without it: no button; the citation and the report’s files in "Cite or download"', async () => {
    const page = await openPage('/examples/static.html', { javaScript: false });
    const found = await page.run(() =>
      [...document.querySelectorAll('hled-metric, hled-pillar, hled-timeline')].map((el) => {
        const root = el.shadowRoot!;
        const tools = root.querySelector('[part~="tools"]')!;
        return {
          buttons: root.querySelectorAll('button').length,
          citation: tools.querySelector('[part~="citation"]')?.textContent ?? '',
          links: [...tools.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
        };
      }),
    );
    await page.close();
    expect(found.map((f) => f.buttons)).to.deep.equal([0, 0, 0]);
    expect(found[0].citation).to.match(/^U\.S\.–Mexico High-Level Economic Dialogue \(HLED\) Progress Report, April 18, \[2023\]\. Governments of the United States and Mexico\. https:\/\/trade\.gov\/HLED\. “\$18\.8 million in new investments/);
    expect(found[1].citation).to.match(/^Informe de avances del Diálogo Económico de Alto Nivel \(DEAN\) México–Estados Unidos, 18 de abril de \[2023\]\./);
    expect(found[1].links).to.deep.equal([
      ['hled-2023-04-18.csv', 'El informe completo (CSV)'],
      ['hled-2023-04-18.json', 'El informe completo (JSON)'],
    ]);
  });

  it('when the script then loads, elements take over without a loading state or duplicated content', async () => {
    const page = await openPage('/examples/static.html');
    const result = await page.run(async () => {
      const els = [...document.querySelectorAll('hled-metric, hled-pillar, hled-timeline')];
      // The text of the content; the controls differ on purpose: the static page has no "Copy link",
      // and its "Cite or download" holds what works without a script (the live one fills on opening).
      const textOf = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('*:not(style, [part~="tools"], [part~="tools"] *, [part~="copy-link"], [part~="copy-link"] *)')]
          .flatMap((n) => [...n.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
      const before = els.map(textOf);
      const copyLinks = () => els.reduce((n, el) => n + el.shadowRoot!.querySelectorAll('[part~="copy-link"]').length, 0);
      const linksBefore = copyLinks();
      const roots = els.map((el) => el.shadowRoot);
      const added: string[] = [];
      for (const el of els) {
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes) if (n instanceof Element && n.matches('[part~="loading"], [part~="error"]')) added.push(`${el.localName}: ${n.getAttribute('part')}`);
        }).observe(el.shadowRoot!, { childList: true, subtree: true });
      }
      await import('/dist/hled-widgets.js' as string);
      await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      // The sentences the static page showed come with each element's view, at its first render.
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
        copyLinks: [linksBefore, copyLinks()],
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
    // …and the script brings the controls the static page left out.
    expect(result.copyLinks[0]).to.equal(0);
    expect(result.copyLinks[1]).to.be.greaterThan(5);
    expect(record.consoleErrors).to.deep.equal([]);
    expect(record.pageErrors).to.deep.equal([]);
  });
});
