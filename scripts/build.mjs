#!/usr/bin/env node
// `npm run build`: the package in dist/, every output a Vite build (vite.config.ts), in an order
// that matters (the first vite build empties dist/): src/generated/ → ES modules for npm → the
// script-tag loader and its chunks → the one-file build → static rendering for Node → type
// declarations → themes → custom-elements.json → dist/sri.json (the hashes of what a page loads,
// once every file of dist/ is written) → the example pages that need building.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';

function step(name, cmd, args) {
  const t = Date.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`  ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

const vite = (mode) => ['vite', 'build', '--logLevel', 'warn', ...(mode ? ['--mode', mode] : [])];
step('reports, strings, elements → src/generated/', 'node', ['scripts/generate.mjs']);
step('npm modules → dist/*.js', 'npx', vite());
step('script tag: elements, shared chunks → dist/cdn/', 'npx', vite('cdn'));
step('script tag: data files → dist/cdn/data/', 'npx', vite('data'));
step('script tag: the loader → dist/hled-widgets.js', 'npx', vite('loader'));
step('frame page → dist/embed.html, dist/embed-frame.js', 'npx', vite('frame'));
step('frames\' host script → dist/hled-embed.js', 'npx', vite('host'));
step('one file → dist/hled-widgets.bundle.js', 'npx', vite('bundle'));
step('static rendering for Node → dist/ssr.js', 'npx', vite('ssr'));
// What a page fetches per element when an app bundles the npm entries: checked by `npx size-limit`.
step('apps bundling one element each → bench/results/size/ (size budgets)', 'node', ['bench/consumer.mjs', 'dist', 'bench/results/size']);
step('type declarations → dist/**/*.d.ts', 'npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist/themes', { recursive: true });
cpSync('src/themes', 'dist/themes', { recursive: true });
console.log('  themes → dist/themes/');
step('custom-elements.json', 'npm', ['run', '--silent', 'manifest']);
step('dist/custom-elements.json (paths of the built files)', 'node', ['scripts/manifest-dist.mjs']);
// Last of dist/: the SRI hashes of every file a script tag or CDN route loads (scripts/sri.mjs).
step('dist/sri.json (SRI hashes)', 'node', ['scripts/sri.mjs']);
// The example host pages that need building (tested by web-test-runner.dist.config.mjs).
step('examples/static.html (CLI output)', 'sh', ['-c', 'node bin/hled-widgets.mjs render < examples/static.template.html > examples/static.html']);
step('examples/react/dist/ (React app)', 'npx', ['vite', 'build', '--config', 'examples/react/vite.config.ts']);
