#!/usr/bin/env node
// UI strings: extract every msg() into xliff/es.xlf, require a Spanish <target> for each, then
// build src/generated/locales/. lit-localize only warns on a missing translation (exit 0), so this
// is where an untranslated string stops the tests. `--check` additionally fails if extraction
// changed the XLIFF (a msg() added or changed without updating the translations in the commit).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const xlf = 'xliff/es.xlf';
const before = readFileSync(xlf, 'utf8');
execFileSync('npx', ['lit-localize', 'extract'], { stdio: ['ignore', 'ignore', 'inherit'] });
const after = readFileSync(xlf, 'utf8');

const missing = [];
for (const [, id, body] of after.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
  const target = /<target>([\s\S]*?)<\/target>/.exec(body);
  if (!target || !target[1].trim()) missing.push(id);
}
if (missing.length) {
  console.error(`Missing Spanish translations in ${xlf} for: ${missing.join(', ')}`);
  process.exit(1);
}
execFileSync('npx', ['lit-localize', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (check && before !== after) {
  console.error(`${xlf} was out of date with the msg() calls in src/; it is now updated: review and commit it.`);
  process.exit(1);
}
console.log(`All ${after.match(/<trans-unit /g)?.length ?? 0} UI strings have a Spanish translation.`);
