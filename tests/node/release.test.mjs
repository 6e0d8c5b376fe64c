// One version, read from package.json everywhere it shows: package-lock.json, src/generated/version.ts
// (and so the built code), custom-elements.json, dist/sri.json, CHANGELOG.md, the README's versioned
// paths (scripts/readme-embed.mjs, which npm's `version` script runs on a bump) and the Storybook pages
// (stories/lib/site.ts); and no build hash in the README. Runs after `npm run build`, with node:test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { hashedSnippets } from '../../scripts/readme-embed.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => {
  assert.ok(existsSync(join(ROOT, file)), `${file} is missing: run \`npm run build\` first`);
  return readFileSync(join(ROOT, file), 'utf8');
};
const json = (file) => JSON.parse(read(file));
const { version } = json('package.json');

describe(`version ${version}, from package.json`, () => {
  it('is the version of package-lock.json', () => {
    const lock = json('package-lock.json');
    assert.equal(lock.version, version);
    assert.equal(lock.packages[''].version, version);
  });

  it('is the VERSION the code carries (src/generated/version.ts, the built scripts)', () => {
    assert.match(read('src/generated/version.ts'), new RegExp(`export const VERSION = "${version.replace(/\./g, '\\.')}";`));
    // What a second copy of another version names in its console warning (src/core/version.ts).
    for (const file of ['dist/hled-widgets.bundle.js', 'dist/cdn/hled-core.js']) assert.ok(read(file).includes(`\`${version}\``), file);
  });

  it('is in the element manifests (custom-elements.json, dist/custom-elements.json)', () => {
    assert.equal(json('custom-elements.json').version, version);
    assert.equal(json('dist/custom-elements.json').version, version);
  });

  it('is the latest release of CHANGELOG.md, with a link reference', () => {
    const changelog = read('CHANGELOG.md');
    const releases = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    assert.equal(releases[0], 'Unreleased');
    assert.equal(releases[1], version);
    // Keep a Changelog's heading: `## [x.y.z] - YYYY-MM-DD`.
    assert.match(changelog, new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    // A link reference for each (commented out while the repository has no public URL).
    for (const r of releases) assert.match(changelog, new RegExp(`^\\[${r.replace(/\./g, '\\.')}\\]: `, 'm'), `no link reference for [${r}]`);
  });

  it('is what the Storybook pages show: they read it from package.json, never write it', () => {
    assert.match(read('stories/lib/site.ts'), /import pkg from '\.\.\/\.\.\/package\.json';[\s\S]*export const VERSION: string = pkg\.version;/);
    for (const file of ['stories/Introduction.mdx', 'stories/EmbedBuilder.mdx', 'stories/lib/site.ts', 'stories/lib/EmbedBuilder.tsx']) {
      assert.doesNotMatch(read(file), /\b\d+\.\d+\.\d+\b/, `${file} writes a version by hand`);
    }
  });
});

/** The hand-written pages that name the version in their snippets (scripts/readme-embed.mjs sets it). */
const DOCS = ['README.md', 'docs/embedding.md'];

describe('README.md and docs/embedding.md', () => {
  it('carry no build output: no hash, which would go stale with every change to src/', () => {
    for (const file of DOCS) assert.doesNotMatch(read(file), /sha(256|384|512)-[A-Za-z0-9+/=]{20,}/, file);
  });

  it('gives the hashed snippets of dist/ as built through its script, for a release', () => {
    const sri = json('dist/sri.json');
    const snippets = hashedSnippets(version, sri.files);
    assert.ok(snippets.includes(`src="/assets/hled-widgets/${version}/hled-widgets.bundle.js" integrity="${sri.files['hled-widgets.bundle.js']}"`));
    assert.ok(snippets.includes(`hled-widgets@${version}/dist/themes/gob-mx.css" integrity="${sri.files['themes/gob-mx.css']}"`));
  });

  it('pin no other version', () => {
    for (const file of DOCS) {
      const pinned = [...read(file).matchAll(/hled-widgets[@/-](\d+\.\d+\.\d+(?:-[\w.]+)?)/g)].map((m) => m[1]);
      assert.ok(pinned.length > 0, file);
      assert.deepEqual([...new Set(pinned)], [version], file);
    }
  });
});
