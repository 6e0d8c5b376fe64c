/**
 * The hashes of dist/sri.json, as the README's snippets use them: the browser runs the one-file
 * build with its `integrity` (and a theme with its own), and refuses the file when the hash is not
 * its bytes' — so the test above it means the hash is right, not that integrity went unchecked.
 */
import { expect } from '@open-wc/testing';
import { openPage } from './pages.js';

describe('Subresource Integrity (dist/sri.json)', () => {
  it('the one-file build and a theme load with their hashes, and the elements render', async () => {
    const page = await openPage('/tests/dist/pages/sri.html');
    const result = await page.run(async () => {
      const { files } = await (await fetch('/dist/sri.json')).json();
      const link = document.createElement('link');
      Object.assign(link, { rel: 'stylesheet', href: '/dist/themes/gob-mx.css', integrity: files['themes/gob-mx.css'], crossOrigin: 'anonymous' });
      const styled = new Promise((resolve) => link.addEventListener('load', () => resolve(true)));
      document.head.append(link);
      const script = document.createElement('script');
      Object.assign(script, { type: 'module', src: '/dist/hled-widgets.bundle.js', integrity: files['hled-widgets.bundle.js'], crossOrigin: 'anonymous' });
      const loaded = new Promise((resolve) => {
        script.addEventListener('load', () => resolve('load'));
        script.addEventListener('error', () => resolve('error'));
      });
      document.head.append(script);
      const outcome = await loaded;
      const el = document.querySelector('hled-pillar') as HTMLElement & { updateComplete: Promise<unknown> };
      await customElements.whenDefined('hled-pillar');
      await el.updateComplete;
      return { outcome, styled: await styled, title: el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() };
    });
    const record = await page.close();
    expect(result.outcome).to.equal('load');
    expect(result.styled).to.be.true;
    expect(result.title).to.contain('Pilar II');
    expect(record.consoleErrors).to.deep.equal([]);
    expect(record.failedRequests).to.deep.equal([]);
  });

  it('a hash that is not the file’s: the browser refuses the file, nothing is defined', async () => {
    const page = await openPage('/tests/dist/pages/sri.html');
    const result = await page.run(async () => {
      const { files } = await (await fetch('/dist/sri.json')).json();
      const script = document.createElement('script');
      // The loader's hash on the bundle: a real sha384, of other bytes.
      Object.assign(script, { type: 'module', src: '/dist/hled-widgets.bundle.js', integrity: files['hled-widgets.js'], crossOrigin: 'anonymous' });
      const outcome = await new Promise((resolve) => {
        script.addEventListener('load', () => resolve('load'));
        script.addEventListener('error', () => resolve('error'));
        document.head.append(script);
      });
      await new Promise((r) => setTimeout(r, 100));
      return { outcome, defined: Boolean(customElements.get('hled-pillar')) };
    });
    const record = await page.close();
    expect(result).to.deep.equal({ outcome: 'error', defined: false });
    expect(record.consoleErrors.some((e) => /integrity/i.test(e))).to.be.true;
  });
});

/**
 * The loader's files come through import(), which takes no integrity attribute: an import map's
 * `integrity` section, as `node scripts/sri.mjs --importmap /dist/` prints it (served by
 * web-test-runner.dist.config.mjs), reaches them in the browsers that support it.
 */
describe('an import map with integrity (node scripts/sri.mjs --importmap), in Chromium', () => {
  it('checks what the loader brings in with import(): with the right hashes the figure shows', async () => {
    const page = await openPage('/tests/dist/pages/sri.html');
    const result = await page.run(async () => {
      const map = await (await fetch('/__test/sri-importmap.json')).json();
      const script = Object.assign(document.createElement('script'), { type: 'importmap', textContent: JSON.stringify(map) });
      document.head.append(script);
      document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: '/dist/hled-widgets.js' }));
      await customElements.whenDefined('hled-metric');
      const el = document.querySelector('hled-metric') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return { files: Object.keys(map.integrity).length, value: el.shadowRoot!.querySelector('[part~="value"]')?.textContent?.trim() };
    });
    const record = await page.close();
    expect(result.files).to.be.greaterThan(100);
    expect(result.value).to.equal('$18.8 million');
    expect(record.consoleErrors).to.deep.equal([]);
  });

  it('and refuses a data file the loader imports whose bytes are not its hash', async () => {
    const page = await openPage('/tests/dist/pages/sri.html');
    const result = await page.run(async () => {
      const map = await (await fetch('/__test/sri-importmap.json')).json();
      // The figure's own data file, which the loader and the element load with import().
      map.integrity['/dist/cdn/data/hled-2023-04-18.en.metric.usaid-investments.js'] = map.integrity['/dist/hled-widgets.js'];
      document.head.append(Object.assign(document.createElement('script'), { type: 'importmap', textContent: JSON.stringify(map) }));
      document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: '/dist/hled-widgets.js' }));
      await customElements.whenDefined('hled-metric');
      const el = document.querySelector('hled-metric') as HTMLElement & { updateComplete: Promise<unknown> };
      for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part~="error"], [part~="value"]'); i++) await new Promise((r) => setTimeout(r, 20));
      return { value: el.shadowRoot!.querySelector('[part~="value"]')?.textContent?.trim() ?? null, error: Boolean(el.shadowRoot!.querySelector('[part~="error"]')) };
    });
    const record = await page.close();
    expect(result).to.deep.equal({ value: null, error: true });
    expect(record.consoleErrors.some((e) => e.includes('integrity') && e.includes('metric.usaid-investments.js'))).to.be.true;
  });
});
