// A clone before `npm run build`: the CLI, copied into a folder with no dist/ beside it, says in one
// line what to run instead of throwing "Cannot find module"; what needs no build (help, checking
// the command line) still works.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LINE = 'hled-widgets: run `npm run build` first (dist/ssr.js is missing).\n';
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hled-no-dist-'));
  cpSync(fileURLToPath(new URL('../../bin/', import.meta.url)), join(dir, 'bin'), { recursive: true });
});

after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args, input = '') {
  const r = spawnSync(process.execPath, [join(dir, 'bin/hled-widgets.mjs'), ...args], { input, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('hled-widgets without dist/', () => {
  it('has really no dist/ to read', () => {
    assert.equal(existsSync(join(dir, 'dist')), false);
  });

  for (const args of [
    ['export', '--format', 'csv'],
    ['export', '--format', 'dcat', '--base-url', 'https://example.gov/', '--contact-email', 'a@example.gov'],
    ['render', '<hled-metric metric="usaid-investments"></hled-metric>'],
    ['render', '--document', '--jsonld', '<hled-report></hled-report>'],
  ]) {
    it(`${args.slice(0, 3).join(' ')}: prints one line saying to build first, exits 1`, () => {
      const r = cli(args);
      assert.equal(r.status, 1);
      assert.equal(r.err, LINE);
      assert.equal(r.out, '');
    });
  }

  it('still prints its help, and still refuses a bad command line (exit 2)', () => {
    const help = cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.out, /Usage: hled-widgets export/);
    assert.equal(cli(['export', '--format', 'xml']).status, 2);
  });
});
