/**
 * The frame page opened as a page of its own (as the address "Copy link" gives opens it), in
 * Chromium through pages-plugin.mjs, which records its console and its requests: what a refused
 * address writes to the console, and that a figure's files start at once, as on a script-tag page.
 */
import { expect } from '@open-wc/testing';
import { openPage } from './pages.js';

describe('dist/embed.html as a page of its own', () => {
  it('shows a figure with no console error and no failed request, and fetches nothing else', async () => {
    const page = await openPage('/dist/embed.html?element=hled-metric&metric=usaid-investments&lang=es', { cache: false });
    const result = await page.run(async () => {
      const el = document.querySelector('hled-metric') as HTMLElement & { updateComplete: Promise<unknown> };
      await customElements.whenDefined('hled-metric');
      await el.updateComplete;
      return {
        value: el.shadowRoot!.querySelector('[part~="value"]')!.textContent,
        files: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => new URL(r.name).pathname.startsWith('/dist/'))
          .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
        // Opened on its own, it has room around it (framed, it has none).
        padding: getComputedStyle(document.body).paddingTop,
      };
    });
    const record = await page.close();
    expect(result.value).to.equal('US$18.8 millones');
    expect(result.padding).to.equal('16px');
    expect(record.consoleErrors).to.deep.equal([]);
    expect(record.failedRequests).to.deep.equal([]);
    const paths = result.files.map((f) => f.path);
    expect(paths[0]).to.equal('/dist/embed-frame.js');
    expect(paths.slice(1).sort()).to.deep.equal(['/dist/cdn/data/hled-2023-04-18.es.metric.usaid-investments.js', '/dist/cdn/hled-core.js', '/dist/cdn/hled-metric.js']);
    // One round trip after the page's script: no file of the figure waits for another (the test
    // server answers every file of dist/cdn/ 150 ms late).
    const rest = result.files.slice(1);
    const firstEnd = Math.min(...rest.map((f) => f.end));
    for (const f of rest) expect(f.start, `${f.path} started after another file had arrived`).to.be.below(firstEnd);
  });

  it('writes one console error naming what it refuses and what is valid', async () => {
    const page = await openPage('/dist/embed.html?element=hled-metric&metric=usaid-investments&onclick=alert(1)&src=https://example.org/r.json');
    const text = await page.run(() => document.querySelector('.refused')?.textContent ?? '');
    const record = await page.close();
    expect(text).to.contain('onclick=alert(1): this widget has no such setting');
    expect(record.consoleErrors).to.deep.equal([
      'hled-widgets embed.html: this address is refused: "onclick" is not an attribute of <hled-metric> (metric, variant, report, lang, theme); "src" is never taken: a frame shows only the reports published with it.',
    ]);
    expect(record.pageErrors).to.deep.equal([]);
    expect(record.failedRequests).to.deep.equal([]);
  });

  it('a figure that is not in the report is the element’s own error, in the frame’s language', async () => {
    const page = await openPage('/dist/embed.html?element=hled-metric&metric=nope&lang=es');
    const text = await page.run(async () => {
      await customElements.whenDefined('hled-metric');
      const el = document.querySelector('hled-metric') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[part~="error"]')!.textContent;
    });
    const record = await page.close();
    expect(text).to.equal('No hay ninguna cifra “nope” en el informe del DEAN.');
    // (The browser also logs the 404 of the file the loader guessed for "nope", as on any script-tag page.)
    const ours = record.consoleErrors.filter((e) => e.startsWith('hled-widgets'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(/<hled-metric> has metric="nope".*Valid values: .*\busaid-investments\b/);
  });
});
