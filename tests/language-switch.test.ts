/**
 * A language switch never shows the loading state: the content stays on screen in the old language
 * until the new language's data is here, then swaps. In a file of its own, so that the Spanish data
 * is not loaded yet when the first switch happens (each test file is a fresh page).
 */
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { part, settle, show } from './helpers.js';

/** Records whether the loading part ever appears in `el`'s shadow root while `fn` runs. */
async function loadingShownDuring(el: HTMLElement, fn: () => Promise<void>): Promise<boolean> {
  let shown = false;
  const observer = new MutationObserver(() => {
    if (el.shadowRoot!.querySelector('[part~="loading"]')) shown = true;
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true });
  try {
    await fn();
  } finally {
    observer.disconnect();
  }
  return shown;
}

describe('switching language', () => {
  it('keeps the content on screen while the new language loads, then swaps (no loading state)', async () => {
    const el = await show<HTMLElement>(html`<hled-timeline lang="en"></hled-timeline>`);
    expect(part(el, 'title').textContent).to.equal('Timeline');
    const flashed = await loadingShownDuring(el, async () => {
      el.setAttribute('lang', 'es');
      await settle(el);
    });
    expect(part(el, 'title').textContent).to.equal('Cronología');
    expect(flashed).to.equal(false);
  });

  it('switches back and forth with the data already loaded, without a loading state', async () => {
    const el = await show<HTMLElement>(html`<hled-pillar lang="en" pillar="2"></hled-pillar>`);
    const flashed = await loadingShownDuring(el, async () => {
      for (const lang of ['es', 'en', 'es']) {
        el.setAttribute('lang', lang);
        await settle(el);
        expect(part(el, 'title').textContent).to.match(lang === 'es' ? /Pilar II/ : /Pillar II/);
      }
    });
    expect(flashed).to.equal(false);
  });

  it('a metric switches language without a loading state even when it loads its own small file', async () => {
    const el = await show<HTMLElement>(html`<hled-metric lang="en" metric="e3-institutions"></hled-metric>`);
    const flashed = await loadingShownDuring(el, async () => {
      el.setAttribute('lang', 'es');
      await settle(el);
    });
    expect(part(el, 'meta').textContent).to.match(/Pilar IV/);
    expect(flashed).to.equal(false);
  });
});
