// The one table of hled-widgets' commands and flags: the parser accepts exactly these, and the help
// is printed from them, so the two cannot drift (tests/node/cli-help.test.mjs holds it). Needs
// nothing built: `--help` and bad flags answer before dist/ is read (the help names the themes of a build, when there is one).
import { readdirSync } from 'node:fs';

/** What `export --format` prints (the same list as `EXPORT_FORMATS` in src/ssr.ts; a test compares them). */
export const FORMATS = ['csv', 'json', 'jsonld', 'dcat'];

const LANG = /^(en|es)(-[A-Za-z0-9-]+)?$/;

/** The theme presets of the build (dist/themes/), for the help; the renderer refuses any other. */
function themes() {
  try {
    return readdirSync(new URL('../dist/themes/', import.meta.url))
      .filter((f) => f.endsWith('.css'))
      .map((f) => f.slice(0, -4))
      .sort()
      .join(', ');
  } catch {
    return 'see dist/themes/ once built';
  }
}

/**
 * Every flag: its value's placeholder (none for a switch), a one-line description, and a check of
 * its value that returns the problem, if any.
 */
export const FLAGS = {
  '--lang': {
    value: 'en|es',
    help: {
      render: 'language of elements without a lang attribute of their own, and of the page with --document (default: en)',
      export: 'dcat only: language of title, description and keywords; every language is in the …Map fields (default: en)',
    },
    check: (v) => (LANG.test(v) ? undefined : `--lang must be en or es (or es-*, en-*), not "${v}".`),
  },
  '--jsonld': {
    help: { render: 'adds a <script type="application/ld+json"> describing the report as a schema.org Dataset' },
  },
  '--document': {
    help: { render: 'prints a whole page around the markup: doctype, <html lang>, charset, viewport, <title>' },
  },
  '--title': {
    value: 'text',
    help: { render: "with --document: the page's <title> (default: the report's title in --lang)" },
  },
  '--format': {
    value: FORMATS.join('|'),
    help: { export: 'what to print: the CSV and JSON of the widgets\' downloads, a schema.org Dataset (JSON-LD), a DCAT-US 3.0 data.json' },
    check: (v) => (FORMATS.includes(v) ? undefined : `unknown format "${v}"; the formats are: ${FORMATS.join(', ')}.`),
  },
  '--report': {
    value: 'id',
    help: { export: 'id of a bundled report, e.g. hled-2023-04-18 (default: the latest by date)' },
  },
  '--theme': {
    value: 'name',
    help: { render: `inlines a theme preset (${themes()}) as a <style>: in the <head> with --document, else before the markup` },
  },
  '--base-url': {
    value: 'url',
    help: {
      render: 'where the site serves the report\'s CSV and JSON files (hled-widgets export): the links of "Cite or download", and --jsonld (default: beside the page)',
      export: 'jsonld, dcat: where the site serves the CSV and JSON files; dcat needs an absolute http(s) URL',
    },
    check: (v) => (/^(https?:\/\/[^/\s]+\S*|[^\s:]+)$/i.test(v) ? undefined : `--base-url must be an http(s) URL or a path, not "${v}".`),
  },
  '--license': {
    value: 'url',
    help: {
      render: 'with --jsonld: URL of the licence that applies to the data (default: none; the report states none)',
      export: 'jsonld, dcat: URL of the licence that applies to the data (default: none; the report states none)',
    },
    check: (v) => (/^https?:\/\/[^/\s]+\S*$/i.test(v) ? undefined : `--license must be an http(s) URL, not "${v}".`),
  },
  '--contact-email': {
    value: 'address',
    help: { export: 'dcat (required): the address that answers questions about the data; the report gives none' },
    check: (v) => (/^[\w~!$&'()*+,;=:.-]+@[\w.-]+\.[\w.-]+$/.test(v.replace(/^mailto:/, '')) ? undefined : `--contact-email must be an email address, not "${v}".`),
  },
  '--contact-name': {
    value: 'name',
    help: { export: 'dcat: the name on that contact (default: the address)' },
  },
  '--help': {
    alias: '-h',
    help: { render: 'prints this help', export: 'prints this help', help: 'prints this help' },
  },
};

/** Every command: what follows its name, what it does, and which flags it takes (in help order). */
export const COMMANDS = {
  render: {
    args: "['<hled-… ></hled-…>' | -]",
    summary:
      'Prints the markup with every <hled-*> element\'s content in a declarative shadow root, readable with JavaScript off. ' +
      'Reads the markup from the argument, or from stdin (none, or -).',
    flags: ['--lang', '--theme', '--jsonld', '--base-url', '--license', '--document', '--title', '--help'],
  },
  export: {
    args: '',
    summary: 'Prints a report (the latest unless --report) as a file, to stdout.',
    flags: ['--format', '--report', '--lang', '--base-url', '--license', '--contact-email', '--contact-name', '--help'],
  },
  help: {
    args: '[command]',
    summary: 'Prints this help, or one command\'s.',
    flags: ['--help'],
  },
};

/** A command line the CLI refuses: exit status 2, the message on stderr. */
export class UsageError extends Error {}

/** The help of `command`, or of every command. */
export function usage(command) {
  const names = command ? [command] : Object.keys(COMMANDS);
  const blocks = names.map((name) => {
    const c = COMMANDS[name];
    const flags = c.flags.map((f) => {
      const def = FLAGS[f];
      const left = `${def.alias ? `${def.alias}, ` : ''}${f}${def.value ? ` <${def.value}>` : ''}`;
      return [left, def.help[name]];
    });
    const width = Math.max(0, ...flags.map(([l]) => l.length));
    return [`Usage: hled-widgets ${name}${c.flags.length ? ' [options]' : ''}${c.args ? ` ${c.args}` : ''}`, `  ${c.summary}`, ...flags.map(([l, h]) => `    ${l.padEnd(width)}  ${h}`)].join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${command ? '' : 'Exit status: 0 done; 1 an element could not show its content, or dist/ is missing; 2 a bad command line.\n'}`.trimEnd();
}

/**
 * Parses `argv` (after the node and script paths): `{ command, flags, inputs }`, flags by name
 * without dashes (`flags['base-url']`). Throws a UsageError for what the table does not accept.
 */
export function parse(argv) {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given.');
  if (first === '--help' || first === '-h') return { command: 'help', flags: {}, inputs: [] };
  if (!Object.hasOwn(COMMANDS, first)) throw new UsageError(`unknown command "${first}"; the commands are: ${Object.keys(COMMANDS).join(', ')}.`);
  const command = COMMANDS[first];
  const flags = {};
  const inputs = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const given = eq > 0 ? arg.slice(0, eq) : arg;
    const name = Object.keys(FLAGS).find((f) => f === given || FLAGS[f].alias === given);
    if (!name || !command.flags.includes(name)) {
      throw new UsageError(`${first} takes no ${given}; its options are: ${command.flags.join(', ')}.`);
    }
    const def = FLAGS[name];
    let value = true;
    if (def.value) {
      value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value (<${def.value}>).`);
      const problem = def.check?.(value);
      if (problem) throw new UsageError(problem);
    } else if (eq > 0) {
      throw new UsageError(`${name} takes no value.`);
    }
    flags[name.slice(2)] = value;
  }
  return { command: first, flags, inputs };
}
