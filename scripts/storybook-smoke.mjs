#!/usr/bin/env node
// `npm start` must serve working stories, not only build: Vite's dev server differs from its build
// (JSON imports broke there once while the Storybook build was fine). This starts the dev server
// on a spare port, opens every story in headless Chromium, and fails if an element does not render
// or the console reports an error, other than in the stories that show an error on purpose.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './browsers.mjs';

const PORT = 6106;
const BASE = `http://127.0.0.1:${PORT}`;
const EXPECTED_ERRORS = /--(unknown-id|unknown-pillar|failed-fetch)$/;

const server = spawn('npx', ['storybook', 'dev', '-p', String(PORT), '--host', '127.0.0.1', '--ci', '--no-open', '--quiet'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

let failures = 0;
try {
  let index;
  for (let i = 0; i < 120 && !index; i++) {
    await new Promise((r) => setTimeout(r, 500));
    index = await fetch(`${BASE}/index.json`).then((r) => (r.ok ? r.json() : undefined), () => undefined);
  }
  if (!index) throw new Error(`Storybook dev server did not answer on ${BASE} within 60 s`);
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  const page = await browser.newPage();
  for (const story of stories) {
    const errors = [];
    const onConsole = (m) => m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text()) && errors.push(m.text());
    const onError = (e) => errors.push(String(e));
    page.on('console', onConsole);
    page.on('pageerror', onError);
    await page.goto(`${BASE}/iframe.html?id=${story.id}&viewMode=story`);
    const rendered = await page
      .waitForFunction(
        () => {
          const els = [...document.querySelectorAll('hled-metric, hled-pillar, hled-timeline, hled-report')];
          return els.length > 0 && els.every((el) => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]'));
        },
        null,
        { timeout: 20000 },
      )
      .then(() => true, () => false);
    // Settled: a failing element reports (console, event) once its message has loaded, and that
    // must not spill into the next story's record.
    if (rendered) await page.evaluate(() => Promise.all([...document.querySelectorAll('hled-metric, hled-pillar, hled-timeline, hled-report')].map((el) => el.updateComplete)));
    page.off('console', onConsole);
    page.off('pageerror', onError);
    const expected = EXPECTED_ERRORS.test(story.id);
    const bad = !rendered || (!expected && errors.length > 0);
    if (bad) failures++;
    console.log(`${bad ? '✖' : '✔'} ${story.id}${rendered ? '' : ' (did not render)'}${!expected && errors.length ? `: ${errors[0]}` : ''}`);
  }
  await browser.close();
  console.log(`${stories.length - failures} of ${stories.length} stories render in the dev server.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  failures++;
} finally {
  stop();
}
process.exit(failures ? 1 : 0);
