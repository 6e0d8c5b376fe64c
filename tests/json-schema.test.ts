import { REPORT_URL } from './helpers.js';
/**
 * The published JSON Schema (`data/report.schema.json`, which report files name in "$schema") is
 * generated from the valibot schema; this fails when someone changes `src/data/schema.ts` without
 * regenerating it with `node scripts/json-schema.mjs`.
 */
import { expect } from '@open-wc/testing';
import { reportJsonSchema } from '../src/data/json-schema.js';

describe('JSON Schema', () => {
  it('data/report.schema.json is what the valibot schema generates', async () => {
    const response = await fetch('/data/report.schema.json');
    expect(response.ok, 'data/report.schema.json: run node scripts/json-schema.mjs').to.equal(true);
    const published = (await response.json()) as unknown;
    // Through JSON, as the file is: drops what JSON cannot hold (undefined), keeps key order.
    const generated = JSON.parse(JSON.stringify(reportJsonSchema())) as unknown;
    expect(published, 'data/report.schema.json is out of date: run node scripts/json-schema.mjs').to.deep.equal(
      generated,
    );
  });

  it('the report files point at it', async () => {
    const response = await fetch(REPORT_URL);
    const report = (await response.json()) as { $schema?: string };
    expect(new URL(report.$schema ?? '', new URL('/data/reports/', location.href)).pathname).to.equal(
      '/data/report.schema.json',
    );
  });
});
