/**
 * The script tag (`dist/hled-widgets.js`) loads only what a page shows, all of it at once after the
 * loader itself: each test opens a real page (pages-plugin.mjs). The test server delays every file
 * of `dist/cdn/` by 150 ms (web-test-runner.dist.config.mjs), so a file requested only after
 * another has arrived (a request chain) shows as a start after that other file's end.
 */
import { expect } from '@open-wc/testing';
import { openPage } from './pages.js';

/** Runs in the page: the files it fetched, in order, with their timing, once every widget has rendered. */
async function requestsOnceRendered() {
  const els = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('hled-'));
  await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return {
    files: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => new URL(r.name).pathname.startsWith('/dist/'))
      .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
    // A figure's value, or a timeline's first date.
    values: els.map((el) => el.shadowRoot!.querySelector('[part~="value"], [part~="date"]')?.textContent ?? ''),
    defined: ['hled-metric', 'hled-pillar', 'hled-timeline', 'hled-report', 'hled-agency'].filter((t) => customElements.get(t)),
  };
}

describe('dist/hled-widgets.js, the script tag', () => {
  it('a page with one Spanish figure loads that element and that figure in Spanish, nothing else', async () => {
    const page = await openPage('/tests/dist/pages/one-metric.html');
    const result = await page.run(requestsOnceRendered);
    const record = await page.close();
    expect(result.values).to.deep.equal(['US$18.8 millones']);
    expect(result.defined).to.deep.equal(['hled-metric']);
    const paths = result.files.map((f) => f.path);
    expect(paths[0]).to.equal('/dist/hled-widgets.js');
    expect(paths.filter((p) => p.startsWith('/dist/cdn/data/'))).to.deep.equal(['/dist/cdn/data/hled-2023-04-18.es.metric.usaid-investments.js']);
    expect(paths.some((p) => /hled-(pillar|timeline|report)-|hled-content-/.test(p)), paths.join(' ')).to.equal(false);
    expect(record.consoleErrors).to.deep.equal([]);
    expect(record.failedRequests).to.deep.equal([]);
  });

  for (const [kind, page, file, value] of [
    ['an agency', 'one-agency', 'hled-2023-04-18.es.agency.usaid', 'más de 1,800'],
    ['a pillar', 'one-pillar', 'hled-2023-04-18.es.pillar.2', 'casi 2,000'],
    ['a timeline', 'one-timeline', 'hled-2023-04-18.es.timeline', '12 de septiembre de 2022'],
  ] as const) {
    it(`${kind}'s page loads that element and its own file, not the whole report, nor anything more when idle`, async () => {
      const opened = await openPage(`/tests/dist/pages/${page}.html`);
      const result = await opened.run(requestsOnceRendered);
      const record = await opened.close();
      expect(result.values).to.deep.equal([value]);
      const tag = `hled-${page.slice('one-'.length)}`;
      expect(result.defined).to.deep.equal([tag]);
      const paths = result.files.map((f) => f.path);
      expect(paths.filter((p) => p.startsWith('/dist/cdn/data/'))).to.deep.equal([`/dist/cdn/data/${file}.js`]);
      expect(paths.filter((p) => /\/hled-(metric|pillar|timeline|report|agency)\.js/.test(p)), paths.join(' ')).to.deep.equal([`/dist/cdn/${tag}.js`]);
      expect(record.consoleErrors).to.deep.equal([]);
      expect(record.failedRequests).to.deep.equal([]);
      // Its file carries its source sentences: once the page is idle, still that one data file.
      const later = await openPage(`/tests/dist/pages/${page}.html`);
      const idle = await later.run(async () => {
        await customElements.whenDefined(document.querySelector('hled-agency, hled-pillar, hled-timeline')!.localName);
        await new Promise((r) => requestIdleCallback(() => setTimeout(r, 500)));
        return performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
      });
      await later.close();
      expect(idle.filter((p) => p.startsWith('/dist/cdn/data/'))).to.deep.equal([`/dist/cdn/data/${file}.js`]);
    });
  }

  it("a page opened at a fact's address starts what brings it into view with the rest, and shows that fact", async () => {
    // A figure card of pillar II (the one-metric page shows its figure inline, which has no address).
    const page = await openPage('/tests/dist/pages/one-pillar.html#hled-usaid-investments', { cache: false });
    const { files } = await page.run(requestsOnceRendered);
    const target = await page.run(async () => {
      const root = document.querySelector('hled-pillar')!.shadowRoot!;
      for (let i = 0; i < 100 && !root.querySelector('[data-target]'); i++) await new Promise((r) => setTimeout(r, 20));
      return root.querySelector('[data-target]')?.id;
    });
    const record = await page.close();
    expect(target).to.equal('hled-usaid-investments');
    const rest = files.filter((f) => f.path.startsWith('/dist/cdn/'));
    const goto = rest.find((f) => f.path === '/dist/cdn/hled-goto.js');
    expect(goto, rest.map((f) => f.path).join(' ')).to.exist;
    expect(goto!.start, 'started with the element, not after it').to.be.below(Math.min(...rest.map((f) => f.end)));
    expect(record.consoleErrors).to.deep.equal([]);
  });

  it('a page without such an address does not fetch it', async () => {
    const page = await openPage('/tests/dist/pages/one-metric.html');
    await page.run(requestsOnceRendered);
    const paths = await page.run(async () => {
      await new Promise((r) => setTimeout(r, 300));
      return performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    });
    await page.close();
    expect(paths.filter((p) => p.includes('goto'))).to.deep.equal([]);
  });

  it('fetches what the page needs in one round trip after the loader: no file waits for another', async () => {
    for (const url of ['/tests/dist/pages/one-metric.html', '/tests/dist/pages/host.html']) {
      // No HTTP cache: a file earlier tests fetched would arrive at once and hide the order.
      const page = await openPage(url, { cache: false });
      if (url.endsWith('host.html')) await page.run(() => import('/dist/hled-widgets.js' as string));
      const { files } = await page.run(requestsOnceRendered);
      await page.close();
      const rest = files.filter((f) => f.path.startsWith('/dist/cdn/'));
      expect(rest.length, url).to.be.greaterThan(2);
      const firstEnd = Math.min(...rest.map((f) => f.end));
      for (const f of rest) expect(f.start, `${url}: ${f.path} started after another file had arrived`).to.be.below(firstEnd);
    }
  });

  it('works from a URL with a query (?ver=, as CMSs add): one copy of everything, no warning', async () => {
    const page = await openPage('/tests/dist/pages/versioned-url.html');
    const result = await page.run(requestsOnceRendered);
    const record = await page.close();
    expect(result.values).to.deep.equal(['US$18.8 millones']);
    // Nothing imports the loader back: its query cannot make a second instance of any module.
    expect(result.files.filter((f) => f.path === '/dist/hled-widgets.js')).to.have.length(1);
    expect(record.warnings).to.deep.equal([]);
    expect(record.consoleErrors).to.deep.equal([]);
  });

  it('loads an element added to the page later, and one in a shadow root handed to discover()', async () => {
    const page = await openPage('/tests/dist/pages/one-metric.html');
    const values = await page.run(async () => {
      const { discover } = (await import('/dist/hled-widgets.js' as string)) as { discover(root: ShadowRoot): void };
      await customElements.whenDefined('hled-metric');
      const later = document.createElement('hled-timeline');
      later.setAttribute('pillar', '4');
      document.body.append(later);
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<hled-pillar pillar="3" lang="en"></hled-pillar>';
      document.body.append(host);
      discover(root);
      await customElements.whenDefined('hled-timeline');
      await customElements.whenDefined('hled-pillar');
      const pillar = root.querySelector('hled-pillar') as HTMLElement & { updateComplete: Promise<unknown> };
      await (later as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await pillar.updateComplete;
      return [later.shadowRoot!.querySelectorAll('time').length, pillar.shadowRoot!.querySelector('[part~="title"]')!.textContent];
    });
    await page.close();
    expect(values[0]).to.equal(3);
    expect(values[1]).to.match(/Pillar III/);
  });

  it('loads elements a CMS block or a single-page app inserts later inside containers, at any depth', async () => {
    // A page with an agency's work only: neither <hled-metric> nor <hled-pillar> is loaded before.
    const page = await openPage('/tests/dist/pages/one-agency.html');
    const shown = await page.run(async () => {
      await customElements.whenDefined('hled-agency');
      // A block appended whole, its element three levels down.
      const block = document.createElement('div');
      const inner = block.appendChild(document.createElement('section')).appendChild(document.createElement('article'));
      const metric = inner.appendChild(document.createElement('hled-metric'));
      metric.setAttribute('metric', 'mdrc-trainees');
      document.body.append(block);
      // A view swapped in through innerHTML, into a container already on the page.
      const view = document.body.appendChild(document.createElement('main'));
      await new Promise((r) => setTimeout(r, 50));
      view.innerHTML = '<div class="route"><p>Pillar</p><div><hled-pillar pillar="4" lang="es"></hled-pillar></div></div>';
      const pillar = view.querySelector('hled-pillar') as HTMLElement & { updateComplete: Promise<unknown> };
      await Promise.all(['hled-metric', 'hled-pillar'].map((t) => customElements.whenDefined(t)));
      await (metric as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await pillar.updateComplete;
      return [metric.shadowRoot!.querySelector('[part~="value"]')!.textContent, pillar.shadowRoot!.querySelector('[part~="title"]')!.textContent!.replace(/\s+/g, ' ').trim()];
    });
    const record = await page.close();
    expect(shown[0]).to.equal('más de 1,800');
    expect(shown[1]).to.match(/^Pilar IV\b/i);
    expect(record.consoleErrors).to.deep.equal([]);
  });

  it('says so when another version registered an element first, and leaves it in place', async () => {
    const page = await openPage('/tests/dist/pages/other-version.html');
    const pillar = await page.run(async () => {
      await customElements.whenDefined('hled-pillar');
      const el = document.querySelector('hled-pillar') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return el.shadowRoot?.querySelector('[part~="title"]')?.textContent ?? '';
    });
    const record = await page.close();
    expect(pillar).to.contain('Pillar II');
    expect(record.pageErrors).to.deep.equal([]);
    expect(record.consoleErrors).to.deep.equal([]);
    const warnings = record.warnings.filter((w) => w.includes('hled-widgets'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/<hled-metric> is already registered by version 0\.0\.9/);
  });
});

describe('dist/hled-widgets.bundle.js, the one-file build', () => {
  it('is one request, registers every element and renders each in its language', async () => {
    const page = await openPage('/tests/dist/pages/bundle.html');
    const result = await page.run(async () => {
      const els = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('hled-'));
      await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      return {
        texts: els.map((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ')),
        scripts: performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .filter((p) => p.startsWith('/dist/')),
      };
    });
    const record = await page.close();
    expect(result.scripts).to.deep.equal(['/dist/hled-widgets.bundle.js']);
    expect(result.texts[0]).to.contain('$18.8 million');
    expect(result.texts[1]).to.contain('Pilar II');
    expect(result.texts[3]).to.contain('US$18.8 millones');
    // One institution's work, read out of the whole report (the one file has no per-institution files).
    expect(result.texts[4]).to.contain('Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)');
    expect(result.texts[4]).to.contain('más de 1,800');
    expect(result.texts[4]).not.to.contain('Comisión Nacional del Agua');
    expect(record.consoleErrors).to.deep.equal([]);
  });
});
