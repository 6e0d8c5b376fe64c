// The static renderer, as a publishing pipeline uses it: `hled-widgets render` (argument or stdin,
// every option and exit status) and `renderToString` from `hled-widgets/ssr.js`. Runs in Node
// after `npm run build` (it reads dist/ssr.js), with node:test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/hled-widgets.mjs', import.meta.url));
const METRIC = '<hled-metric metric="usaid-investments"></hled-metric>';

/** Runs the CLI with `args`, `input` on stdin; returns its status, stdout and stderr. */
function cli(args, input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** The text of the rendered figure(s): what follows `part="value">` up to the next tag. */
const values = (html) => [...html.matchAll(/part="value">(?:<!--[^>]*-->)?([^<]*)/g)].map((m) => m[1]);

describe('hled-widgets render', () => {
  it('--lang es renders Spanish from an argument', () => {
    const r = cli(['render', '--lang', 'es', METRIC]);
    assert.equal(r.status, 0, r.err);
    assert.deepEqual(values(r.out), ['US$18.8 millones']);
    assert.match(r.out, /<hled-metric [^>]*lang="es"/);
    assert.match(r.out, /Pilar II/);
  });

  it('--lang=es renders Spanish from stdin', () => {
    const r = cli(['render', '--lang=es'], METRIC);
    assert.equal(r.status, 0, r.err);
    assert.deepEqual(values(r.out), ['US$18.8 millones']);
  });

  it('reads stdin when the argument is "-"', () => {
    const r = cli(['render', '-'], METRIC);
    assert.equal(r.status, 0, r.err);
    assert.deepEqual(values(r.out), ['$18.8 million']);
  });

  it("an element's own lang wins over --lang", () => {
    const r = cli(['render', '--lang', 'es', `${METRIC}<hled-metric lang="en" metric="mdrc-trainees"></hled-metric>`]);
    assert.equal(r.status, 0, r.err);
    assert.deepEqual(values(r.out), ['US$18.8 millones', 'over 1,800']);
  });

  it('renders English without --lang', () => {
    const r = cli(['render', METRIC]);
    assert.equal(r.status, 0, r.err);
    assert.deepEqual(values(r.out), ['$18.8 million']);
    assert.doesNotMatch(r.out, /<hled-metric [^>]*lang=/);
  });

  it('puts each element’s content in a declarative shadow root', () => {
    const r = cli(['render', '<hled-pillar pillar="2"></hled-pillar><hled-timeline></hled-timeline>']);
    assert.equal(r.status, 0, r.err);
    assert.equal(r.out.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, 2);
    assert.match(r.out, /<time datetime="2023-02-15"/);
  });

  it('keeps a whole page whole: doctype, head and text around the elements', () => {
    const page = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Página</title></head><body><p>Antes</p>${METRIC}<p>Después</p></body></html>`;
    const r = cli(['render', '--lang', 'es'], page);
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /^<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Página<\/title><\/head><body><p>Antes<\/p>/);
    assert.match(r.out, /<p>Después<\/p><\/body><\/html>\n$/);
    assert.deepEqual(values(r.out), ['US$18.8 millones']);
  });

  it('prints a fragment as a fragment: nothing added around it', () => {
    const r = cli(['render', `<p>Hi</p>${METRIC}`]);
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /^<p>Hi<\/p><hled-metric /);
    assert.doesNotMatch(r.out, /<html|<!doctype/i);
  });

  it('an unknown metric: renders its error message, names the valid ids on stderr, exits 1', () => {
    const r = cli(['render', '--lang', 'es', '<hled-metric metric="nope"></hled-metric>']);
    assert.equal(r.status, 1);
    assert.match(r.out, /part="error"/);
    assert.match(r.out, /No hay ninguna cifra/);
    assert.match(r.err, /metric="nope"/);
    assert.match(r.err, /usaid-investments/);
  });

  it('an unknown pillar also exits 1', () => {
    const r = cli(['render', '<hled-pillar pillar="9"></hled-pillar>']);
    assert.equal(r.status, 1);
    assert.match(r.err, /pillar="9"/);
  });

  it('an unknown report fails, naming it and the bundled reports, and prints nothing', () => {
    const r = cli(['render', '<hled-metric report="hled-2031-01-01" metric="e3-students"></hled-metric>']);
    assert.equal(r.status, 1);
    assert.match(r.err, /report="hled-2031-01-01"/);
    assert.match(r.err, /hled-2023-04-18/);
    assert.equal(r.out, '');
  });

  it('a src attribute fails: only bundled reports render statically', () => {
    const r = cli(['render', '<hled-metric src="/x.json" metric="e3-students"></hled-metric>']);
    assert.equal(r.status, 1);
    assert.match(r.err, /src="\/x\.json"/);
  });

  it('refuses a --lang that is not a language it has (exit 2)', () => {
    const r = cli(['render', '--lang', 'fr', METRIC]);
    assert.equal(r.status, 2);
    assert.match(r.err, /--lang/);
  });

  it('refuses empty markup (exit 2) and an unknown command (exit 2)', () => {
    assert.equal(cli(['render'], '   ').status, 2);
    const r = cli(['paint', METRIC]);
    assert.equal(r.status, 2);
    assert.match(r.err, /unknown command "paint"/);
  });

  it('--help prints the usage and exits 0', () => {
    for (const args of [['--help'], ['render', '--help']]) {
      const r = cli(args);
      assert.equal(r.status, 0);
      assert.match(r.out, /Usage: hled-widgets render/);
      assert.match(r.out, /--lang/);
    }
  });
});

describe('renderToString (hled-widgets/ssr.js)', () => {
  it('renders Spanish with { lang: "es" } and English without it', async () => {
    const { renderToString } = await import('../../dist/ssr.js');
    assert.deepEqual(values(await renderToString(METRIC, { lang: 'es' })), ['US$18.8 millones']);
    assert.deepEqual(values(await renderToString(METRIC)), ['$18.8 million']);
  });

  it('an element’s lang wins over the option, and regional tags speak their language', async () => {
    const { renderToString } = await import('../../dist/ssr.js');
    const out = await renderToString(
      '<hled-metric lang="en" metric="mdrc-trainees"></hled-metric><hled-metric lang="es-MX" metric="mdrc-trainees"></hled-metric>',
      { lang: 'es' },
    );
    assert.deepEqual(values(out), ['over 1,800', 'más de 1,800']);
  });

  it('rejects an unknown report id, naming it', async () => {
    const { renderToString } = await import('../../dist/ssr.js');
    await assert.rejects(renderToString('<hled-pillar report="nope" pillar="1"></hled-pillar>'), /report="nope"/);
  });

  it('renders the whole report, title included, with no script in the output', async () => {
    const { renderToString } = await import('../../dist/ssr.js');
    const out = await renderToString('<hled-report></hled-report>');
    assert.doesNotMatch(out, /<script/i);
    assert.match(out, /U\.S\.–Mexico High-Level Economic Dialogue/);
  });
});
