/**
 * en-US and es-MX numbers and dates are formatted without Intl (its first formatter costs a page
 * 20–45 ms, see src/i18n/format.ts): they must read exactly as Intl writes them, in every browser.
 */
import { expect } from '@open-wc/testing';
import { formatNumber, formatPartialDate } from '../src/i18n/format.js';
import { toLocale } from '../src/i18n/locale.js';

const TAGS = ['en-US', 'es-MX'] as const;

describe('formatting without Intl (en-US, es-MX)', () => {
  for (const tag of TAGS) {
    const locale = toLocale(tag);

    it(`${tag}: numbers read as Intl.NumberFormat writes them`, () => {
      const values = [0, 7, 20, 25, 999, 1000, 1800, 1999.5, 25800, 18.8, 1.2, 0.5, 2.25, 1234567, 12345678.9, -1800, 3.125];
      for (const n of values) {
        let digits = 0;
        while (digits < 3 && !Number.isInteger(Math.round(n * 10 ** digits * 1e6) / 1e6)) digits++;
        const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0, useGrouping: 'always' }).format(n);
        expect(formatNumber(n, locale), String(n)).to.equal(intl);
      }
    });

    it(`${tag}: dates read as Intl.DateTimeFormat writes them, at each precision`, () => {
      const options = {
        day: { year: 'numeric', month: 'long', day: 'numeric' },
        month: { year: 'numeric', month: 'long' },
        year: { year: 'numeric' },
      } as const;
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 10, 28]) {
          for (const year of [1999, 2022, 2023, 2030]) {
            const mm = String(month).padStart(2, '0');
            const dd = String(day).padStart(2, '0');
            const cases = { day: `${year}-${mm}-${dd}`, month: `${year}-${mm}`, year: `${year}` } as const;
            for (const [precision, iso] of Object.entries(cases) as [keyof typeof cases, string][]) {
              const [y, m = 1, d = 1] = iso.split('-').map(Number);
              const intl = new Intl.DateTimeFormat(tag, { ...options[precision], timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
              expect(formatPartialDate(iso, locale), iso).to.equal(intl);
            }
          }
        }
      }
    });
  }
});
