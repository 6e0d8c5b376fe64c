#!/usr/bin/env node
// dist/sri.json: the Subresource Integrity hash (SHA-384, base64) of every file a script tag or a
// CDN route loads — the loader (hled-widgets.js), what it loads from dist/cdn/ (elements, shared
// chunks, data), the one-file build (hled-widgets.bundle.js) and the themes:
//   { "version": "0.2.0", "files": { "hled-widgets.bundle.js": "sha384-…", "cdn/hled-core.js": "sha384-…", … } }
// Keys are paths under dist/, in sorted order. The last step of `npm run build` (scripts/build.mjs):
// several Vite builds write dist/, and the themes are copied after them, so no one build's plugin
// sees every file. Read by the release snippets (scripts/readme-embed.mjs --snippets), the Storybook
// embed builder (stories/lib/site.ts) and tests/node/sri.test.mjs.
//
// The hash of the loader covers the loader only: the files it imports next (dynamic import())
// cannot carry an `integrity` attribute. hled-widgets.bundle.js is the route whose one hash covers
// everything. Where browsers support it, an import map's `integrity` section reaches those files
// too: `node scripts/sri.mjs --importmap <base>` prints one (tests/dist/sri.test.ts).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `sha384-<base64>` of `bytes`, as the `integrity` attribute takes it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file under `dir` (recursively), as paths relative to it with `/` separators. */
function walk(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), root) : [relative(root, join(dir, d.name)).split(sep).join('/')],
  );
}

/** The files of `dist` a page may load by URL: the scripts, dist/cdn/**\/*.js, dist/themes/*.css. */
export function loadableFiles(dist = 'dist') {
  return [
    'hled-widgets.js',
    'hled-widgets.bundle.js',
    // The frame page's script, and the script of a page that shows frames.
    'embed-frame.js',
    'hled-embed.js',
    ...walk(join(dist, 'cdn')).map((f) => `cdn/${f}`).filter((f) => f.endsWith('.js')),
    ...walk(join(dist, 'themes')).map((f) => `themes/${f}`).filter((f) => f.endsWith('.css')),
  ].sort();
}

/** The content of dist/sri.json for `dist` as it is on disk. */
export function sriManifest(dist = 'dist', version = JSON.parse(readFileSync('package.json', 'utf8')).version) {
  const files = Object.fromEntries(loadableFiles(dist).map((f) => [f, sri(readFileSync(join(dist, f)))]));
  return { version, files };
}

/**
 * An import map whose `integrity` section holds the hash of every script of `files` (dist/sri.json's),
 * under `base` (where the page serves dist/, e.g. `/assets/hled-widgets/0.2.0/`): browsers that
 * support it (Chromium 127+, Safari 18+, Firefox 138+) then check the files the loader brings in with
 * import() too, which no `integrity` attribute can reach.
 */
export function importMapObject(base, files) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return { integrity: Object.fromEntries(Object.entries(files).filter(([f]) => f.endsWith('.js')).map(([f, hash]) => [`${root}${f}`, hash])) };
}

/** The same, as the element a page pastes before the loader's script tag. */
export const importMap = (base, files) => `<script type="importmap">\n${JSON.stringify(importMapObject(base, files), null, 2)}\n</script>`;

const at = process.argv.indexOf('--importmap');
if (import.meta.url === pathToFileURL(process.argv[1]).href && at > 0) {
  // `node scripts/sri.mjs --importmap /assets/hled-widgets/0.2.0/`: prints the import map for
  // dist/ as built (dist/sri.json), to paste before the loader's script tag.
  const base = process.argv[at + 1];
  if (!base) {
    console.error('Usage: node scripts/sri.mjs --importmap <where dist/ is served, e.g. /assets/hled-widgets/0.2.0/>');
    process.exit(2);
  }
  console.log(importMap(base, JSON.parse(readFileSync('dist/sri.json', 'utf8')).files));
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifest = sriManifest();
  writeFileSync('dist/sri.json', JSON.stringify(manifest, null, 2) + '\n');
  console.log(`  dist/sri.json: ${Object.keys(manifest.files).length} files, hled-widgets.bundle.js ${manifest.files['hled-widgets.bundle.js']}`);
}
