#!/usr/bin/env node
// Writes the API tables of README.md (between `<!-- api:start -->` and `<!-- api:end -->`) from
// custom-elements.json, which `npm run manifest` generates from the elements' JSDoc. With
// `--check` it writes nothing and fails when README.md is not what it would write (npm test runs
// that), so the README cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const check = process.argv.includes('--check');

/** The order of src/elements.json, the one list of elements. */
const ORDER = JSON.parse(readFileSync('src/elements.json', 'utf8')).elements.map((e) => e.tag);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));

const cell = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => (s === undefined || s === '' ? '' : `\`${String(s).replace(/\s*\n\s*/g, ' ').replace(/`/g, '').trim()}\``);
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''].join('\n') : '';

const out = ['_Generated from `custom-elements.json` by `node scripts/readme-api.mjs`; do not edit by hand._', ''];
for (const el of elements) {
  const members = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const withAttribute = members.filter((m) => m.attribute);
  const propertyOnly = members.filter((m) => !m.attribute);
  out.push(`### \`<${el.tagName}>\``, '', el.summary ?? '', '');
  out.push('**Attributes**', '');
  out.push(table(['attribute', 'property', 'type', 'default', 'description'], withAttribute.map((m) => [code(m.attribute), code(m.name), code(m.type?.text), code(m.default), m.description])));
  if (propertyOnly.length) {
    out.push('**Properties (no attribute)**', '');
    out.push(table(['property', 'type', 'default', 'description'], propertyOnly.map((m) => [code(m.name), code(m.type?.text), code(m.default), m.description])));
  }
  out.push('**Events**', '');
  out.push(table(['event', 'type', 'description'], (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description])));
  out.push('**CSS custom properties**', '');
  out.push(table(['property', 'description'], (el.cssProperties ?? []).map((p) => [code(p.name), p.description])));
  out.push('**Parts** (style with `::part()`)', '');
  out.push(table(['part', 'description'], (el.cssParts ?? []).map((p) => [code(p.name), p.description])));
}
const generated = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();

const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  console.error(`README.md has no ${START} … ${END} section.`);
  process.exit(1);
}
const next = `${readme.slice(0, from + START.length)}\n${generated}\n${readme.slice(to)}`;
if (check) {
  if (next !== readme) {
    console.error('README.md: the API tables are not those of custom-elements.json. Run `npm run manifest && node scripts/readme-api.mjs`.');
    process.exit(1);
  }
  console.log(`README.md API tables match custom-elements.json (${elements.length} elements).`);
} else {
  writeFileSync('README.md', next);
  console.log(`README.md: API tables of ${elements.map((e) => `<${e.tagName}>`).join(', ')} written.`);
}
