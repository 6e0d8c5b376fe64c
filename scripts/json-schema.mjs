#!/usr/bin/env node
// Writes data/report.schema.json, the JSON Schema of a report file, from the one valibot schema
// (src/data/schema.ts, via reportJsonSchema() in src/data/json-schema.ts). That module is
// TypeScript, so it is bundled with the project's esbuild into a temporary ES module first.
// tests/json-schema.test.ts fails when the committed file is out of date; run this to update it:
//   node scripts/json-schema.mjs
// `--check` writes nothing and exits 1 if the file differs from what the schema generates.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const OUT = 'data/report.schema.json';
const check = process.argv.includes('--check');

const dir = mkdtempSync(join(tmpdir(), 'hled-json-schema-'));
try {
  const bundle = join(dir, 'json-schema.mjs');
  execFileSync(
    resolve('node_modules/.bin/esbuild'),
    ['src/data/json-schema.ts', '--bundle', '--platform=node', '--format=esm', '--log-level=warning', `--outfile=${bundle}`],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const { reportJsonSchema } = await import(pathToFileURL(bundle).href);
  const text = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
  const before = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (check) {
    if (before !== text) {
      console.error(`${OUT} is out of date with src/data/schema.ts: run node scripts/json-schema.mjs and commit it.`);
      process.exitCode = 1;
    } else {
      console.log(`${OUT} is up to date.`);
    }
  } else {
    writeFileSync(OUT, text);
    console.log(`${OUT} ${before === text ? 'unchanged' : 'written'}.`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
