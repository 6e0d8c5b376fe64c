// Issue 6's in-page measures, kept from the previous bench, now on a script-tag page (the loader
// defines each element as the lab inserts it): first render of a 1,000-event <hled-timeline> and
// of 100 <hled-metric>, the language switch of a whole <hled-report>, and the heap after
// mount/unmount cycles of every element of src/elements.json. Data is loaded before timing.
import { readFileSync, writeFileSync } from 'node:fs';
import { newPage } from './browser.mjs';
import { ELEMENTS, REPORT, markupOf, page } from './pages.mjs';

/** The report with `n` generated events (valid: unique ids, real pillars, ISO dates). */
function reportWithEvents(n) {
  const report = JSON.parse(readFileSync(`data/reports/${REPORT}.json`, 'utf8'));
  const base = report.events;
  const extra = [];
  for (let i = 0; extra.length + base.length < n; i++) {
    const e = base[i % base.length];
    const y = 2000 + (i % 24);
    const m = String(1 + (i % 12)).padStart(2, '0');
    const d = String(1 + (i % 28)).padStart(2, '0');
    const copy = { ...e, id: `generated-event-${i}`, date: i % 3 === 0 ? `${y}-${m}` : `${y}-${m}-${d}` };
    delete copy.end; // a plain date: a range or season would need to match it
    delete copy.season;
    delete copy.part;
    extra.push(copy);
  }
  report.events = [...base, ...extra];
  return report;
}

/** The sizes of the long-list rows: ours against a plain <ol> of the same dates, titles and status words. */
export const LIST_SIZES = [100, 1000, 5000];

export function writeLab(site) {
  writeFileSync(`${site}/lab.html`, page('en', '<script type="module" src="./hled-widgets.js"></script>', ''));
  for (const n of new Set([1000, ...LIST_SIZES])) writeFileSync(`${site}/timeline-${n}.json`, JSON.stringify(reportWithEvents(n)));
}

/**
 * Long lists (issue 20): a `<hled-timeline>` of n events against the floor, a plain `<ol>` of the
 * same n dates, titles and status words (the texts the element rendered) in the light DOM. Each run:
 * insertion → (updateComplete →) forced style and layout → the next frame (a rAF, then a task:
 * the frame has been produced). Runs alternate ours / plain. Data already loaded.
 */
async function longLists(p, runs) {
  return p.evaluate(
    async ({ sizes, runs }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const out = {};
      for (const n of sizes) {
        const el = document.createElement('hled-timeline');
        el.src = `./timeline-${n}.json`;
        document.body.append(el);
        await el.updateComplete;
        const texts = [...el.shadowRoot.querySelectorAll('[part~="event"]')].map((e) =>
          ['date', 'event-title', 'status'].map((part) => e.querySelector(`[part~="${part}"]`).textContent.trim()),
        );
        el.remove();
        const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const plainHtml = `<ol>${texts.map(([d, t, s]) => `<li><time>${esc(d)}</time> ${esc(t)} ${esc(s)}</li>`).join('')}</ol>`;
        const r = { events: texts.length, ours: { update: [], layout: [], frame: [] }, plain: { layout: [], frame: [] } };
        for (let i = 0; i < runs; i++) {
          for (const which of i % 2 ? ['plain', 'ours'] : ['ours', 'plain']) {
            await new Promise((res) => setTimeout(res, 30));
            const host = document.createElement('div');
            const t0 = performance.now();
            if (which === 'ours') {
              const t = document.createElement('hled-timeline');
              t.src = `./timeline-${n}.json`;
              host.append(t);
              document.body.append(host);
              await t.updateComplete;
              r.ours.update.push(performance.now() - t0);
            } else {
              host.innerHTML = plainHtml;
              document.body.append(host);
            }
            void document.body.offsetHeight;
            r[which].layout.push(performance.now() - t0);
            await frame();
            r[which].frame.push(performance.now() - t0);
            host.remove();
          }
        }
        out[n] = r;
      }
      return out;
    },
    { sizes: LIST_SIZES, runs },
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs the lab; resolves to plain figures (ms, bytes) for run.mjs to print. */
export async function lab(base, { runs, cycles }) {
  const { page: p, cdp, errors, close } = await newPage();
  await p.goto(`${base}/lab.html`, { waitUntil: 'load' });
  const mount = `async (markup) => {
    const d = document.createElement('div');
    d.innerHTML = markup;
    document.body.append(d);
    await Promise.all([...d.children].map((el) => customElements.whenDefined(el.localName)));
    await Promise.all([...d.children].map((el) => el.updateComplete));
    return d;
  }`;
  await p.evaluate(`window.__mount = ${mount}`);
  // Preload: every element's code (through the loader), the 1,000-event file (fetched and
  // validated once) and the report's data in both languages.
  await p.evaluate(async (markup) => (await window.__mount(markup)).remove(), [
    ...[...new Set([1000, ...LIST_SIZES])].map((n) => `<hled-timeline src="./timeline-${n}.json"></hled-timeline>`),
    ...['en', 'es'].map((lang) => ELEMENTS.map((e) => markupOf(e).replace(/></, ` lang="${lang}"><`)).join('')),
  ].join(''));

  const render = await p.evaluate(
    async ({ runs }) => {
      const ids = ['usaid-investments', 'mdrc-trainees', 'e3-students'];
      const time = async (build) => {
        const out = { update: [], layout: [] };
        for (let i = 0; i < runs; i++) {
          const host = document.createElement('div');
          const t0 = performance.now();
          const els = build(host);
          document.body.append(host);
          await Promise.all(els.map((el) => el.updateComplete));
          const t1 = performance.now();
          void document.body.offsetHeight; // style and layout of what was rendered
          out.update.push(t1 - t0);
          out.layout.push(performance.now() - t0);
          host.remove();
          await new Promise((r) => setTimeout(r, 20));
        }
        return out;
      };
      const timeline = await time((host) => {
        const el = document.createElement('hled-timeline');
        el.src = './timeline-1000.json';
        host.append(el);
        return [el];
      });
      const el = document.createElement('hled-timeline');
      el.src = './timeline-1000.json';
      document.body.append(el);
      await el.updateComplete;
      const events = el.shadowRoot.querySelectorAll('[part~="event"]').length;
      el.remove();
      const metrics = await time((host) =>
        Array.from({ length: 100 }, (_, i) => {
          const m = document.createElement('hled-metric');
          m.metric = ids[i % ids.length];
          host.append(m);
          return m;
        }),
      );
      return { timeline, metrics, events };
    },
    { runs },
  );

  const lists = await longLists(p, runs);

  const sw = await p.evaluate(
    async ({ runs }) => {
      const el = document.createElement('hled-report');
      el.lang = 'en';
      document.body.append(el);
      await el.updateComplete;
      const out = { update: [], layout: [], spanish: true };
      for (let i = 0; i < runs; i++) {
        await new Promise((r) => setTimeout(r, 20));
        const t0 = performance.now();
        el.setAttribute('lang', 'es');
        await el.updateComplete;
        const t1 = performance.now();
        void document.body.offsetHeight;
        out.update.push(t1 - t0);
        out.layout.push(performance.now() - t0);
        out.spanish &&= el.shadowRoot.querySelector('[lang="es"]') !== null;
        el.setAttribute('lang', 'en');
        await el.updateComplete;
      }
      el.remove();
      return out;
    },
    { runs },
  );

  // Memory: a warm-up, then four batches; heap after forced GC at each step.
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { usedSize, nodes, jsEventListeners };
  };
  const markups = ['en', 'es'].map((lang) => ELEMENTS.map((e) => markupOf(e).replace(/></, ` lang="${lang}"><`)).join(''));
  const cycle = (n) =>
    p.evaluate(
      async ({ n, markups }) => {
        for (let i = 0; i < n; i++) (await window.__mount(markups[i % 2])).remove();
      },
      { n, markups },
    );
  await cycle(cycles);
  const batch = Math.max(1, Math.round(cycles / 2));
  const steps = [await heap()];
  const t0 = Date.now();
  for (let b = 0; b < 4; b++) {
    await cycle(batch);
    steps.push(await heap());
  }
  const msPerCycle = (Date.now() - t0) / (4 * batch);
  await close();
  if (errors.length) throw new Error(`lab page: ${errors.join('; ')}`);
  return {
    events: render.events,
    timeline: { update: median(render.timeline.update), layout: median(render.timeline.layout) },
    metrics: { update: median(render.metrics.update), layout: median(render.metrics.layout) },
    switch: { update: median(sw.update), layout: median(sw.layout), spanish: sw.spanish },
    lists: Object.fromEntries(
      Object.entries(lists).map(([n, r]) => [
        n,
        {
          events: r.events,
          ours: { update: median(r.ours.update), layout: median(r.ours.layout), frame: median(r.ours.frame) },
          plain: { layout: median(r.plain.layout), frame: median(r.plain.frame) },
        },
      ]),
    ),
    memory: { steps, batch, msPerCycle },
  };
}
