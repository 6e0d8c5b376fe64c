#!/usr/bin/env node
// `npm run mutate`: do the tests catch real bugs? Plants each bug of tests/mutations.mjs, one at a
// time, in a scratch copy of the working tree (node_modules linked, not copied), runs the test files
// listed for it, and expects them to fail. Prints each result and the kill rate; exits 1 if a
// mutation survives that is not in ACCEPTED below, or if one no longer applies to the code.
//
// Not part of `npm test` (slow: 17.7 min for 22 mutations on two shared cores): run it after
// changing tests or the code they guard.
// Options: --only=<id>[,<id>…] to run some mutations; --keep to leave the scratch copy for a look.
// Everything runs in Mexico City's time zone (UTC−6), where readers are, unless TZ says otherwise: the
// build formats dates too, and a date formatted in the local zone instead of the report's calendar
// day shows the day before west of UTC, which a machine in UTC would never see.
process.env.TZ ??= 'America/Mexico_City';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATIONS } from '../tests/mutations.mjs';
import { scratchCopy } from './scratch.mjs';

/** Mutations we let survive, with the reason (see TESTING.md). */
const ACCEPTED = new Map([]);

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const keep = process.argv.includes('--keep');
const list = MUTATIONS.filter((m) => !only || only.includes(m.id));

const scratch = scratchCopy('hled-mutate-');

/** Runs the tests of one mutation in the scratch copy; true when they fail (the bug is caught). */
function caught(tests) {
  const node = tests.filter((t) => t.startsWith('tests/node/'));
  const dist = tests.filter((t) => t.startsWith('tests/dist/'));
  const browser = tests.filter((t) => !node.includes(t) && !dist.includes(t));
  const env = { ...process.env, HLED_FIREFOX: '0', HLED_WEBKIT: '0', HLED_SUMMARY_FILE: join(scratch, 'summary.json') };
  const opts = { cwd: scratch, env, stdio: 'ignore' };
  let failed = false;
  // src/generated/ (data views, words, figures formatted at build time) from the mutated sources.
  if (spawnSync('node', ['scripts/generate.mjs'], opts).status !== 0) return true;
  if (browser.length) failed ||= spawnSync('npx', ['wtr', '--files', ...browser], opts).status !== 0;
  if ((node.length || dist.length) && !failed) {
    // The Node tests and tests/dist/ read the built package: build it from the mutated sources first.
    if (spawnSync('npm', ['run', '--silent', 'build'], opts).status !== 0) return true;
    if (node.length) failed ||= spawnSync('node', ['--test', ...node], opts).status !== 0;
    if (dist.length && !failed) failed ||= spawnSync('npx', ['wtr', '--config', 'web-test-runner.dist.config.mjs', '--files', ...dist], opts).status !== 0;
  }
  return failed;
}

const started = Date.now();
const rows = [];
let problems = 0;
for (const m of list) {
  const path = join(scratch, m.file);
  const original = readFileSync(path, 'utf8');
  let code = original;
  let stale;
  for (const [from, to] of m.edits) {
    const n = code.split(from).length - 1;
    if (n !== 1) {
      stale = `expected the text to mutate once in ${m.file}, found it ${n} times: ${from.slice(0, 60)}`;
      break;
    }
    code = code.replace(from, () => to);
  }
  if (stale) {
    rows.push({ id: m.id, result: 'NO LONGER APPLIES', note: stale });
    problems++;
    continue;
  }
  writeFileSync(path, code);
  const t = Date.now();
  const killed = caught(m.tests);
  writeFileSync(path, original);
  const secs = ((Date.now() - t) / 1000).toFixed(0);
  const accepted = ACCEPTED.get(m.id);
  if (!killed && !accepted) problems++;
  rows.push({ id: m.id, result: killed ? 'killed' : accepted ? 'survived (accepted)' : 'SURVIVED', note: `${m.why} — ${m.tests.join(', ')} (${secs} s)` });
  console.log(`${killed ? '✔ killed  ' : '✖ SURVIVED'} ${m.id}: ${m.why} (${secs} s)`);
}

const killed = rows.filter((r) => r.result === 'killed').length;
const applied = rows.filter((r) => r.result !== 'NO LONGER APPLIES').length;
console.log(`\n${'mutation'.padEnd(40)} result`);
for (const r of rows) console.log(`${r.id.padEnd(40)} ${r.result}${r.result === 'killed' ? '' : ` — ${r.note}`}`);
console.log(`\nKill rate: ${killed} of ${applied} (${applied ? Math.round((100 * killed) / applied) : 0} %) in ${((Date.now() - started) / 60000).toFixed(1)} min.`);
if (keep) console.log(`Scratch copy kept: ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
process.exit(problems ? 1 : 0);
