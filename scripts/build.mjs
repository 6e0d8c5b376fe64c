#!/usr/bin/env node
// `npm run build`: the package in dist/, in an order that matters (the first vite build empties
// dist/): per-language data files → per-entry ES modules for npm → the single-file CDN module → type declarations → themes
// → custom-elements.json. Both vite builds validate every report in data/ first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';

function step(name, cmd, args) {
  const t = Date.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`  ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

step('per-language data → src/generated/data/', 'node', ['scripts/split-data.mjs']);
step('npm modules → dist/*.js', 'npx', ['vite', 'build', '--logLevel', 'warn']);
step('CDN module → dist/hled-widgets.js', 'npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
// What a page fetches per element when an app bundles the npm entries: checked by `npx size-limit`.
step('apps bundling one element each → bench/results/size/ (size budgets)', 'node', ['bench/consumer.mjs', 'dist', 'bench/results/size']);
step('static rendering for Node → dist/ssr.js', 'node', ['scripts/build-ssr.mjs']);
step('type declarations → dist/**/*.d.ts', 'npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist/themes', { recursive: true });
cpSync('src/themes', 'dist/themes', { recursive: true });
console.log('  themes → dist/themes/');
step('custom-elements.json', 'npm', ['run', '--silent', 'manifest']);
step('dist/custom-elements.json (paths of the built files)', 'node', ['scripts/manifest-dist.mjs']);
// The example host pages that need building (tested by web-test-runner.dist.config.mjs).
step('examples/static.html (CLI output)', 'sh', ['-c', 'node bin/hled-widgets.mjs render < examples/static.template.html > examples/static.html']);
step('examples/react/dist/ (React app)', 'npx', ['vite', 'build', '--config', 'examples/react/vite.config.ts']);
