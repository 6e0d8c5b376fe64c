/**
 * A timeline's events and their controls (issue 20): the "Source" button of each event (a button
 * with aria-expanded, not a <details>), an event's link and its copy control, and a long timeline
 * (1,000 events) whose every event is in the DOM and reachable by `#hled-<id>` even before it has
 * been laid out (`content-visibility: auto`). Its own file: it changes the page's address.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hled-timeline.js';
import type { HledTimeline } from '../src/hled-timeline.js';
import { parts, REPORT_URL, reportUrlWith, show, until, visibleText } from './helpers.js';

const pageUrl = () => location.href.split('#')[0];
/** Whether a sighted reader sees the sentence: a box with height (a closed one is hidden="until-found"). */
const shown = (quote: Element) => quote.getBoundingClientRect().height > 0;

/** The first event of the report (September 12, 2022) and its source sentence. */
async function firstEvent(): Promise<{ id: string; source: string }> {
  const report = await (await fetch(REPORT_URL)).json();
  const e = (report.events as { id: string; date: string; source: string }[]).find((x) => x.date === '2022-09-12')!;
  return { id: e.id, source: e.source };
}

describe('an event\'s "Source" button', () => {
  for (const [lang, word] of [['en', 'Source'], ['es', 'Fuente']] as const) {
    it(`opens and closes the event's sentence with the keyboard (Tab, Enter), saying so with aria-expanded (${lang}: "${word}")`, async () => {
      const { source } = await firstEvent();
      const div = await fixture<HTMLDivElement>(html`<div><button>before</button><hled-timeline lang=${lang}></hled-timeline></div>`);
      const timeline = div.querySelector<HledTimeline>('hled-timeline')!;
      await timeline.updateComplete;
      const el = timeline;
      const event = parts(el, 'event')[0]!;
      const button = event.querySelector<HTMLButtonElement>('[part~="source"]')!;
      const quote = event.querySelector('blockquote')!;
      expect(button.localName).to.equal('button');
      expect(visibleText(button)).to.equal(word);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(quote.id);
      expect(quote.textContent).to.equal(source);
      expect(shown(quote)).to.equal(false);
      // From the control before the widget: the first event's copy link, then its "Source".
      div.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(quote)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(quote)).to.equal(false);
    });
  }

  it('has no <details> per event: the only disclosure is "Cite or download"', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="en"></hled-timeline>`);
    expect([...el.shadowRoot!.querySelectorAll('details')].map((d) => d.getAttribute('part'))).to.deep.equal(['tools']);
    expect(parts(el, 'source').length).to.equal(11);
  });
});

describe('copy link of an event', () => {
  it('copies the page address with the event\'s #hled-<id>, says "Link copied" / "Enlace copiado"', async () => {
    const { id } = await firstEvent();
    const written: string[] = [];
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void written.push(s) } });
    try {
      for (const [lang, before, after] of [['en', 'Copy link', 'Link copied'], ['es', 'Copiar enlace', 'Enlace copiado']]) {
        written.length = 0;
        const el = await show<HledTimeline>(html`<hled-timeline lang=${lang}></hled-timeline>`);
        const button = parts(el, 'event')[0]!.querySelector<HTMLButtonElement>('[part~="copy-link"]')!;
        expect(visibleText(button)).to.equal(before);
        button.click();
        await until(() => written.length, 'the clipboard');
        expect(written).to.deep.equal([`${pageUrl()}#hled-${id}`]);
        await until(() => visibleText(button) === after, 'the control to say so');
      }
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

describe('a timeline of 1,000 events', function () {
  // Building and checking 1,000 events on a shared machine running three browsers.
  this.timeout(30000);
  /** The report with generated events up to 1,000 (as the bench makes them), the last on 2099-12-31. */
  const big = () =>
    reportUrlWith((report) => {
      const events = report.events as Record<string, unknown>[];
      const base = [...events];
      for (let i = 0; events.length < 1000; i++) {
        const e: Record<string, unknown> = { ...base[i % base.length], id: `generated-event-${i}`, date: `${2000 + (i % 24)}-${String(1 + (i % 12)).padStart(2, '0')}` };
        delete e.end;
        delete e.season;
        delete e.part;
        events.push(e);
      }
      events[events.length - 1] = { ...events[0], id: 'the-last-event', date: '2099-12-31' };
    });

  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('holds every event in the DOM (not virtualized), each with its date, title and status', async () => {
    const el = await show<HledTimeline>(html`<hled-timeline lang="en" src=${await big()}></hled-timeline>`);
    const events = parts(el, 'event');
    expect(events.length).to.equal(1000);
    expect(events.filter((e) => e.querySelector('time') && e.querySelector('[part~="event-title"]')!.textContent && e.querySelector('[part~="status"]')!.textContent).length).to.equal(1000);
    expect(events.at(-1)!.id).to.equal('hled-the-last-event');
    expect(events.at(-1)!.querySelector('time')!.textContent).to.equal('December 31, 2099');
  });

  it('a page opened at #hled-<id> of its last event, far below the fold, scrolls to it and focuses it', async () => {
    history.replaceState(null, '', '#hled-the-last-event');
    const src = await big();
    const div = await fixture<HTMLDivElement>(html`<div><hled-timeline lang="en" src=${src}></hled-timeline></div>`);
    const el = div.querySelector<HledTimeline>('hled-timeline')!;
    await el.updateComplete;
    const fact = el.shadowRoot!.getElementById('hled-the-last-event')!;
    await until(() => fact.hasAttribute('data-target'), 'the event to be marked');
    expect(el.shadowRoot!.activeElement).to.equal(fact);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = fact.getBoundingClientRect();
    expect(box.top).to.be.within(-1, innerHeight - 1);
    expect(box.height).to.be.greaterThan(0);
  });
});
