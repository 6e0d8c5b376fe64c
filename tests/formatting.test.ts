/**
 * The build formats each bundled report in Node (scripts/generate.mjs): figures, dates and UI words
 * in each language. A `src` report is formatted in the page, by the same code, with the browser's
 * Intl. Both must give the same strings: the views built in Node equal the views this browser makes
 * of the same report file, in every language.
 */
import { expect } from '@open-wc/testing';
import { load } from '#hled-data/report';
import { fileName } from '../src/core/files.js';
import type { Report } from '../src/data/types.js';
import { toView } from '../src/data/view.js';
import { REPORTS } from '../src/generated/reports.js';
import { LANGUAGES } from '../src/core/languages.js';
import { formatMetricValue } from '../src/i18n/format.js';
import { toLocale } from '../src/core/locale.js';
import { withLocale } from '../src/i18n/localize.js';
import { loadStrings } from '../src/i18n/strings.js';

describe('formatting at build time and in the page', () => {
  for (const { id } of REPORTS) {
    for (const { code, intl } of LANGUAGES) {
      it(`${id} in ${code} (${intl}): the built view equals the view made in this browser`, async () => {
        await loadStrings(code);
        const report = (await (await fetch(`/data/reports/${id}.json`)).json()) as Report;
        const built = { ...((await load(fileName(id, code))) as object) } as Record<string, unknown>;
        // An English view also carries its source sentences (scripts/generate.mjs): the formatted view is compared.
        delete built.sources;
        const made = JSON.parse(JSON.stringify(toView(report, code, intl)));
        expect(made).to.deep.equal(built);
      });
    }
  }
});

describe('figure wording in each language', () => {
  const format = async (lang: 'en' | 'es', figure: Parameters<typeof formatMetricValue>[0]) => {
    await loadStrings(lang);
    return withLocale(lang, () => formatMetricValue(figure, toLocale(lang)));
  };
  const million = (value: number) => ({ value, unit: 'usd', scale: 'million', qualifier: 'exact' }) as const;

  it('writes exactly one million dollars in the singular: "$1 million", "US$1 millón"', async () => {
    expect(await format('en', million(1_000_000))).to.equal('$1 million');
    expect(await format('es', million(1_000_000))).to.equal('US$1 millón');
  });

  it('keeps the plural for any other amount in millions: "$1.2 million", "US$1.2 millones"', async () => {
    expect(await format('en', million(1_200_000))).to.equal('$1.2 million');
    expect(await format('es', million(1_200_000))).to.equal('US$1.2 millones');
  });

  it('writes a range the report gives as "between" as "20–25" in English and "de 20 a 25" in Spanish', async () => {
    const range = { value: 20, max: 25, unit: 'people', qualifier: 'range' } as const;
    expect(await format('en', range)).to.equal('20–25');
    expect(await format('es', range)).to.equal('de 20 a 25');
  });
});
