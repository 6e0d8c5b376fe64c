/**
 * The frame page, `dist/embed.html`, as a CMS that takes only an `<iframe>` shows it: framed by a
 * host page on another origin (`localhost` frames `127.0.0.1`, or the other way round), sized by
 * `dist/hled-embed.js`. Runs in Chromium, Firefox and WebKit. What only a same-origin parent can
 * read (the frame's text, title, requests; axe) is read from a twin frame of the same address.
 */
import { expect } from '@open-wc/testing';

const OTHER_HOST = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
/** The frame page on another origin than this test page, as a host page frames it. */
const CROSS = `${location.protocol}//${OTHER_HOST}:${location.port}/dist/embed.html`;
/** The same page on this test page's origin, whose document this page can read. */
const SAME = '/dist/embed.html';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; caption?: string };

/** Every height a frame posted, with the window that posted it. */
const posted: { source: MessageEventSource | null; height: number }[] = [];
addEventListener('message', (event) => {
  if (event.data?.type === 'hled-embed:resize') posted.push({ source: event.source, height: event.data.height });
});

const frames: HTMLIFrameElement[] = [];

/** A frame of `src`, `width` px wide, with the snippet's attributes; resolves once it has loaded. */
async function frame(src: string, width = 375): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.src = src;
  f.title = 'HLED';
  f.width = String(width);
  f.height = '150';
  f.style.border = '0';
  f.style.display = 'block';
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  document.body.append(f);
  frames.push(f);
  await loaded;
  return f;
}

/** Waits for `check`; on a timeout, says what it waited for and, from `state`, what it saw. */
async function until(check: () => boolean, what: string, state: () => unknown = () => '', ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The widget of a same-origin frame, once it shows its content. */
async function widgetOf(f: HTMLIFrameElement): Promise<Widget> {
  const win = f.contentWindow as Window & typeof globalThis;
  const find = () => [...(win.document.querySelector('main')?.children ?? [])].find((e) => e.localName.startsWith('hled-')) as Widget | undefined;
  await until(() => !!find(), 'the frame to add its element', () => win.document.body?.innerHTML);
  const el = find()!;
  await win.customElements.whenDefined(el.localName);
  await el.updateComplete;
  return el;
}

const contentHeight = (f: HTMLIFrameElement) => Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height);
const lastPosted = (f: HTMLIFrameElement) => posted.filter((p) => p.source === f.contentWindow).at(-1)?.height;
const frameHeight = (f: HTMLIFrameElement) => f.getBoundingClientRect().height;

before(async () => {
  // As a host page pastes it: a classic script.
  const script = document.createElement('script');
  script.src = '/dist/hled-embed.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  document.head.append(script);
  await loaded;
});

afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

describe('dist/embed.html framed by a host page with dist/hled-embed.js', function () {
  // Each frame loads its files over the test server's slow dist/cdn/ (150 ms a file).
  this.timeout(30000);
  const figure = '?element=hled-metric&metric=usaid-investments&lang=es&theme=gob-mx';

  it('shows a Spanish figure from another origin, and the host script sizes the frame to its content', async () => {
    const cross = await frame(`${CROSS}${figure}`);
    const twin = await frame(`${SAME}${figure}`);
    const el = await widgetOf(twin);
    const doc = twin.contentDocument!;
    expect(doc.documentElement.lang).to.equal('es');
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal('US$18.8 millones');
    expect(doc.title).to.equal('US$18.8 millones en nuevas inversiones en pequeñas empresas del sur de México — Informe de avances del DEAN');
    // The theme's colours: gob.mx's guinda for the figure.
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="value"]')!).color).to.equal('rgb(157, 36, 73)');
    // No margin, no background of its own, the element at the frame's full width.
    expect(getComputedStyle(doc.body).margin).to.equal('0px');
    expect(getComputedStyle(doc.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(doc.documentElement).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(el.getBoundingClientRect().width).to.equal(doc.documentElement.clientWidth);
    // The cross-origin frame posts the height of the same content, and the host script takes it.
    const height = contentHeight(twin);
    expect(height).to.be.greaterThan(150);
    await until(
      () => lastPosted(cross) === height && frameHeight(cross) === height,
      `the frame from ${OTHER_HOST} to be ${height} px tall`,
      () => ({ posted: posted.filter((p) => p.source === cross.contentWindow).map((p) => p.height), frame: frameHeight(cross), twin: contentHeight(twin) }),
    );
    expect(cross.style.height).to.equal(`${height}px`);
  });

  it('follows a disclosure opening: the frame grows to its new content height', async () => {
    const f = await frame(`${SAME}${figure}`);
    const el = await widgetOf(f);
    const before = contentHeight(f);
    await until(() => frameHeight(f) === before, 'the first height', () => [frameHeight(f), contentHeight(f)]);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="source"] summary')!.click();
    await until(() => contentHeight(f) > before, 'the disclosure to open');
    const after = contentHeight(f);
    await until(() => frameHeight(f) === after, `the frame to grow from ${before} to ${after} px`, () => [frameHeight(f), contentHeight(f)]);
  });

  it('sizes two frames on one page independently, each to the height it posts', async () => {
    const metric = await frame(`${CROSS}?element=hled-metric&metric=mdrc-trainees&lang=en`);
    const pillar = await frame(`${CROSS}?element=hled-pillar&pillar=3&lang=es`);
    const state = () => ({ metric: [lastPosted(metric), frameHeight(metric)], pillar: [lastPosted(pillar), frameHeight(pillar)] });
    await until(() => (lastPosted(pillar) ?? 0) > 500 && (lastPosted(metric) ?? 0) > 150, 'both frames to post their content', state);
    await until(() => frameHeight(metric) === lastPosted(metric) && frameHeight(pillar) === lastPosted(pillar), 'each frame at its own height', state);
    // A figure's card against a whole pillar: each frame took its own height, not the other's.
    expect(frameHeight(pillar)).to.be.greaterThan(3 * frameHeight(metric));
  });

  it('ignores other messages: a message without the frame page’s shape, or from no frame of the page', async () => {
    const f = await frame(`${SAME}${figure}`);
    await widgetOf(f);
    const height = contentHeight(f);
    await until(() => frameHeight(f) === height, 'the frame at its height', () => [frameHeight(f), height]);
    // Posted by this page itself: its source is no frame's window.
    postMessage({ type: 'hled-embed:resize', height: 5000 }, '*');
    // Posted by the frame, but not the frame page's message.
    f.contentWindow!.parent.postMessage({ type: 'resize', height: 5000 }, '*');
    f.contentWindow!.parent.postMessage({ type: 'hled-embed:resize', height: 'tall' }, '*');
    await new Promise((r) => setTimeout(r, 200));
    expect(frameHeight(f)).to.equal(height);
  });
});

describe('dist/embed.html refuses what it does not show', function () {
  this.timeout(30000);
  // [address, the part refused, the reason shown, the page's language]
  const cases: [string, string, string][] = [
    ['element=script&lang=es', 'element=script', 'no hay ningún contenido del DEAN con este nombre'],
    ['element=div&onclick=alert(1)', 'element=div', 'there is no HLED widget by this name'],
    ['element=hled-metric&metric=usaid-investments&onclick=alert(1)', 'onclick=alert(1)', 'this widget has no such setting'],
    ['element=hled-metric&metric=usaid-investments&style=display:none&lang=es', 'style=display:none', 'este contenido no tiene esa opción'],
    ['element=hled-report&src=https://example.org/report.json', 'src=https://example.org/report.json', 'a frame shows only the reports published with it, never a file from another address'],
    ['element=hled-metric&metric=usaid-investments&theme=dark&lang=es-MX', 'theme=dark', 'no hay ningún tema con este nombre'],
    ['element=hled-metric&metric=usaid-investments&lang=fr', 'lang=fr', 'the widgets do not speak this language'],
  ];
  for (const [address, part, reason] of cases) {
    it(`refuses ${part} (${address}): says why in the page's language, loads and shows no widget`, async () => {
      const f = await frame(`${SAME}?${address}`);
      const doc = f.contentDocument!;
      const win = f.contentWindow as Window & typeof globalThis;
      await until(() => !!doc.querySelector('.refused'), 'the refusal');
      const box = doc.querySelector('.refused')!;
      expect(box.getAttribute('role')).to.equal('alert');
      const items = [...box.querySelectorAll('li')].map((li) => li.textContent);
      expect(items).to.include(`${part}: ${reason}`);
      const spanish = /lang=es/.test(address);
      expect(box.querySelector('p')!.textContent).to.equal(
        spanish ? 'Este contenido del DEAN no se puede mostrar: su dirección tiene un problema.' : 'This HLED widget cannot be shown: its address has a problem.',
      );
      expect(doc.documentElement.lang).to.equal(spanish ? address.split('lang=')[1] : 'en');
      // Nothing shown, nothing run, nothing fetched but the page and its one script.
      // (The test server adds its own script to every page it serves: /__web-dev-server__web-socket.js.)
      const ours = (url: string) => !new URL(url, location.href).pathname.startsWith('/__web-dev-server');
      expect([...doc.body.children].filter((e) => e.localName !== 'script' || ours((e as HTMLScriptElement).src)).map((e) => e.localName)).to.deep.equal(['noscript', 'main']);
      expect([...doc.querySelector('main')!.children].map((e) => e.localName)).to.deep.equal(['h1', 'div']);
      expect([...doc.scripts].filter((e) => ours(e.src)).map((e) => new URL(e.src).pathname)).to.deep.equal(['/dist/embed-frame.js']);
      expect(win.customElements.get('hled-metric') ?? win.customElements.get('hled-report')).to.equal(undefined);
      await new Promise((r) => setTimeout(r, 100));
      const fetched = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => !p.startsWith('/__web-dev-server'));
      expect(fetched).to.deep.equal(['/dist/embed-frame.js']);
    });
  }
});

describe('dist/embed.html: links, language, accessibility, CSP', function () {
  this.timeout(60000);
  it('"Copy link" in a frame copies the frame page’s own address, which opens that figure', async () => {
    const f = await frame(`${SAME}?element=hled-metric&metric=usaid-investments&lang=en`);
    const el = await widgetOf(f);
    let copied = '';
    Object.defineProperty(f.contentWindow!.navigator, 'clipboard', { value: { writeText: async (text: string) => void (copied = text) }, configurable: true });
    el.shadowRoot!.querySelector<HTMLElement>('[part~="copy-link"]')!.click();
    await until(() => copied !== '', 'the copy');
    expect(copied).to.equal(`${location.origin}/dist/embed.html?element=hled-metric&metric=usaid-investments&lang=en#hled-usaid-investments`);
    // Opened, that address brings the figure into view and marks it.
    const opened = await frame(copied);
    const shown = await widgetOf(opened);
    await until(() => !!shown.shadowRoot!.querySelector('#hled-usaid-investments[data-target]'), 'the figure marked as the target');
  });

  it('a pillar in English: its title says what it shows, its headings start at heading-level', async () => {
    const f = await frame(`${SAME}?element=hled-pillar&pillar=2&heading-level=3&lang=en`);
    const el = await widgetOf(f);
    expect(f.contentDocument!.title).to.equal('Pillar II: Promoting Sustainable Economic and Social Development in Southern Mexico and Central America — HLED progress report');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h3');
  });

  for (const lang of ['en', 'es']) {
    it(`axe finds nothing on frame pages in ${lang === 'en' ? 'English' : 'Spanish'} (a figure, a pillar, a refusal)`, async () => {
      for (const address of [`element=hled-metric&metric=usaid-farmers-supported&lang=${lang}`, `element=hled-pillar&pillar=4&lang=${lang}&theme=trade-gov`, `element=nope&lang=${lang}`]) {
        const f = await frame(`${SAME}?${address}`);
        if (!address.startsWith('element=nope')) await widgetOf(f);
        else await until(() => !!f.contentDocument!.querySelector('.refused'), 'the refusal');
        const win = f.contentWindow as Window & typeof globalThis & { axe?: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
        const script = win.document.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
        win.document.head.append(script);
        await loaded;
        const { violations } = await win.axe!.run();
        expect(violations.map((v) => `${v.id} (${v.nodes.length})`), address).to.deep.equal([]);
      }
    });
  }

  it('works under a strict Content-Security-Policy with Trusted Types: no violation reported', async () => {
    await fetch('/__test/csp-reports?clear');
    // The check that reports arrive at all: a page with an inline script.
    await frame('/__csp/__test/violation.html');
    let reports: string[] = [];
    const end = Date.now() + 5000;
    while (!reports.length && Date.now() < end) {
      reports = await (await fetch('/__test/csp-reports')).json();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(reports.length, 'the inline script of the control page was reported').to.be.greaterThan(0);
    await fetch('/__test/csp-reports?clear');
    for (const address of ['element=hled-metric&metric=usaid-investments&lang=es&theme=gob-mx', 'element=hled-pillar&pillar=1&lang=en', 'element=hled-report&src=x.json']) {
      const f = await frame(`/__csp/dist/embed.html?${address}`);
      if (address.includes('src=')) await until(() => !!f.contentDocument!.querySelector('.refused'), 'the refusal');
      else await widgetOf(f);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await (await fetch('/__test/csp-reports')).json()).to.deep.equal([]);
  });
});
