/**
 * The widgets in someone else's page: loaded twice, under a strict CSP with Trusted Types, and
 * leaving the page's globals, styles and fonts alone. Each case runs in a separate real page
 * (pages-plugin.mjs), so the runner's own scripts are not part of what is measured.
 */
import { expect } from '@open-wc/testing';
import { inspectWidgets, openPage } from './pages.js';

/** The policy the README lists (sent for /tests/dist/csp/ by web-test-runner.dist.config.mjs). */
const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

async function widgetsOf(url: string) {
  const page = await openPage(url);
  const widgets = await page.run(inspectWidgets);
  return { widgets, record: await page.close() };
}

function expectAllRendered(widgets: Awaited<ReturnType<typeof inspectWidgets>>) {
  expect(widgets.length).to.be.greaterThan(0);
  for (const w of widgets) {
    expect(w.hasShadowRoot, w.tag).to.be.true;
    expect(w.loading || w.error, `${w.tag}: ${w.text.slice(0, 80)}`).to.be.false;
    expect(w.bases, `${w.tag} renders its content once`).to.equal(1);
  }
}

describe('loaded twice on one page', () => {
  it('the CDN file, then the npm entries: no error, no warning, every element renders once', async () => {
    const { widgets, record } = await widgetsOf('/tests/dist/pages/twice-cdn-first.html');
    expectAllRendered(widgets);
    expect(widgets[1].text).to.contain('Pilar II');
    expect(record.pageErrors).to.deep.equal([]);
    expect(record.consoleErrors).to.deep.equal([]);
    expect(record.warnings.filter((w) => w.includes('hled-widgets'))).to.deep.equal([]);
    expect(record.failedRequests).to.deep.equal([]);
  });

  it('the npm entries, then the CDN file: no error, no warning, every element renders once', async () => {
    const { widgets, record } = await widgetsOf('/tests/dist/pages/twice-npm-first.html');
    expectAllRendered(widgets);
    expect(record.pageErrors).to.deep.equal([]);
    expect(record.consoleErrors).to.deep.equal([]);
    expect(record.warnings.filter((w) => w.includes('hled-widgets'))).to.deep.equal([]);
  });
});

describe('the host page stays as it was', () => {
  it('adds no global but the custom elements and Lit’s own version and metadata records', async () => {
    const page = await openPage('/tests/dist/pages/host.html');
    const added = await page.run(async () => {
      const before = new Set(Object.getOwnPropertyNames(window));
      await import('/dist/hled-widgets.js' as string);
      const els = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('hled-'));
      await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      return Object.getOwnPropertyNames(window).filter((k) => !before.has(k));
    });
    await page.close();
    // Lit records its versions and decorator metadata on globalThis; nothing of ours does.
    expect(added.sort()).to.deep.equal(['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions']);
  });

  it('adds no style outside the shadow roots and loads no font', async () => {
    const page = await openPage('/tests/dist/pages/host.html');
    const result = await page.run(async () => {
      const snapshot = () => ({
        styleSheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
        styleElements: document.querySelectorAll('style, link').length,
        head: document.head.innerHTML,
        styledLightNodes: document.querySelectorAll('[style]').length,
        fonts: document.fonts.size,
      });
      const before = snapshot();
      await import('/dist/hled-widgets.js' as string);
      const els = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('hled-'));
      await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      await document.fonts.ready;
      const shadowStyles = els.map((el) => el.shadowRoot!.adoptedStyleSheets.length);
      const resources = performance.getEntriesByType('resource').map((r) => r.name);
      return { before, after: snapshot(), shadowStyles, resources, rendered: els.every((el) => el.shadowRoot!.querySelector('[part~="base"]')) };
    });
    await page.close();
    expect(result.rendered).to.be.true;
    expect(result.after).to.deep.equal(result.before);
    expect(result.shadowStyles.every((n) => n > 0), 'styles live in each shadow root').to.be.true;
    expect(result.resources.filter((r) => /\.(woff2?|ttf|otf|eot)(\?|$)|fonts\./.test(r))).to.deep.equal([]);
    // Every request is the package's own (the test server adds its web-socket script to pages).
    const requested = result.resources.map((r) => new URL(r).pathname).filter((p) => !p.startsWith('/__web-dev-server'));
    expect(requested[0]).to.equal('/dist/hled-widgets.js');
    expect(requested.filter((p) => !p.startsWith('/dist/cdn/'))).to.deep.equal(['/dist/hled-widgets.js']);
  });
});

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('is served with the policy as a real HTTP header', async () => {
    const response = await fetch('/tests/dist/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.equal(CSP);
  });

  it('renders every element with its styles and causes no violation', async () => {
    const page = await openPage('/tests/dist/csp/page.html');
    const widgets = await page.run(inspectWidgets);
    const look = await page.run(() => {
      const value = document.querySelector('hled-metric')!.shadowRoot!.querySelector('[part~="value"]')!;
      return { weight: getComputedStyle(value).fontWeight, text: value.textContent };
    });
    const record = await page.close();
    expectAllRendered(widgets);
    expect(look).to.deep.equal({ weight: '700', text: '$18.8 million' });
    expect(widgets[1].text).to.contain('Pilar II');
    expect(record.violations).to.deep.equal([]);
    expect(record.consoleErrors).to.deep.equal([]);
    expect(record.pageErrors).to.deep.equal([]);
  });

  it('really enforces the policy there (so the test above means something)', async () => {
    const page = await openPage('/tests/dist/csp/page.html');
    const enforced = await page.run(async () => {
      let innerHTMLBlocked = false;
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch {
        innerHTMLBlocked = true;
      }
      let otherPolicyBlocked = false;
      try {
        (window as unknown as { trustedTypes: { createPolicy(n: string, o: object): unknown } }).trustedTypes.createPolicy('other', {});
      } catch {
        otherPolicyBlocked = true;
      }
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(1, 2, 3); }';
      document.head.append(style);
      await new Promise((r) => setTimeout(r, 50));
      return { innerHTMLBlocked, otherPolicyBlocked, inlineStyleApplied: getComputedStyle(document.body).color === 'rgb(1, 2, 3)' };
    });
    const record = await page.close();
    expect(enforced).to.deep.equal({ innerHTMLBlocked: true, otherPolicyBlocked: true, inlineStyleApplied: false });
    expect(record.violations.some((v) => v.startsWith('style-src'))).to.be.true;
  });
});
