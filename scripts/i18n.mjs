#!/usr/bin/env node
// `npm run i18n`: UI strings. Extracts every msg() of src/ into xliff/<lang>.xlf for each language of
// src/core/languages.ts but English (a new language gets its file here, every string to
// translate), requires a <target> for each, then rebuilds src/generated/ (scripts/generate.mjs).
// lit-localize only warns on a missing translation (exit 0), so this is where an untranslated
// string stops the tests. `--check` also fails if extraction changed a file (a msg() added or
// changed without the translations updated in the same commit).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const config = resolve(root, 'node_modules/.cache/hled-widgets/lit-localize.json');

// The lit-localize configuration is written from languages.ts by the generator.
execFileSync('node', ['scripts/generate.mjs', '--config-only'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const { targetLocales } = JSON.parse(readFileSync(config, 'utf8'));
const read = (lang) => (existsSync(resolve(root, `xliff/${lang}.xlf`)) ? readFileSync(resolve(root, `xliff/${lang}.xlf`), 'utf8') : '');
const before = Object.fromEntries(targetLocales.map((l) => [l, read(l)]));
execFileSync('npx', ['lit-localize', 'extract', `--config=${config}`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

let failed = false;
for (const lang of targetLocales) {
  const after = read(lang);
  const missing = [];
  for (const [, id, body] of after.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target>([\s\S]*?)<\/target>/.exec(body);
    if (!target || !target[1].trim()) missing.push(id);
  }
  if (missing.length) {
    console.error(`Missing translations in xliff/${lang}.xlf for: ${missing.join(', ')}`);
    failed = true;
  } else if (check && before[lang] !== after) {
    console.error(`xliff/${lang}.xlf was out of date with the msg() calls in src/; it is now updated: review and commit it.`);
    failed = true;
  } else {
    console.log(`All ${after.match(/<trans-unit /g)?.length ?? 0} UI strings have a translation in xliff/${lang}.xlf.`);
  }
}
if (failed) process.exit(1);
execFileSync('node', ['scripts/generate.mjs'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
