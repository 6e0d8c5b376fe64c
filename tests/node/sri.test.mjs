// dist/sri.json (scripts/sri.mjs, the last step of `npm run build` before the examples): every hash
// is the SHA-384 of the file's bytes as built, recomputed here with node:crypto, and every file a
// script tag or CDN route loads is listed. Runs after `npm run build`, with node:test.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Files under dist/<dir> whose name ends in `ext`, as paths under dist/. */
const under = (dir, ext) =>
  readdirSync(join(DIST, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split('\\').join('/')}`)
    .filter((f) => f.endsWith(ext));

describe('dist/sri.json', () => {
  let manifest;
  before(() => {
    assert.ok(existsSync(join(DIST, 'sri.json')), 'dist/sri.json is missing: run `npm run build` first');
    manifest = JSON.parse(readFileSync(join(DIST, 'sri.json'), 'utf8'));
  });

  it("carries package.json's version", () => {
    assert.equal(manifest.version, pkg.version);
  });

  it('holds, for every file, the sha384 of its bytes as built', () => {
    const entries = Object.entries(manifest.files);
    assert.ok(entries.length > 0);
    for (const [file, hash] of entries) {
      const bytes = readFileSync(join(DIST, file));
      assert.equal(hash, `sha384-${createHash('sha384').update(bytes).digest('base64')}`, file);
    }
  });

  it('lists the loader, the one-file build, the frame scripts, the themes and every .js under dist/cdn/, and nothing else', () => {
    const expected = ['hled-widgets.js', 'hled-widgets.bundle.js', 'embed-frame.js', 'hled-embed.js', ...under('themes', '.css'), ...under('cdn', '.js')].sort();
    assert.ok(expected.includes('cdn/hled-core.js') && expected.some((f) => f.startsWith('cdn/data/')), 'dist/cdn/ has its chunks and data');
    assert.ok(expected.includes('themes/trade-gov.css') && expected.includes('themes/gob-mx.css'));
    assert.deepEqual(Object.keys(manifest.files).sort(), expected);
  });
});
