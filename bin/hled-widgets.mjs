#!/usr/bin/env node
// `npx hled-widgets render '<hled-pillar pillar="2" lang="es"></hled-pillar>'`: prints the markup
// with each hled-* element's content in declarative shadow DOM, for pages that run no script.
// `npx hled-widgets export --format csv|json|jsonld|dcat`: the report as a file, for open-data
// pipelines. Commands and flags: bin/cli-options.mjs (`hled-widgets --help`).
// Exit status: 0 done; 1 an element could not show its content, or dist/ is missing; 2 a bad
// command line (the message names what is valid).
import { existsSync, readFileSync } from 'node:fs';
import { COMMANDS, parse, usage, UsageError } from './cli-options.mjs';

const SSR = new URL('../dist/ssr.js', import.meta.url);

// Output piped into a program that stops reading (`| head`): stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** dist/ssr.js, or undefined (said in one line) in a clone that has not run `npm run build`. */
async function ssr() {
  if (!existsSync(SSR)) {
    console.error('hled-widgets: run `npm run build` first (dist/ssr.js is missing).');
    return undefined;
  }
  return import(SSR.href);
}

async function render({ flags, inputs }) {
  if (flags.title !== undefined && !flags.document) throw new UsageError('--title goes with --document.');
  if (flags.license !== undefined && !flags.jsonld) throw new UsageError('--license goes with --jsonld.');
  const markup = inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-') ? readFileSync(0, 'utf8') : inputs.join(' ');
  if (!markup.trim()) throw new UsageError('no markup given.');
  const lib = await ssr();
  if (!lib) return 1;
  // An element that cannot show its content (unknown id…) says so on stderr through console.error
  // and renders its error message; the exit code then tells a publishing pipeline to stop.
  let problems = 0;
  const consoleError = console.error;
  console.error = (...args) => {
    problems++;
    consoleError(...args);
  };
  try {
    const html = await lib.renderToString(markup, {
      lang: flags.lang,
      jsonld: flags.jsonld ? { license: flags.license } : false,
      document: flags.document ? { title: flags.title } : false,
      downloads: flags['base-url'],
      theme: flags.theme,
    });
    process.stdout.write(`${html}\n`);
  } finally {
    console.error = consoleError;
  }
  return problems ? 1 : 0;
}

async function exportData({ flags, inputs }) {
  if (inputs.length) throw new UsageError(`export takes no markup or other argument ("${inputs[0]}").`);
  const format = flags.format;
  if (format === undefined) throw new UsageError('export needs --format csv|json|jsonld|dcat.');
  const only = { lang: ['dcat'], 'contact-email': ['dcat'], 'contact-name': ['dcat'], 'base-url': ['jsonld', 'dcat'], license: ['jsonld', 'dcat'] };
  for (const [flag, formats] of Object.entries(only)) {
    if (flags[flag] !== undefined && !formats.includes(format)) throw new UsageError(`--${flag} applies to --format ${formats.join(' and ')} only.`);
  }
  const lib = await ssr();
  if (!lib) return 1;
  const text = await lib.exportReport(format, {
    report: flags.report,
    lang: flags.lang,
    baseUrl: flags['base-url'],
    license: flags.license,
    contactEmail: flags['contact-email']?.replace(/^mailto:/, ''),
    contactName: flags['contact-name'],
  });
  process.stdout.write(text);
  return 0;
}

async function main(argv) {
  if (argv.length === 0) {
    console.error(usage());
    return 2;
  }
  const parsed = parse(argv);
  if (parsed.command === 'help' || parsed.flags.help) {
    // `help`, `--help`: every command; `help render`, `render --help`: one; `help --help`: help's own.
    const topic = parsed.command === 'help' ? (parsed.inputs[0] ?? (parsed.flags.help ? 'help' : undefined)) : parsed.command;
    if (topic !== undefined && !Object.hasOwn(COMMANDS, topic)) throw new UsageError(`no command "${topic}"; the commands are: ${Object.keys(COMMANDS).join(', ')}.`);
    console.log(usage(topic));
    return 0;
  }
  return parsed.command === 'render' ? render(parsed) : exportData(parsed);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bad command line, or input the library refuses (an unknown report id or format, a dcat
    // export without its contact…): one line naming what is valid, exit 2. Anything else: its
    // message, exit 1. Never a stack trace.
    const usageError = error instanceof UsageError || error?.name === 'HledUsageError';
    const message = error instanceof Error ? error.message : String(error);
    console.error(message.startsWith('hled-widgets') ? message : `hled-widgets: ${message}`);
    process.exitCode = usageError ? 2 : 1;
  },
);
