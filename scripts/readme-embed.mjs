#!/usr/bin/env node
// The version in README.md and docs/embedding.md, and the snippets with Subresource Integrity hashes that a release needs.
// README.md carries no build output: its snippets name the version (`/assets/hled-widgets/<version>/`,
// `hled-widgets@<version>`, `hled-widgets-<version>.tgz`) but no hash, so a change to src/ never
// makes it stale. The hashes are shown where they are made: the embed builder (from dist/sri.json),
// and this script's `--snippets`, which prints the pinned, hashed lines for a release's notes.
//   node scripts/readme-embed.mjs             sets every versioned name in README.md to package.json's
//                                             (npm's `version` lifecycle script runs it on a bump)
//   node scripts/readme-embed.mjs --snippets  prints the hashed snippets of dist/ as built
// tests/node/release.test.mjs checks that README.md pins only this version and carries no hash.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The hand-written pages whose snippets name the version. */
export const DOCS = ['README.md', 'docs/embedding.md'];

/** Where the README tells a site to copy dist/, and where the package will be once published. */
export const selfHosted = (version) => `/assets/hled-widgets/${version}/`;
export const cdn = (version) => `https://cdn.jsdelivr.net/npm/hled-widgets@${version}/dist/`;

/** README.md with every versioned name set to `version`. */
export function pinVersion(readme, version) {
  return readme
    .replace(/\/assets\/hled-widgets\/\d+\.\d+\.\d+[\w.-]*\//g, selfHosted(version))
    .replace(/hled-widgets@\d+\.\d+\.\d+[\w.-]*/g, `hled-widgets@${version}`)
    .replace(/hled-widgets-\d+\.\d+\.\d+[\w.-]*\.tgz/g, `hled-widgets-${version}.tgz`);
}

/** The one-file build and a theme, pinned to `version` under each base, with their hashes (dist/sri.json's `files`). */
export function hashedSnippets(version, files) {
  const hash = (file) => {
    if (!files[file]) throw new Error(`dist/sri.json has no hash for ${file}: run \`npm run build\` first.`);
    return files[file];
  };
  return [selfHosted(version), cdn(version)]
    .map((base) =>
      [
        `<script type="module" src="${base}hled-widgets.bundle.js" integrity="${hash('hled-widgets.bundle.js')}" crossorigin="anonymous"></script>`,
        `<link rel="stylesheet" href="${base}themes/trade-gov.css" integrity="${hash('themes/trade-gov.css')}" crossorigin="anonymous">`,
        `<link rel="stylesheet" href="${base}themes/gob-mx.css" integrity="${hash('themes/gob-mx.css')}" crossorigin="anonymous">`,
      ].join('\n'),
    )
    .join('\n\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  if (process.argv.includes('--snippets')) {
    const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8'));
    if (sri.version !== version) {
      console.error(`dist/sri.json was built from version ${sri.version}, package.json says ${version}: run \`npm run build\` first.`);
      process.exit(1);
    }
    console.log(hashedSnippets(version, sri.files));
  } else {
    for (const file of DOCS) writeFileSync(file, pinVersion(readFileSync(file, 'utf8'), version));
    console.log(`${DOCS.join(', ')}: every versioned name set to ${version}.`);
  }
}
