/**
 * What an element does when what it shows changes under it (a page with a select that switches
 * the pillar or the institution, the builder's preview): the content stays on screen until the new
 * data is here, then swaps in one render; and its "Cite or download" disclosure follows it (its
 * language, its figure), releasing the downloads it made. In a file of its own, so that the data
 * files switched to are not loaded yet (each test file is a fresh page).
 */
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { capturingErrors, openTools, part, parts, REPORT, settle, show, until } from './helpers.js';

/** Runs `fn` and records what `el` went through: a loading state, and each value of its aria-busy. */
async function watch(el: HTMLElement, fn: () => Promise<void>) {
  const seen = { loading: false, busy: [] as (string | null)[], heights: [] as number[], busyTitle: '' };
  const observer = new MutationObserver((records) => {
    if (el.shadowRoot!.querySelector('[part~="loading"]')) seen.loading = true;
    for (const r of records) if (r.target === el && r.attributeName === 'aria-busy') seen.busy.push(el.getAttribute('aria-busy'));
    if (el.getAttribute('aria-busy') === 'true') seen.busyTitle ||= el.shadowRoot!.querySelector('[part~="title"]')?.textContent ?? '';
    seen.heights.push(el.getBoundingClientRect().height);
  });
  observer.observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  try {
    await fn();
  } finally {
    observer.disconnect();
  }
  return seen;
}

/** The ids of the rows of the CSV the disclosure offers now. */
async function csvIds(tools: HTMLElement): Promise<string[]> {
  const href = tools.querySelector<HTMLAnchorElement>('a[download$=".csv"]')!.href;
  const lines = (await (await fetch(href)).text()).trimEnd().split('\r\n').slice(1);
  return lines.map((line) => line.split(',')[2]!);
}

describe('changing what an element shows', () => {
  it('pillar 1 → 3: the old pillar stays at its height, aria-busy, until pillar III swaps in; no loading state', async () => {
    const el = await show<HTMLElement & { pillar: string }>(html`<hled-pillar lang="en" pillar="1"></hled-pillar>`);
    const before = el.getBoundingClientRect().height;
    expect(before).to.be.above(1000);
    const seen = await watch(el, async () => {
      el.pillar = '3';
      await settle(el);
    });
    expect(seen.loading, 'a loading state').to.equal(false);
    expect(part(el, 'title').textContent).to.match(/Pillar III\b/);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(seen.busy).to.deep.equal(['true', null]);
    // While busy, the old pillar is what is on screen.
    expect(seen.busyTitle).to.match(/Pillar I\b/);
    // Every height seen before the swap is the old pillar's: nothing collapsed on the way.
    const swapped = seen.heights.findIndex((h) => h !== before);
    expect(seen.heights.slice(0, swapped === -1 ? undefined : swapped).every((h) => h === before)).to.equal(true);
    expect(seen.heights.slice(swapped).every((h) => h > 384)).to.equal(true);
  });

  it('a figure and an institution switch without a loading state, in Spanish too', async () => {
    const metric = await show<HTMLElement & { metric: string }>(html`<hled-metric lang="es" metric="usaid-investments"></hled-metric>`);
    const agency = await show<HTMLElement & { agency: string }>(html`<hled-agency lang="es" agency="usaid"></hled-agency>`);
    const m = await watch(metric, async () => {
      metric.metric = 'mdrc-trainees';
      await settle(metric);
    });
    const a = await watch(agency, async () => {
      agency.agency = 'cofepris';
      await settle(agency);
    });
    expect([m.loading, a.loading]).to.deep.equal([false, false]);
    expect(part(metric, 'value').textContent!.trim()).to.equal('más de 1,800');
    expect(part(agency, 'title').textContent).to.contain('COFEPRIS');
    expect([metric.hasAttribute('aria-busy'), agency.hasAttribute('aria-busy')]).to.deep.equal([false, false]);
  });

  it('an id the report does not have replaces the content with its message', async () => {
    const { result: el, errors } = await capturingErrors(async () => {
      const el = await show<HTMLElement & { metric: string }>(html`<hled-metric lang="es" metric="usaid-investments"></hled-metric>`);
      el.metric = 'no-such-figure';
      await settle(el);
      return el;
    });
    expect(el.shadowRoot!.querySelector('[part~="value"]')).to.equal(null);
    expect(part(el, 'error').textContent).to.contain('no-such-figure');
    expect(errors.some((e) => e.includes('no-such-figure'))).to.equal(true);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('caption names the new pillar once it is there', async () => {
    const el = await show<HTMLElement & { pillar: string; caption?: string }>(html`<hled-pillar lang="en" pillar="2"></hled-pillar>`);
    expect(el.caption).to.match(/^Pillar II: /);
    el.pillar = '4';
    await settle(el);
    expect(el.caption).to.match(/^Pillar IV: /);
  });
});

describe('the "Cite or download" disclosure follows its element', () => {
  it('an open citation follows a language switch', async () => {
    const el = await show<HTMLElement>(html`<hled-metric lang="en" metric="usaid-farmers-supported"></hled-metric>`);
    const tools = await openTools(el);
    expect(part(el, 'citation').textContent).to.contain('Accessed');
    el.setAttribute('lang', 'es');
    await settle(el);
    await until(() => part(el, 'citation').textContent!.includes('Consultado el'), 'the Spanish citation');
    expect(part(el, 'citation').textContent).to.match(/^Informe de avances/).and.contain('25,800');
    expect(tools.open).to.equal(true);
  });

  it('a closed disclosure opened after a switch shows the new language, not the old', async () => {
    const el = await show<HTMLElement>(html`<hled-timeline lang="es" pillar="1"></hled-timeline>`);
    const tools = await openTools(el);
    tools.open = false;
    el.setAttribute('lang', 'en');
    await settle(el);
    tools.open = true;
    await until(() => part(el, 'citation').textContent!.includes('Accessed'), 'the English citation');
    expect(part(el, 'citation').textContent).to.contain('“Timeline.”');
  });

  it("the CSV holds the new figure after metric changes, and the file is named after it", async () => {
    const el = await show<HTMLElement & { metric: string }>(html`<hled-metric lang="en" metric="usaid-investments"></hled-metric>`);
    const tools = await openTools(el);
    expect(await csvIds(tools)).to.deep.equal(['usaid-investments']);
    el.metric = 'usaid-farmers-supported';
    await settle(el);
    await until(() => tools.querySelector(`a[download="${REPORT}-usaid-farmers-supported.csv"]`), 'the new CSV');
    expect(await csvIds(tools)).to.deep.equal(['usaid-farmers-supported']);
    expect(part(el, 'citation').textContent).to.contain('25,800');
  });

  it('the CSV rows are the facts on screen, in their order: a filtered timeline, an institution', async () => {
    const factsOnScreen = (el: HTMLElement) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="metric"], [part~="initiative"], [part~="event"]')].map((f) => f.id.replace(/^hled-/, ''));
    const timeline = await show<HTMLElement>(html`<hled-timeline lang="es" status="planned,expected"></hled-timeline>`);
    const agency = await show<HTMLElement>(html`<hled-agency lang="en" agency="cbp"></hled-agency>`);
    for (const el of [timeline, agency]) {
      const ids = await csvIds(await openTools(el));
      expect(ids.length, el.localName).to.be.above(1);
      expect(ids, el.localName).to.deep.equal(factsOnScreen(el));
    }
    // A status filter changed while open: the rows follow it.
    timeline.setAttribute('status', 'happened');
    await settle(timeline);
    await until(() => parts(timeline, 'event').length > 0 && parts(timeline, 'event').every((e) => e.dataset.status === 'happened'), 'the filtered timeline');
    let ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      ids = await csvIds(part(timeline, 'tools'));
      if (ids.join() === factsOnScreen(timeline).join()) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(ids).to.deep.equal(factsOnScreen(timeline));
  });

  it('releases the object URLs of its downloads when it makes new ones, and when the element leaves the page', async () => {
    const revoked: string[] = [];
    const own = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => (revoked.push(url), own.call(URL, url));
    try {
      const el = await show<HTMLElement>(html`<hled-metric lang="en" metric="mdrc-trainees"></hled-metric>`);
      const tools = await openTools(el);
      const first = [...tools.querySelectorAll<HTMLAnchorElement>('a[download]')].map((a) => a.href);
      expect(first).to.have.length(2);
      el.setAttribute('lang', 'es');
      await settle(el);
      await until(() => part(el, 'citation').textContent!.includes('Consultado'), 'the Spanish content');
      expect(revoked).to.deep.equal(first);
      const second = [...tools.querySelectorAll<HTMLAnchorElement>('a[download]')].map((a) => a.href);
      el.remove();
      expect(revoked).to.deep.equal([...first, ...second]);
    } finally {
      URL.revokeObjectURL = own;
    }
  });
});
