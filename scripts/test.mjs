#!/usr/bin/env node
// `npm test`: every check a change must pass, in order, stopping at the first failure:
// translations complete → type check → lint → browser tests → production build (+ npm package
// contents, size budgets) → tests of the built package → Storybook build. The last line is always
// `N passed, N failed, N skipped` (browser tests in every browser, plus one failure for a step that
// failed), which is what CI reads. Above it, one line for each browser group that did not run
// (Firefox ESR or WebKit missing, or turned off).
// Everything runs in Mexico City's time zone (UTC−6), where readers are, unless TZ says otherwise: the
// build formats dates too, and a date formatted in the local zone instead of the report's calendar
// day shows the day before west of UTC, which a machine in UTC would never see.
process.env.TZ ??= 'America/Mexico_City';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './browsers.mjs';

const started = Date.now();
let counts = { passed: 0, failed: 0, skipped: 0 };
const notes = new Set(); // browser groups that did not run, from the summary reporter

function finish(code) {
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nnpm test ${code === 0 ? 'passed' : 'FAILED'} in ${secs} s`);
  for (const note of notes) console.log(note);
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(code);
}

function run(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✖ ${name} failed (exit ${r.status ?? r.signal}).`);
    return false;
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return true;
}

function ensureChromium() {
  if (findChrome()) return true;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get (one time, ~30 s)…');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (!run('apt-get update', 'apt-get', ['update', '-qq'], env)) return false;
    if (!run('install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], env)) return false;
    return Boolean(findChrome());
  }
  console.error(
    'The browser tests need Chromium or Chrome, and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  macOS: install Google Chrome\n' +
      '  Or point CHROME_PATH at a Chromium/Chrome binary.',
  );
  return false;
}

/** Runs @web/test-runner and adds its counts (read from the summary reporter) to the total. */
function runTests(name, args) {
  const dir = mkdtempSync(join(tmpdir(), 'hled-wtr-'));
  const file = join(dir, 'summary.json');
  const ok = run(name, 'npx', ['wtr', ...args], { HLED_SUMMARY_FILE: file });
  let failed = ok ? 0 : 1;
  if (existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += c.passed;
    counts.skipped += c.skipped;
    for (const note of c.notes ?? []) notes.add(note);
    failed = Math.max(c.failed, failed);
  }
  counts.failed += failed;
  rmSync(dir, { recursive: true, force: true });
  return ok && failed === 0;
}

/** Runs the Node tests (tests/node/, node:test) and adds their counts to the total. */
function runNodeTests(name, dir) {
  const tmp = mkdtempSync(join(tmpdir(), 'hled-node-'));
  const file = join(tmp, 'summary.json');
  const args = ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./scripts/node-test-summary.mjs', `--test-reporter-destination=${file}`, dir];
  const ok = run(name, 'node', args);
  let failed = ok ? 0 : 1;
  if (existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += c.passed;
    counts.skipped += c.skipped;
    failed = Math.max(c.failed, failed);
  }
  counts.failed += failed;
  rmSync(tmp, { recursive: true, force: true });
  return ok && failed === 0;
}

const steps = [
  () => run('translations', 'node', ['scripts/i18n.mjs', '--check']),
  () => run('element manifest', 'npm', ['run', '--silent', 'manifest']),
  () => run('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']),
  () => run('lint', 'npx', ['eslint', '.', '--max-warnings=0']),
  () => ensureChromium(),
  () => runTests('browser tests', []),
  () => run('build', 'npm', ['run', '--silent', 'build']),
  () => run('npm package contents', 'node', ['scripts/check-package.mjs']),
  () => runNodeTests('static renderer and CLI (Node)', 'tests/node/'),
  () => run('size budgets', 'npx', ['size-limit']),
  () => runTests('built package and example pages', ['--config', 'web-test-runner.dist.config.mjs']),
  () => run('storybook build', 'npm', ['run', '--silent', 'build-storybook']),
  () => run('storybook dev server (npm start)', 'node', ['scripts/storybook-smoke.mjs']),
];

for (const step of steps) {
  if (!step()) {
    if (counts.failed === 0) counts.failed = 1; // a failed step that is not a test run
    finish(1);
  }
}
finish(0);
