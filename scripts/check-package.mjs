#!/usr/bin/env node
// `npm test` step after the build: the package as npm would publish it, and what a consumer gets.
//  1. The tarball (`npm pack`) as the ecosystem's tools check a package: publint (what package.json
//     promises — exports, types, main, files — is in the tarball and well formed, --strict) and
//     @arethetypeswrong/cli (every entry point resolves to JavaScript and types in Node's ESM and in
//     bundlers; the package is ESM only, so CommonJS and node10 are not asked for). Then what those
//     tools do not know: no sources, tests or examples ship; the element manifest defines every
//     element of src/elements.json, in files that ship; the themes ship.
//  2. dist/hled-metric.js reaches (statically or dynamically) no other element's module.
//  3. A consumer app that only does `import 'hled-widgets/hled-metric.js'`, bundled by vite through
//     the package's exports map and `sideEffects`: it registers <hled-metric>, holds no other
//     element, and its gzip size is printed, like the CDN file's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELEMENTS } from './elements.mjs';

const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));


// 1. The tarball.
const packDir = mkdtempSync(join(tmpdir(), 'hled-pack-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { encoding: 'utf8' }));
  const tarball = join(packDir, packed.filename);
  const tool = (name, args) => {
    try {
      execFileSync('npx', [name, ...args], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    } catch (error) {
      problems.push(`${name}:\n${`${error.stdout ?? ''}${error.stderr ?? ''}`.trim()}`);
    }
  };
  tool('publint', ['run', tarball, '--strict']);
  // Subpath patterns (`./hled-*.js`) are not resolved by attw: name each element's entry, the loader and the one file.
  const patterned = [...ELEMENTS.map((e) => e.tag), 'hled-widgets', 'hled-widgets.bundle'].map((n) => `./${n}.js`);
  tool('attw', [tarball, '--profile', 'esm-only', '--include-entrypoints', ...patterned, '--format', 'table-flipped']);

  const files = new Set(packed.files.map((f) => f.path));
  const has = (target) => files.has(target.replace(/^\.\//, ''));
  for (const file of files) check(!/^(src|tests|examples|stories|bench|scripts|data)\//.test(file), `${file} should not be published`);
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${e.name}@${m.path}`));
  check(definitions.length === ELEMENTS.length, `${pkg.customElements} defines ${definitions.join(', ') || 'nothing'}, not the ${ELEMENTS.length} elements of src/elements.json`);
  for (const m of manifest.modules) check(has(m.path), `${pkg.customElements} names ${m.path}, which is not in the package`);
  for (const theme of ['trade-gov', 'gob-mx']) check(has(`dist/themes/${theme}.css`), `dist/themes/${theme}.css is not in the package`);
  console.log(`  npm pack: ${files.size} files, ${kb(packed.size)} packed; publint --strict and attw (${patterned.length + Object.keys(pkg.exports).length - 1} entry points) ${problems.length ? 'found problems' : 'found nothing'}`);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

// 2. What dist/hled-metric.js can ever load.
const graph = new Set();
const walk = (file) => {
  if (graph.has(file)) return;
  graph.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) walk(resolve(dirname(file), spec));
};
walk(resolve('dist/hled-metric.js'));
const others = [...graph].filter((f) => ELEMENTS.some((e) => e.tag !== 'hled-metric' && f.endsWith(`/${e.tag}.js`)));
check(others.length === 0, `dist/hled-metric.js reaches other elements: ${others.join(', ')}`);
console.log(`  dist/hled-metric.js reaches ${graph.size} modules, none of another element`);

// 3. A consumer's bundle with one element, and the CDN file.
const dir = mkdtempSync(join(tmpdir(), 'hled-consumer-'));
try {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(process.cwd(), join(dir, 'node_modules', 'hled-widgets'), 'dir');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script><hled-metric metric="usaid-investments"></hled-metric>');
  writeFileSync(join(dir, 'main.js'), "import 'hled-widgets/hled-metric.js';\n");
  const { build } = await import('vite');
  const out = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, target: 'es2022', modulePreload: false, reportCompressedSize: false },
  });
  const chunks = (Array.isArray(out) ? out[0] : out).output.filter((o) => o.type === 'chunk');
  const all = chunks.map((c) => c.code).join('\n');
  check(/customElements\.define/.test(all) && all.includes('hled-metric'), 'the consumer bundle does not register <hled-metric> (sideEffects?)');
  for (const { tag } of ELEMENTS.filter((e) => e.tag !== 'hled-metric')) check(!all.includes(`"${tag}"`) && !all.includes(`'${tag}'`) && !all.includes(`\`${tag}\``), `the consumer bundle of hled-metric.js contains ${tag}`);
  const entry = chunks.find((c) => c.isEntry);
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const metricEn = chunks.find((c) => /\.en\.metric\.usaid-investments/.test(c.fileName));
  const cdn = readFileSync('dist/hled-widgets.js');
  console.log(
    `  gzip: dist/hled-widgets.js ${kb(gz(cdn))} | consumer app with only hled-metric (Lit included): ` +
      `${kb(gz(entry.code))} on load + ${metricEn ? kb(gz(metricEn.code)) : '?'} English data of one metric, ` +
      `${kb(chunks.reduce((n, c) => n + gz(c.code), 0))} in all ${chunks.length} chunks`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`✖ package check: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
