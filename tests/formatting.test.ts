/**
 * The build formats each bundled report in Node (scripts/generate.mjs): figures, dates and UI words
 * in each language. A `src` report is formatted in the page, by the same code, with the browser's
 * Intl. Both must give the same strings: the views built in Node equal the views this browser makes
 * of the same report file, in every language.
 */
import { expect } from '@open-wc/testing';
import { load } from '#hled-data/report';
import { fileName } from '../src/data/files.js';
import type { Report } from '../src/data/types.js';
import { toView } from '../src/data/view.js';
import { REPORTS } from '../src/generated/reports.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import { loadStrings } from '../src/i18n/strings.js';

describe('formatting at build time and in the page', () => {
  for (const { id } of REPORTS) {
    for (const { code, intl } of LANGUAGES) {
      it(`${id} in ${code} (${intl}): the built view equals the view made in this browser`, async () => {
        await loadStrings(code);
        const report = (await (await fetch(`/data/reports/${id}.json`)).json()) as Report;
        const built = (await load(fileName(id, code))) as object;
        const made = JSON.parse(JSON.stringify(toView(report, code, intl)));
        expect(made).to.deep.equal(built);
      });
    }
  }
});
