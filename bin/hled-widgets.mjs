#!/usr/bin/env node
// `npx hled-widgets render '<hled-pillar pillar="2" lang="es"></hled-pillar>'`: prints the markup
// with each hled-* element's content in declarative shadow DOM, for pages that run no script.
// Markup comes from the argument, or from stdin when there is none (or it is `-`).
import { readFileSync } from 'node:fs';

const USAGE = `Usage: hled-widgets render [--lang en|es] ['<hled-… ></hled-…>' | -]

Prints HTML in which every <hled-metric>, <hled-pillar>, <hled-timeline> and <hled-report>
carries its content in a declarative shadow root (<template shadowrootmode="open">), so the
page shows it with JavaScript off. Reads the markup from the argument, or from stdin.
  --lang   language of elements without a lang attribute of their own (default: en)`;

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'render') {
    console.error(command ? `hled-widgets: unknown command "${command}".\n` : '', USAGE);
    return 2;
  }
  let lang;
  const inputs = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--lang') lang = rest[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else inputs.push(arg);
  }
  if (lang !== undefined && !/^(en|es)(-[A-Za-z0-9-]+)?$/.test(lang)) {
    console.error(`hled-widgets: --lang must be en or es (or es-*, en-*), not "${lang}".`);
    return 2;
  }
  const markup = inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-') ? readFileSync(0, 'utf8') : inputs.join(' ');
  if (!markup.trim()) {
    console.error('hled-widgets: no markup given.\n\n' + USAGE);
    return 2;
  }
  // An element that cannot show its content (unknown id…) says so on stderr through console.error
  // and renders its error message; the exit code then tells a publishing pipeline to stop.
  let problems = 0;
  const consoleError = console.error;
  console.error = (...args) => {
    problems++;
    consoleError(...args);
  };
  const { renderToString } = await import('../dist/ssr.js');
  process.stdout.write(await renderToString(markup, { lang }));
  process.stdout.write('\n');
  return problems ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
