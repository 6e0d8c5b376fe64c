// A UI language is one entry in src/core/languages.ts and one XLIFF file: in a scratch copy of the
// project, French added that way (its strings stand-ins, marked "[fr]") gets its UI strings, views
// of the report (whose texts have no French, so English, marked lang="en") and figures formatted
// the French way, with nothing else edited. `npm run i18n` then checks the new file like the others.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scratchCopy } from '../../scripts/scratch.mjs';

let dir;

before(() => {
  dir = scratchCopy('hled-new-language-');
  const languages = join(dir, 'src/core/languages.ts');
  writeFileSync(languages, readFileSync(languages, 'utf8').replace("{ code: 'es', intl: 'es-MX' },", "{ code: 'es', intl: 'es-MX' },\n  { code: 'fr', intl: 'fr-FR' },"));
  const es = readFileSync(join(dir, 'xliff/es.xlf'), 'utf8');
  writeFileSync(join(dir, 'xliff/fr.xlf'), es.replace('target-language="es"', 'target-language="fr"').replace(/<target>/g, '<target>[fr] '));
  execFileSync('node', ['scripts/generate.mjs'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['vite', 'build', '--mode', 'ssr', '--logLevel', 'error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('a new UI language, added as one list entry and one XLIFF file', () => {
  it('renders its words and its own figure conventions, with the report’s English marked as such', async () => {
    const { renderToString } = await import(pathToFileURL(join(dir, 'dist/ssr.js')).href);
    const out = await renderToString('<hled-metric lang="fr" metric="usaid-farmers-supported"></hled-metric>');
    // "over 25,800" in the stand-in French words, with French digit grouping (a no-break space).
    assert.match(out, /part="value">(?:<!--[^>]*-->)?\[fr\] más de 25\s800/);
    assert.match(out, /\[fr\] Pilar II/);
    assert.match(out, /<span lang="en">(?:<!--[^>]*-->)?smallholder farmers/);
  });

  it('is held to a complete translation by npm run i18n', () => {
    const xlf = join(dir, 'xliff/fr.xlf');
    writeFileSync(xlf, readFileSync(xlf, 'utf8').replace(/<target>[^<]*Fuente<\/target>/, ''));
    const r = spawnSync('node', ['scripts/i18n.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Missing translations in xliff\/fr\.xlf for: source/);
  });
});
