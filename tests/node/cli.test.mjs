// The static renderer, as a publishing pipeline uses it: `hled-widgets render` (argument or stdin,
// every option and exit status, JSON-LD, whole pages) and `renderToString` from
// `hled-widgets/ssr.js`. Runs in Node after `npm run build` (it reads dist/ssr.js), with node:test.
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

  it('fills every source disclosure with its sentence: a page without script shows them all', () => {
    const r = cli(['render', '--lang', 'es', '<hled-pillar pillar="2"></hled-pillar><hled-agency agency="cofepris"></hled-agency><hled-report></hled-report>']);
    assert.equal(r.status, 0, r.err);
    const quotes = [...r.out.matchAll(/<blockquote lang="en"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)];
    assert.ok(quotes.length > 40, `${quotes.length} quotes`);
    assert.deepEqual(quotes.filter((q) => !q[1].trim()).map((q) => q[0]), []);
    assert.doesNotMatch(r.out, /aria-busy/);
    assert.match(r.out, /USAID work in southern Mexico achieved \$18\.8 million/);
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

  it('refuses render flags without the flag they go with, and --document around a whole page (exit 2)', () => {
    for (const [args, flag] of [
      [['--title', 'T'], /--title/],
      [['--license', 'https://example.gov/terms'], /--license/],
    ]) {
      const r = cli(['render', ...args, METRIC]);
      assert.equal(r.status, 2);
      assert.match(r.err, flag);
    }
    const r = cli(['render', '--document'], `<!doctype html><html><body>${METRIC}</body></html>`);
    assert.equal(r.status, 2);
    assert.match(r.err, /--document/);
    assert.equal(r.out, '');
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

/** The JSON of each `<script type="application/ld+json">` in `html`. */
const jsonLdOf = (html) => [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));

describe('hled-widgets render --jsonld', () => {
  it('adds the report as a schema.org Dataset: the same as `export --format jsonld`', () => {
    const r = cli(['render', '--jsonld', METRIC]);
    assert.equal(r.status, 0, r.err);
    const scripts = jsonLdOf(r.out);
    assert.equal(scripts.length, 1);
    assert.deepEqual(scripts[0], JSON.parse(cli(['export', '--format', 'jsonld']).out));
    assert.match(r.out, /^<hled-metric /);
    assert.match(r.out, /<\/script>\n$/);
  });

  it('goes into the <head> of a whole page, and passes --base-url and --license on', () => {
    const page = `<!doctype html><html lang="es"><head><title>Página</title></head><body>${METRIC}</body></html>`;
    const r = cli(['render', '--jsonld', '--base-url', 'https://example.gov/hled/', '--license', 'https://example.gov/terms'], page);
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /<title>Página<\/title><script type="application\/ld\+json">[^<]*<\/script><\/head><body>/);
    const [dataset] = jsonLdOf(r.out);
    assert.equal(dataset.distribution[0].contentUrl, 'https://example.gov/hled/hled-2023-04-18.csv');
    assert.equal(dataset.license, 'https://example.gov/terms');
  });

  it('is absent without the flag', () => {
    assert.doesNotMatch(cli(['render', METRIC]).out, /<script/);
  });

  it('writes every < of the data as \\u003c, so no text can close the script element', async () => {
    const { jsonLdScript } = await import('../../dist/ssr.js');
    const data = { name: '</script><script>alert(1)</script>', description: '<!-- a comment --> & </SCRIPT >' };
    const out = jsonLdScript(data);
    assert.match(out, /^<script type="application\/ld\+json">[^<]*<\/script>$/);
    assert.deepEqual(JSON.parse(out.slice(out.indexOf('>') + 1, -'</script>'.length)), data);
    // And in the real output: the JSON between the tags holds no "<" at all.
    for (const [, json] of cli(['render', '--jsonld', METRIC]).out.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
      assert.doesNotMatch(json, /</);
    }
  });
});

describe('hled-widgets render: a page read without a script shows only what works without one', () => {
  const PAGE = '<hled-report lang="es"></hled-report><hled-metric metric="usaid-investments"></hled-metric>';

  it('no "Copy link" control, and the report\'s contents as a list, not as links that need the script', () => {
    const r = cli(['render', PAGE]);
    assert.equal(r.status, 0, r.err);
    assert.doesNotMatch(r.out, /<button/);
    assert.doesNotMatch(r.out, /Copiar enlace|Copy link/);
    assert.doesNotMatch(r.out, /href="#hled-/);
    // Still every part of the report, named in its contents.
    const contents = /part="contents"[\s\S]*?<\/nav>/.exec(r.out)[0];
    assert.equal([...contents.matchAll(/<li>/g)].length, 8);
    assert.match(contents, /Pilar IV: Invertir en nuestra gente/);
  });

  it('"Cite or download" holds the citation as text, undated by a reader, and the report\'s files as links', () => {
    const r = cli(['render', PAGE]);
    const tools = [...r.out.matchAll(/part="tools">[\s\S]*?<\/details>/g)].map((m) => m[0].replace(/<!--[^>]*-->/g, ''));
    assert.equal(tools.length, 2);
    assert.match(
      tools[0],
      /<p class="citation" part="citation">Informe de avances del Diálogo Económico de Alto Nivel \(DEAN\) México–Estados Unidos, 18 de abril de \[2023\]\. Gobiernos de México y de los Estados Unidos\. https:\/\/trade\.gov\/HLED\. “Informe de avances[^”]*”\.<\/p>/,
    );
    assert.match(tools[1], /“\$18\.8 million in new investments in small enterprises in southern Mexico\.”<\/p>/);
    assert.doesNotMatch(tools.join(''), /Accessed|Consultado/);
    assert.match(tools[0], /<a href="hled-2023-04-18\.csv" download>El informe completo \(CSV\)<\/a>/);
    assert.match(tools[1], /<a href="hled-2023-04-18\.json" download>The whole report \(JSON\)<\/a>/);
    // --base-url: where the site serves them (the same place --jsonld names).
    const hosted = cli(['render', '--base-url', 'https://example.gov/hled', '--jsonld', METRIC]);
    assert.match(hosted.out, /<a href="https:\/\/example\.gov\/hled\/hled-2023-04-18\.csv" download>/);
    assert.match(hosted.out, /"contentUrl": ?"https:\/\/example\.gov\/hled\/hled-2023-04-18\.csv"/);
  });

  for (const [lang, date, meeting, note] of [
    ['en', 'April 18, [2023]', 'February 23, [2023]', 'Years in brackets are not written in the report.'],
    ['es', '18 de abril de [2023]', '23 de febrero de [2023]', 'Los años entre corchetes no están escritos en el informe.'],
  ]) {
    it(`shows a year the report does not write in brackets, and says why, in the static output (${lang})`, () => {
      const r = cli(['render', '--lang', lang, '<hled-report></hled-report><hled-timeline></hled-timeline>']);
      assert.equal(r.status, 0, r.err);
      const out = r.out.replace(/<!--[^>]*-->/g, '');
      // The report's date under its title, then the line on brackets.
      assert.match(out, new RegExp(`</h2>\\s*<p class="date" part="report-date"><time datetime="2023-04-18">${date.replace(/[[\]]/g, '\\$&')}</time></p>\\s*<p class="supplied small muted" part="supplied">${note}</p>`));
      assert.equal([...out.matchAll(new RegExp(`<time datetime="2023-02-23" part="date">${meeting.replace(/[[\]]/g, '\\$&')}</time>`, 'g'))].length, 2);
      // Under the date, the meetings, Pillar IV's dates (report) and the timeline.
      assert.equal([...out.matchAll(new RegExp(`part="supplied">${note}<`, 'g'))].length, 4);
      assert.doesNotMatch(out, /(February 23|April 18), 2023|(23 de febrero|18 de abril) de 2023/);
      // The printed report ends with its citation (no address: the page's is not known here).
      assert.match(out, new RegExp(`<footer part="print">\\s*<p>${lang === 'en' ? 'Cite as:' : 'Cítese como:'} [^<]*${date.replace(/[[\]]/g, '\\$&')}\\.`));
    });
  }

  it('--theme inlines the preset: in the <head> with --document, before a fragment; an unknown one exits 2', () => {
    const page = cli(['render', '--document', '--theme', 'gob-mx', METRIC]);
    assert.equal(page.status, 0, page.err);
    const head = /<head>[\s\S]*<\/head>/.exec(page.out)[0];
    assert.match(head, /<style>[\s\S]*--hled-color-accent: #9d2449;[\s\S]*<\/style>/);
    const fragment = cli(['render', '--theme=trade-gov', METRIC]);
    assert.match(fragment.out, /^<style>[\s\S]*--hled-color-accent: #005ea2;[\s\S]*<\/style><hled-metric/);
    const unknown = cli(['render', '--theme', 'dark', METRIC]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.err, /unknown theme "dark"; the themes are: gob-mx, trade-gov/);
    assert.equal(unknown.out, '');
  });
});

describe('hled-widgets render --document', () => {
  it('speaks the language of what it renders: <html lang> and title, without --lang', () => {
    const es = cli(['render', '--document', '<hled-pillar pillar="2" lang="es"></hled-pillar>']);
    assert.match(es.out, /<html lang="es">/);
    assert.match(es.out, /<title>Informe de avances del Diálogo Económico de Alto Nivel \(DEAN\) México–Estados Unidos<\/title>/);
    const regional = cli(['render', '--document', '<hled-metric metric="e3-students" lang="es-MX"></hled-metric><hled-pillar pillar="1" lang="es"></hled-pillar>']);
    assert.match(regional.out, /<html lang="es">/);
    // Two languages: English, the report's own; --lang always wins.
    const mixed = cli(['render', '--document', `<hled-pillar pillar="2" lang="es"></hled-pillar>${METRIC}`]);
    assert.match(mixed.out, /<html lang="en">/);
    const chosen = cli(['render', '--document', '--lang', 'en', '<hled-pillar pillar="2" lang="es"></hled-pillar>']);
    assert.match(chosen.out, /<html lang="en">/);
    assert.match(chosen.out, /<title>U\.S\.–Mexico High-Level Economic Dialogue \(HLED\) Progress Report<\/title>/);
  });

  /** Parses `html` with the HTML parser @lit-labs/ssr itself uses (parse5), collecting parse errors. */
  async function parsePage(html) {
    const { parse } = await import('parse5');
    const errors = [];
    const doc = parse(html, { onParseError: (e) => errors.push(e.code) });
    const find = (node, name) => (node.nodeName === name ? node : node.childNodes?.map((c) => find(c, name)).find(Boolean));
    const elements = (node, name) => (node.nodeName === name ? [node] : (node.childNodes ?? []).flatMap((c) => elements(c, name)));
    const attr = (node, name) => node?.attrs.find((a) => a.name === name)?.value;
    // `<?>` is a marker Lit's server renderer leaves in its output (parsed as a comment): not ours.
    return { doc, errors: errors.filter((e) => e !== 'unexpected-question-mark-instead-of-tag-name'), find: (n) => find(doc, n), elements: (n) => elements(doc, n), attr };
  }

  it('prints a whole page that parses: doctype, <html lang>, charset, viewport, title, the markup in <body>', async () => {
    const r = cli(['render', '--document', '--lang', 'es', METRIC]);
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /^<!doctype html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n/);
    const page = await parsePage(r.out);
    assert.deepEqual(page.errors, []);
    assert.equal(page.doc.childNodes[0].nodeName, '#documentType');
    assert.equal(page.attr(page.find('html'), 'lang'), 'es');
    const metas = page.elements('meta');
    assert.ok(metas.some((m) => page.attr(m, 'charset') === 'utf-8'));
    assert.ok(metas.some((m) => page.attr(m, 'name') === 'viewport' && /width=device-width/.test(page.attr(m, 'content'))));
    // No --title: the report's own title, in the page's language.
    assert.equal(page.find('title').childNodes[0].value, 'Informe de avances del Diálogo Económico de Alto Nivel (DEAN) México–Estados Unidos');
    const metric = page.find('hled-metric');
    assert.ok(metric, 'the element is in the page');
    assert.equal(page.attr(metric, 'lang'), 'es');
    assert.equal(values(r.out)[0], 'US$18.8 millones');
  });

  it('defaults to English, takes --title (as text), and carries --jsonld in its head', async () => {
    const r = cli(['render', '--document', '--jsonld', '--title', 'Figures & <facts>', METRIC]);
    assert.equal(r.status, 0, r.err);
    const page = await parsePage(r.out);
    assert.deepEqual(page.errors, []);
    assert.equal(page.attr(page.find('html'), 'lang'), 'en');
    assert.equal(page.find('title').childNodes[0].value, 'Figures & <facts>');
    assert.equal(page.find('head').childNodes.filter((n) => n.nodeName === 'script').length, 1);
    const plain = cli(['render', '--document', METRIC]);
    assert.match(plain.out, /<title>U\.S\.–Mexico High-Level Economic Dialogue \(HLED\) Progress Report<\/title>/);
  });

  it('writes Spanish as UTF-8 that decodes back to the same text', () => {
    const r = spawnSync(process.execPath, [BIN, 'render', '--document', '--lang', 'es', '<hled-pillar pillar="2"></hled-pillar>']);
    assert.equal(r.status, 0, r.stderr.toString());
    const text = new TextDecoder('utf-8', { fatal: true }).decode(r.stdout);
    assert.ok(r.stdout.includes(Buffer.from('Diálogo Económico', 'utf8')));
    assert.match(text, /<title>Informe de avances del Diálogo Económico de Alto Nivel \(DEAN\) México–Estados Unidos<\/title>/);
    assert.match(text, /Centroamérica/);
    assert.equal(Buffer.from(text, 'utf8').equals(r.stdout), true);
  });
});
