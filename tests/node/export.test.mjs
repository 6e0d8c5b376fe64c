// `hled-widgets export`: the report as files and metadata for open-data pipelines — the CSV and JSON
// of the widgets' own downloads, a schema.org Dataset (JSON-LD) and a DCAT-US 3.0 data.json — and
// the one-line refusals (exit 2) of an unknown format or report. Runs after `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/hled-widgets.mjs', import.meta.url));
const ID = 'hled-2023-04-18';
const RAW = JSON.parse(readFileSync(new URL(`../../data/reports/${ID}.json`, import.meta.url), 'utf8'));
/** The report as the widgets carry it: the file without its `$schema` pointer. */
const REPORT = Object.fromEntries(Object.entries(RAW).filter(([key]) => key !== '$schema'));

function cli(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** Runs an export that must succeed and returns its stdout. */
function exported(args) {
  const r = cli(['export', ...args]);
  assert.equal(r.status, 0, r.err);
  assert.equal(r.err, '');
  return r.out;
}

/** One line on stderr, nothing on stdout, exit 2. */
function refused(args) {
  const r = cli(args);
  assert.equal(r.status, 2, r.out + r.err);
  assert.equal(r.out, '');
  assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
  assert.doesNotMatch(r.err, /\n\s+at /);
  return r.err;
}

/** A CSV file (RFC 4180: quoted cells, "" inside them, CRLF rows) as rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  assert.equal(cell + row.length, '0', 'the file ends with CRLF');
  return rows;
}

/** First and last calendar day of a date at the report's precision ("2023" → 2023-01-01 / 2023-12-31). */
const firstDay = (d) => [d.slice(0, 4), d.slice(5, 7) || '01', d.slice(8, 10) || '01'].join('-');
function lastDay(d) {
  if (d.length === 10) return d;
  const [y, m = 12] = d.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

describe('hled-widgets export --format csv', () => {
  it('is the CSV of <hled-report>’s "Get the data" download: csvOf over the ids it shows, in its order', async () => {
    const { csvOf, renderToString } = await import('../../dist/ssr.js');
    // What the download reads: the [id^="hled-"] elements of the widget's shadow root, in order.
    const shown = [...(await renderToString(`<hled-report report="${ID}"></hled-report>`)).matchAll(/\sid="hled-([^"]+)"/g)].map((m) => m[1]);
    assert.equal(exported(['--format', 'csv']), csvOf(REPORT, shown));
  });

  it('has one row per figure, initiative and event, each once, with both languages and the source', () => {
    const [head, ...rows] = parseCsv(exported(['--format', 'csv', '--report', ID]));
    assert.deepEqual(head, ['report', 'kind', 'id', 'pillar', 'status', 'date', 'date_supplied', 'text_en', 'figure_en', 'text_es', 'figure_es', 'source']);
    const initiatives = RAW.pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives));
    const expected = [...RAW.metrics.map((m) => m.id), ...initiatives.map((i) => i.id), ...RAW.events.map((e) => e.id)];
    assert.deepEqual(rows.map((r) => r[2]).sort(), expected.sort());
    assert.ok(rows.every((r) => r[0] === ID && r.length === head.length));
    const usaid = rows.find((r) => r[2] === 'usaid-investments');
    const metric = RAW.metrics.find((m) => m.id === 'usaid-investments');
    assert.deepEqual(usaid, [ID, 'figure', 'usaid-investments', '2', 'reached', '', '', metric.label.en, '$18.8 million', metric.label.es, 'US$18.8 millones', metric.source]);
    const launch = rows.find((r) => r[2] === 'e3-launch-2023-02-15');
    assert.deepEqual([launch[1], launch[5], launch[6], launch[8], launch[10]], ['event', '2023-02-15', '', 'February 15, 2023', '15 de febrero de 2023']);
  });

  it('says in date_supplied which part of a date the report does not write ("year"), and shows that year in brackets', () => {
    const [head, ...rows] = parseCsv(exported(['--format', 'csv', '--report', ID]));
    const col = (name) => head.indexOf(name);
    const supplied = rows.filter((r) => r[col('date_supplied')] !== '');
    assert.deepEqual(
      supplied.map((r) => [r[col('id')], r[col('date')], r[col('date_supplied')], r[col('figure_en')], r[col('figure_es')]]),
      [
        // In the report's order: the meetings of the dialogue, then the pillars'.
        ['co-chairs-meeting-2023-04-18', '2023-04-18', 'year', 'April 18, [2023]', '18 de abril de [2023]'],
        ['apprenticeship-exchange-2023-02-23', '2023-02-23', 'year', 'February 23, [2023]', '23 de febrero de [2023]'],
      ],
    );
    assert.ok(rows.every((r) => !`${r[col('figure_en')]}${r[col('figure_es')]}`.includes('[') || r[col('date_supplied')] === 'year'));
  });
});

describe('hled-widgets export --format json', () => {
  it('is the report file, as the in-page download writes it (without $schema)', () => {
    const out = exported(['--format', 'json']);
    assert.deepEqual(JSON.parse(out), REPORT);
    assert.equal(out, `${JSON.stringify(JSON.parse(out), null, 2)}\n`);
  });
});

describe('hled-widgets export --format jsonld (schema.org Dataset)', () => {
  const dataset = JSON.parse(exported(['--format', 'jsonld']));
  const tagged = (value) => Object.fromEntries(value.map((v) => [v['@language'], v['@value']]));

  it('is a schema.org Dataset with name and description in English and Spanish', () => {
    assert.equal(dataset['@context'], 'https://schema.org');
    assert.equal(dataset['@type'], 'Dataset');
    assert.deepEqual(tagged(dataset.name), RAW.title);
    const description = tagged(dataset.description);
    assert.deepEqual(Object.keys(description), ['en', 'es']);
    assert.ok(description.en.endsWith(RAW.meeting.text.en) && description.es.endsWith(RAW.meeting.text.es));
    assert.deepEqual(dataset.inLanguage, ['en', 'es']);
    assert.equal(dataset.url, 'https://www.trade.gov/HLED');
    assert.equal(dataset.datePublished, RAW.date);
    assert.equal(dataset.identifier, ID);
    assert.equal(dataset.isAccessibleForFree, true);
  });

  it('says in both languages that the report writes its date without a year (disambiguatingDescription), datePublished staying an ISO date', () => {
    assert.equal(RAW.dateInferred, 'year');
    assert.equal(dataset.datePublished, '2023-04-18');
    assert.deepEqual(tagged(dataset.disambiguatingDescription), {
      en: 'The report writes its date without a year: April 18, [2023]. The year in brackets, that of datePublished, is supplied.',
      es: 'El informe escribe su fecha sin año: 18 de abril de [2023]. El año entre corchetes, el de datePublished, es un dato añadido.',
    });
  });

  it('names publisher and creator as Organizations, in both languages, and keywords', () => {
    for (const key of ['publisher', 'creator']) {
      assert.equal(dataset[key]['@type'], 'Organization');
      assert.deepEqual(tagged(dataset[key].name), { en: 'Governments of the United States and Mexico', es: 'Gobiernos de México y de los Estados Unidos' });
    }
    const keywords = dataset.keywords.filter((k) => k['@language'] === 'es').map((k) => k['@value']);
    assert.deepEqual(keywords, ['DEAN', ...RAW.pillars.map((p) => p.title.es)]);
  });

  it('covers, as an ISO 8601 interval, the first to the last event the report dates', () => {
    const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(dataset.temporalCoverage);
    assert.ok(m, dataset.temporalCoverage);
    for (const day of [m[1], m[2]]) assert.equal(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), day);
    const starts = RAW.events.map((e) => firstDay(e.date)).sort();
    const ends = RAW.events.map((e) => lastDay(e.end ?? e.date)).sort();
    assert.equal(m[1], starts[0]);
    assert.equal(m[2], ends.at(-1));
    // The 2022-09-12 ministerial; "fall 2023", which the report dates no closer than 2023.
    assert.equal(dataset.temporalCoverage, '2022-09-12/2023-12-31');
  });

  it('offers the CSV and the JSON as DataDownloads, by bare file name unless --base-url says where', () => {
    assert.deepEqual(
      dataset.distribution.map((d) => [d['@type'], d.encodingFormat, d.contentUrl]),
      [
        ['DataDownload', 'text/csv', `${ID}.csv`],
        ['DataDownload', 'application/json', `${ID}.json`],
      ],
    );
    const hosted = JSON.parse(exported(['--format', 'jsonld', '--base-url', 'https://example.gov/data/hled']));
    assert.deepEqual(hosted.distribution.map((d) => d.contentUrl), [`https://example.gov/data/hled/${ID}.csv`, `https://example.gov/data/hled/${ID}.json`]);
    const path = JSON.parse(exported(['--format', 'jsonld', '--base-url=/open-data/']));
    assert.equal(path.distribution[0].contentUrl, `/open-data/${ID}.csv`);
  });

  it('claims no licence unless given one', () => {
    assert.equal('license' in dataset, false);
    const licensed = JSON.parse(exported(['--format', 'jsonld', '--license', 'https://creativecommons.org/publicdomain/zero/1.0/']));
    assert.equal(licensed.license, 'https://creativecommons.org/publicdomain/zero/1.0/');
  });
});

describe('hled-widgets export --format dcat (DCAT-US 3.0 data.json)', () => {
  // DCAT-US 3.0's required fields. Catalog, Kind and Organization: the `required` lists of GSA's JSON
  // Schema (github.com/GSA/dcat-us, jsonschema/definitions/{Catalog,Kind,Organization}.json). Dataset:
  // resources.data.gov/resources/dcat-us-3-dataset/ ("Required fields in v3.0: title, description,
  // contactPoint, identifier"), plus publisher, which the schema required until 2026-05-27 and still
  // "strongly encourages". Distribution and PeriodOfTime require nothing.
  const REQUIRED = {
    Catalog: ['dataset'],
    Dataset: ['title', 'description', 'contactPoint', 'identifier', 'publisher'],
    Kind: ['fn', 'hasEmail'],
    Organization: ['name'],
  };
  // What an open-data team's data.json carries besides (v1.1's other required fields, still in 3.0).
  const ALSO = ['keyword', 'modified', 'accessRights', 'distribution', 'temporal', 'language'];
  // Kind.json's pattern for hasEmail.
  const MAILTO = /^mailto:[\w_~!$&'()*+,;=:.-]+@[\w.-]+\.[\w.-]+?$/;
  const ARGS = ['--format', 'dcat', '--base-url', 'https://example.gov/hled/', '--contact-email', 'hled-data@example.gov'];
  const catalog = JSON.parse(exported(ARGS));
  const [dataset] = catalog.dataset;

  it('is a Catalog that conforms to DCAT-US 3.0, with one Dataset', () => {
    for (const key of REQUIRED.Catalog) assert.ok(key in catalog, key);
    assert.equal(catalog['@type'], 'Catalog');
    assert.deepEqual(catalog.conformsTo, { '@type': 'Standard', title: 'DCAT-US 3.0', identifier: 'https://resources.data.gov/dcat-us/3.0.0' });
    assert.equal(catalog.dataset.length, 1);
  });

  it('has every required field, with the type the schema gives it', () => {
    for (const key of [...REQUIRED.Dataset, ...ALSO]) assert.ok(dataset[key] !== undefined && dataset[key] !== null, key);
    assert.equal(dataset.title, RAW.title.en);
    assert.equal(typeof dataset.description, 'string');
    assert.ok(dataset.description.endsWith(RAW.meeting.text.en));
    assert.equal(dataset.identifier, `https://example.gov/hled/${ID}`);
    for (const key of REQUIRED.Organization) assert.equal(typeof dataset.publisher[key], 'string');
    for (const key of REQUIRED.Kind) assert.equal(typeof dataset.contactPoint[key], 'string');
    assert.match(dataset.contactPoint.hasEmail, MAILTO);
    assert.equal(dataset.contactPoint.hasEmail, 'mailto:hled-data@example.gov');
    assert.ok(dataset.keyword.length && dataset.keyword.every((k) => typeof k === 'string' && k.length > 0));
    assert.equal(dataset.modified, RAW.date);
    assert.equal(dataset.accessRights, 'public');
    assert.deepEqual(dataset.language, ['en', 'es']);
    assert.deepEqual(dataset.temporal, [{ '@type': 'PeriodOfTime', startDate: '2022-09-12', endDate: '2023-12-31' }]);
    assert.deepEqual(
      dataset.distribution.map((d) => [d.mediaType, d.downloadURL]),
      [
        ['text/csv', `https://example.gov/hled/${ID}.csv`],
        ['application/json', `https://example.gov/hled/${ID}.json`],
      ],
    );
  });

  it('keeps both languages: --lang es puts Spanish in title, description and keyword, the …Map fields hold both', () => {
    const [es] = JSON.parse(exported([...ARGS, '--lang', 'es', '--contact-name', 'Datos del DEAN'])).dataset;
    assert.equal(es.title, RAW.title.es);
    assert.deepEqual(es.titleMap, RAW.title);
    assert.equal(es.keyword[0], 'DEAN');
    assert.equal(es.publisher.name, 'Gobiernos de México y de los Estados Unidos');
    assert.equal(es.contactPoint.fn, 'Datos del DEAN');
    assert.deepEqual(Object.keys(dataset.descriptionMap), ['en', 'es']);
  });

  it('puts a given licence on each distribution, and none otherwise', () => {
    assert.ok(dataset.distribution.every((d) => !('license' in d)));
    const [licensed] = JSON.parse(exported([...ARGS, '--license', 'https://example.gov/terms'])).dataset;
    assert.ok(licensed.distribution.every((d) => d.license === 'https://example.gov/terms'));
  });

  it('refuses to run without a contact email or an absolute base URL, naming the flag', () => {
    assert.match(refused(['export', '--format', 'dcat', '--base-url', 'https://example.gov/']), /--contact-email/);
    assert.match(refused(['export', '--format', 'dcat', '--contact-email', 'a@example.gov']), /--base-url/);
    assert.match(refused(['export', '--format', 'dcat', '--contact-email', 'a@example.gov', '--base-url', '/data/']), /absolute/);
    assert.match(refused(['export', '--format', 'dcat', '--base-url', 'https://example.gov/', '--contact-email', 'not-an-address']), /--contact-email/);
  });
});

describe('hled-widgets export: bad input', () => {
  it('an unknown format: one line naming the formats, exit 2', () => {
    const err = refused(['export', '--format', 'xml']);
    assert.match(err, /"xml"/);
    assert.match(err, /csv, json, jsonld, dcat/);
  });

  it('an unknown report: one line naming the bundled reports, exit 2', () => {
    const err = refused(['export', '--format', 'csv', '--report', 'hled-2031-01-01']);
    assert.match(err, /"hled-2031-01-01"/);
    assert.match(err, new RegExp(ID));
  });

  it('no --format, or a flag its format does not use: exit 2, naming it', () => {
    assert.match(refused(['export']), /--format/);
    assert.match(refused(['export', '--format', 'csv', '--lang', 'es']), /--lang/);
    assert.match(refused(['export', '--format', 'json', '--contact-email', 'a@example.gov']), /--contact-email/);
  });

  it('the formats the CLI offers are the ones the library exports', async () => {
    const { EXPORT_FORMATS } = await import('../../dist/ssr.js');
    const { FORMATS } = await import('../../bin/cli-options.mjs');
    assert.deepEqual(FORMATS, [...EXPORT_FORMATS]);
  });
});
