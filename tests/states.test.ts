import { expect, html, fixture } from '@open-wc/testing';
import '../src/index.js';
import type { HledMetric } from '../src/hled-metric.js';
import { loadOptions } from '../src/core/load.js';
import { capturingErrors, part, REPORT, REPORT_URL, reportUrlWith, show } from './helpers.js';

type ErrorDetail = { code: string; message: string };

/** Renders one element and collects its console errors and hled-error events. */
async function showFailing(markup: ReturnType<typeof html>) {
  const events: ErrorDetail[] = [];
  const { result: el, errors } = await capturingErrors(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div @hled-error=${(e: CustomEvent<ErrorDetail>) => events.push(e.detail)}>${markup}</div>`);
    const inner = wrapper.firstElementChild as HledMetric;
    await inner.updateComplete;
    await new Promise((r) => setTimeout(r));
    return inner;
  });
  return { el, errors, events };
}

describe('states and bad input', () => {
  const timeout = loadOptions.timeoutMs;
  afterEach(() => (loadOptions.timeoutMs = timeout));

  it('a src that 404s: translated message, console error with the URL and status, hled-error "http"', async () => {
    const { el, errors, events } = await showFailing(html`<hled-metric lang="es" metric="e3-students" src="/no/such/report.json"></hled-metric>`);
    expect(part(el, 'error').textContent).to.contain('No se pudo cargar el informe del DEAN');
    // Announced to screen readers when it appears.
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(errors.join('\n')).to.contain('/no/such/report.json').and.contain('404');
    expect(events).to.have.length(1);
    expect(events[0].code).to.equal('http');
  });

  it('a src that does not answer in time: message and hled-error "timeout"', async () => {
    loadOptions.timeoutMs = 200;
    const { el, errors, events } = await showFailing(html`<hled-metric lang="en" metric="e3-students" src="/__test/slow.json"></hled-metric>`);
    expect(part(el, 'error').textContent).to.contain('could not be loaded');
    expect(errors.join('\n')).to.contain('took longer than 200 ms');
    expect(events[0].code).to.equal('timeout');
  });

  it('a src that is not JSON: message and hled-error "not-json"', async () => {
    const { el, errors, events } = await showFailing(html`<hled-metric lang="en" metric="e3-students" src="/__test/not-json.json"></hled-metric>`);
    expect(part(el, 'error').textContent).to.contain('not valid');
    expect(errors.join('\n')).to.contain('is not JSON');
    expect(events[0].code).to.equal('not-json');
  });

  it('a src that fails validation: message, and every problem with its path in the console', async () => {
    const url = await reportUrlWith((r) => {
      (r.metrics as { value: unknown }[])[0].value = '18.8M';
      delete (r as { title?: unknown }).title;
    });
    const { el, errors, events } = await showFailing(html`<hled-metric lang="es" metric="e3-students" src=${url}></hled-metric>`);
    expect(part(el, 'error').textContent).to.contain('no es válido');
    const log = errors.join('\n');
    expect(log).to.contain('metrics[0].value: expected a number, got "18.8M"');
    expect(log).to.contain('title: missing required field');
    expect(events[0].code).to.equal('invalid');
  });

  it('rejects a src whose links are not http(s), so no javascript: URL reaches the page', async () => {
    const url = await reportUrlWith((r) => ((r.links as { url: string }[])[0].url = 'javascript:alert(1)'));
    const { errors, events } = await showFailing(html`<hled-report lang="en" src=${url}></hled-report>`);
    expect(events[0].code).to.equal('invalid');
    expect(errors.join('\n')).to.contain('links[0].url');
  });

  it('renders data as text: markup in a report file shows as characters, never as elements', async () => {
    const url = await reportUrlWith((r) => {
      (r.metrics as { id: string; label: { en: string } }[]).find((m) => m.id === 'e3-students')!.label.en =
        '<img src=x onerror="window.__pwned=1">students';
    });
    const el = await show<HledMetric>(html`<hled-metric lang="en" metric="e3-students" src=${url}></hled-metric>`);
    expect(part(el, 'label').textContent).to.equal('<img src=x onerror="window.__pwned=1">students');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('an unknown report id: translated message and hled-error "unknown-report" naming the bundled ones', async () => {
    const { el, errors, events } = await showFailing(html`<hled-metric lang="es" metric="e3-students" report="hled-2031-01-01"></hled-metric>`);
    expect(part(el, 'error').textContent).to.contain('no está disponible');
    expect(errors.join('\n')).to.contain(REPORT);
    expect(events[0].code).to.equal('unknown-report');
  });

  it('renders a bundled report chosen by id, and the same report from src', async () => {
    const byId = await show<HledMetric>(html`<hled-metric lang="en" metric="e3-students" report=${REPORT}></hled-metric>`);
    const bySrc = await show<HledMetric>(html`<hled-metric lang="en" metric="e3-students" src=${REPORT_URL}></hled-metric>`);
    expect(part(byId, 'value').textContent).to.equal('100');
    expect(part(bySrc, 'value').textContent).to.equal('100');
  });

  it('ten elements with the same src fetch it once', async () => {
    const url = await reportUrlWith((r) => ((r as { id: string }).id = 'fetch-once-copy'));
    const original = window.fetch;
    const calls: string[] = [];
    window.fetch = (input, init) => {
      calls.push(String(input));
      return original(input, init);
    };
    try {
      const ids = ['usaid-investments', 'usaid-farmer-sales', 'usaid-farmers-supported', 'mdrc-trainees', 'sembrando-participants', 'e3-students', 'e3-institutions', 'e3-courses', 'florida-exchange-participants', '5g-forum-days'];
      const div = await fixture(html`<div>${ids.map((id) => html`<hled-metric lang="en" metric=${id} src=${url}></hled-metric>`)}</div>`);
      const els = [...div.querySelectorAll<HledMetric>('hled-metric')];
      await Promise.all(els.map((e) => e.updateComplete));
      expect(els.every((e) => e.shadowRoot!.querySelector('[part~="value"]'))).to.equal(true);
      expect(calls.filter((c) => c === url)).to.have.length(1);
    } finally {
      window.fetch = original;
    }
  });

  it('one broken element does not stop the others on the page', async () => {
    const { result: div } = await capturingErrors(async () => {
      const d = await fixture(html`<div>
        <hled-metric lang="en" metric="nope"></hled-metric>
        <hled-metric lang="en" metric="e3-courses" src="/no/such.json"></hled-metric>
        <hled-metric lang="en" metric="e3-courses"></hled-metric>
        <hled-timeline lang="en" pillar="4"></hled-timeline>
      </div>`);
      await Promise.all([...d.children].map((c) => (c as HledMetric).updateComplete));
      return d;
    });
    const [bad, failed, good, timeline] = [...div.children] as HledMetric[];
    expect(part(bad, 'error')).to.exist;
    expect(part(failed, 'error')).to.exist;
    expect(part(good, 'value').textContent).to.equal('3');
    expect(timeline.shadowRoot!.querySelectorAll('time').length).to.equal(3);
  });

  it('reserves space while loading, then shows the content', async () => {
    loadOptions.timeoutMs = 300;
    // Not fixture(): it would wait for the data. Read the first render instead.
    const el = document.createElement('hled-metric');
    Object.assign(el, { lang: 'en', metric: 'e3-students', src: '/__test/slow.json?reserve' });
    el.style.fontSize = '16px';
    document.body.append(el);
    try {
      await new Promise((r) => setTimeout(r));
      const loading = part(el, 'loading');
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.at.least(16 * 7 - 1);
      await capturingErrors(() => el.updateComplete);
    } finally {
      el.remove();
    }
  });

  it('recovers when src is corrected after a failure', async () => {
    const { el } = await showFailing(html`<hled-metric lang="en" metric="e3-institutions" src="/no/such.json"></hled-metric>`);
    el.src = REPORT_URL;
    await el.updateComplete;
    expect(part(el, 'value').textContent).to.equal('4');
  });

  it('passes axe with its error message shown, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      const { el } = await showFailing(html`<hled-metric lang=${lang} metric="nope"></hled-metric>`);
      expect(part(el, 'error').textContent).to.contain(lang === 'en' ? 'There is no figure “nope”' : 'No hay ninguna cifra “nope”');
      await expect(el).to.be.accessible();
    }
  });

  it('a src on a server that cannot be reached: message and hled-error "network"', async () => {
    // Port 9 (discard) is closed on the test machine: the connection is refused at once.
    const { el, errors, events } = await showFailing(html`<hled-metric lang="es" metric="e3-students" src="http://127.0.0.1:9/report.json"></hled-metric>`);
    expect(part(el, 'error').textContent).to.contain('No se pudo cargar el informe del DEAN');
    expect(errors.join('\n')).to.contain('http://127.0.0.1:9/report.json');
    expect(events.map((e) => e.code)).to.deep.equal(['network']);
  });

  it('refuses a src whose report id is not the one asked for with report=', async () => {
    const { el, errors, events } = await showFailing(html`<hled-metric lang="en" metric="e3-students" src=${REPORT_URL} report="hled-2024-01-01"></hled-metric>`);
    expect(part(el, 'error').textContent).to.contain('This HLED report is not available');
    expect(errors.join('\n')).to.contain(`holds report "${REPORT}", not "hled-2024-01-01"`);
    expect(events.map((e) => e.code)).to.deep.equal(['unknown-report']);
    expect(el.shadowRoot!.querySelector('[part~="value"]')).to.equal(null);
  });

  it('never shows an older src answer: neither after the newer one, nor while the newer one is on its way', async () => {
    const el = document.createElement('hled-metric');
    const seen: string[] = [];
    Object.assign(el, { lang: 'en', metric: 'e3-students', src: '/__test/delayed.json?ms=200&mark=older' });
    document.body.append(el);
    const observer = new MutationObserver(() => {
      const label = el.shadowRoot?.querySelector('[part~="label"]')?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await new Promise((r) => setTimeout(r, 20));
      // Asked for after the first, answered after it too.
      el.src = '/__test/delayed.json?ms=600&mark=newer';
      await el.updateComplete;
      expect(seen).to.deep.equal(['students (newer)']);
      // And a fast answer asked for last wins over a slow one still on its way.
      el.src = '/__test/delayed.json?ms=700&mark=slow';
      await new Promise((r) => setTimeout(r, 20));
      el.src = '/__test/delayed.json?ms=10&mark=fast';
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 900));
      await el.updateComplete;
      expect(seen).to.deep.equal(['students (newer)', 'students (fast)']);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('reports a problem once: re-renders of an element in error log and fire nothing more', async () => {
    const { el, errors, events } = await showFailing(html`<hled-metric lang="en" metric="no-such-id"></hled-metric>`);
    const { errors: later } = await capturingErrors(async () => {
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      await new Promise((r) => setTimeout(r));
    });
    expect(errors).to.have.length(1);
    expect(later).to.deep.equal([]);
    expect(events).to.have.length(1);
    expect(part(el, 'error')).to.exist;
  });

  it('an element added after a failed fetch of the same src tries again, and shows the report', async () => {
    // A key of its own: the test server is shared by every browser and run.
    const url = `/__test/flaky?key=${Math.random()}`;
    const { el: first, events } = await showFailing(html`<hled-metric lang="en" metric="e3-courses" src=${url}></hled-metric>`);
    expect(events.map((e) => e.code)).to.deep.equal(['http']);
    expect(part(first, 'error')).to.exist;
    const second = await show<HledMetric>(html`<hled-metric lang="en" metric="e3-courses" src=${url}></hled-metric>`);
    expect(part(second, 'value').textContent).to.equal('3');
  });

  it('hled-error reaches a listener on document from inside another component\'s shadow root', async () => {
    class ErrorHost extends HTMLElement {
      constructor() {
        super();
        const m = document.createElement('hled-metric');
        m.setAttribute('metric', 'no-such-metric');
        this.attachShadow({ mode: 'open' }).append(m);
      }
    }
    if (!customElements.get('error-host')) customElements.define('error-host', ErrorHost);
    const heard: { code: string; target: string }[] = [];
    const listener = (e: Event) => heard.push({ code: (e as CustomEvent<ErrorDetail>).detail.code, target: (e.target as Element).localName });
    document.addEventListener('hled-error', listener);
    try {
      await capturingErrors(async () => {
        const host = await fixture(html`<error-host></error-host>`);
        await (host.shadowRoot!.firstElementChild as HledMetric).updateComplete;
        await new Promise((r) => setTimeout(r));
      });
      // Retargeted at the shadow host, as events crossing a shadow boundary are.
      expect(heard).to.deep.equal([{ code: 'unknown-id', target: 'error-host' }]);
    } finally {
      document.removeEventListener('hled-error', listener);
    }
  });
});
