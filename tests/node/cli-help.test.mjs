// `hled-widgets --help`, `hled-widgets help [command]` and `<command> --help`: every command and
// every flag the parser accepts, each with a one-line description. The parser and the help read
// one table (bin/cli-options.mjs); this holds them together, and catches a flag handled in the
// code but missing from the table. Needs no build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS, FLAGS, parse, UsageError } from '../../bin/cli-options.mjs';

const BIN_DIR = fileURLToPath(new URL('../../bin/', import.meta.url));
const BIN = `${BIN_DIR}hled-widgets.mjs`;

function cli(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** The help line of `flag` in `help`: the flag, its value, two spaces, a description. */
const lineOf = (help, flag) => help.split('\n').find((l) => new RegExp(`^\\s+(-h, )?${flag}( <[^>]+>)?\\s{2,}\\S`).test(l));

/** A value each flag's check accepts. */
const SAMPLE = { '--lang': 'es', '--title': 'T', '--format': 'csv', '--report': 'hled-2023-04-18', '--base-url': 'https://example.gov/', '--license': 'https://example.gov/terms', '--contact-email': 'a@example.gov', '--contact-name': 'N' };

describe('hled-widgets help', () => {
  const full = cli(['--help']);

  it('--help, -h and `help` print the same help and exit 0', () => {
    assert.equal(full.status, 0);
    assert.equal(full.err, '');
    assert.equal(cli(['-h']).out, full.out);
    assert.equal(cli(['help']).out, full.out);
  });

  it('lists every command, and every flag of each with a description', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      assert.match(full.out, new RegExp(`^Usage: hled-widgets ${name}\\b`, 'm'), name);
      for (const flag of command.flags) assert.ok(lineOf(full.out, flag), `${name} ${flag}`);
    }
  });

  it('`<command> --help` and `help <command>` print that command’s flags', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const own = cli([name, '--help']);
      assert.equal(own.status, 0, own.err);
      assert.equal(cli(['help', name]).out, own.out);
      assert.match(own.out, new RegExp(`^Usage: hled-widgets ${name}\\b`));
      for (const flag of command.flags) assert.ok(lineOf(own.out, flag), `${name} ${flag}`);
      for (const other of Object.keys(COMMANDS).filter((c) => c !== name)) assert.doesNotMatch(own.out, new RegExp(`Usage: hled-widgets ${other}\\b`));
    }
  });

  it('every flag the parser accepts is in the help, and no other flag is accepted', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      for (const flag of Object.keys(FLAGS)) {
        const args = [name, FLAGS[flag].value ? `${flag}=${SAMPLE[flag]}` : flag];
        if (command.flags.includes(flag)) {
          assert.doesNotThrow(() => parse(args), `${name} ${flag}`);
          assert.ok(lineOf(cli([name, '--help']).out, flag), `${name} ${flag} in the help`);
        } else assert.throws(() => parse(args), UsageError, `${name} ${flag}`);
      }
      assert.throws(() => parse([name, '--nope']), UsageError);
    }
  });

  it('every flag the code names is in the table (so none is parsed by hand, off the help)', () => {
    const named = new Set();
    for (const file of readdirSync(BIN_DIR).filter((f) => f.endsWith('.mjs'))) {
      for (const [, flag] of readFileSync(`${BIN_DIR}${file}`, 'utf8').matchAll(/['"`](--[a-z][a-z-]*)/g)) named.add(flag);
    }
    for (const flag of named) assert.ok(Object.hasOwn(FLAGS, flag), `${flag} is not in FLAGS`);
    for (const flag of Object.keys(FLAGS)) assert.ok(full.out.includes(flag), flag);
  });

  it('an unknown command or flag: one line naming what is valid, exit 2', () => {
    const command = cli(['paint']);
    assert.equal(command.status, 2);
    assert.match(command.err, /"paint".*render, export, help/);
    const flag = cli(['export', '--colour']);
    assert.equal(flag.status, 2);
    assert.equal(flag.err.trimEnd().split('\n').length, 1);
    assert.match(flag.err, /--colour.*--format/);
    assert.equal(cli(['help', 'paint']).status, 2);
  });
});
