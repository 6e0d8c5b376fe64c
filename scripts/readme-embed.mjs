#!/usr/bin/env node
// The README's embed snippets, which must name this version and the hashes of the files as built:
//  - writes the region between `<!-- embed:start -->` and `<!-- embed:end -->` from package.json's
//    version and dist/sri.json (written by `npm run build`, scripts/sri.mjs);
//  - sets every other versioned name in README.md (`/assets/hled-widgets/<version>/`,
//    `hled-widgets@<version>`, `hled-widgets-<version>.tgz`) to package.json's version.
// `npm run readme` builds, then runs this (and the API tables, scripts/readme-api.mjs): one command
// after a version bump or a change to src/ that changes the built bundle. With `--check` it writes
// nothing and fails when README.md is not what it would write; tests/node/release.test.mjs checks
// the same after the build in `npm test`.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const START = '<!-- embed:start -->';
const END = '<!-- embed:end -->';

/** Where the README tells a site to copy dist/, and where the package will be once published. */
export const selfHosted = (version) => `/assets/hled-widgets/${version}/`;
export const cdn = (version) => `https://cdn.jsdelivr.net/npm/hled-widgets@${version}/dist/`;

/** The generated region's content for `version` and the `files` of dist/sri.json. */
export function embedRegion(version, files) {
  const hash = (file) => {
    if (!files[file]) throw new Error(`dist/sri.json has no hash for ${file}: run \`npm run build\` first.`);
    return files[file];
  };
  const script = (base, file) => `<script type="module" src="${base}${file}" integrity="${hash(file)}" crossorigin="anonymous"></script>`;
  const theme = (base, file) => `<link rel="stylesheet" href="${base}${file}" integrity="${hash(file)}" crossorigin="anonymous">`;
  const self = selfHosted(version);
  return [
    '<!-- Generated from package.json and dist/sri.json by `npm run readme`; do not edit by hand. -->',
    '',
    `\`dist/\` copied to \`${self}\`, two lines:`,
    '',
    '```html',
    `<script type="module" src="${self}hled-widgets.js"></script>`,
    '<hled-pillar pillar="2" lang="es"></hled-pillar>',
    '```',
    '',
    `and, for a preset theme, \`<link rel="stylesheet" href="${self}themes/gob-mx.css">\` (or \`trade-gov.css\`).`,
    '',
    'One file, every byte checked by the browser (Subresource Integrity, see below):',
    '',
    '```html',
    script(self, 'hled-widgets.bundle.js'),
    theme(self, 'themes/gob-mx.css'),
    '<hled-pillar pillar="2" lang="es"></hled-pillar>',
    '```',
    '',
    `Once published (hled-widgets is not on npm yet: this address does not answer today), from a CDN, the version pinned in the address:`,
    '',
    '```html',
    script(cdn(version), 'hled-widgets.bundle.js'),
    theme(cdn(version), 'themes/trade-gov.css'),
    '```',
  ].join('\n');
}

/** README.md as this script would write it. */
export function embedReadme(readme, version, files) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} region.`);
  const pin = (text) => text.replace(/\/assets\/hled-widgets\/\d+\.\d+\.\d+[\w.-]*\//g, selfHosted(version)).replace(/hled-widgets@\d+\.\d+\.\d+[\w.-]*/g, `hled-widgets@${version}`).replace(/hled-widgets-\d+\.\d+\.\d+[\w.-]*\.tgz/g, `hled-widgets-${version}.tgz`);
  return `${pin(readme.slice(0, from))}${START}\n${embedRegion(version, files)}\n${END}${pin(readme.slice(to + END.length))}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8'));
  if (sri.version !== version) {
    console.error(`dist/sri.json was built from version ${sri.version}, package.json says ${version}: run \`npm run readme\` (it builds first).`);
    process.exit(1);
  }
  const readme = readFileSync('README.md', 'utf8');
  const next = embedReadme(readme, version, sri.files);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the embed snippets are not those of package.json and dist/sri.json. Run `npm run readme`.');
      process.exit(1);
    }
    console.log(`README.md embed snippets match version ${version} and dist/sri.json.`);
  } else {
    writeFileSync('README.md', next);
    console.log(`README.md: embed snippets of version ${version} written (hled-widgets.bundle.js ${sri.files['hled-widgets.bundle.js']}).`);
  }
}
