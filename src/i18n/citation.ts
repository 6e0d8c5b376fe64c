/**
 * The citation of a report, or of what a widget shows of it: title, date (a year the report does
 * not write in brackets, "April 18, [2023]"), publisher, address, the fact cited, and the day it
 * was read where that is known. One function for the "Cite or download" disclosure (`tools.ts`),
 * the static output (`server.ts`) and the printed report (`view.ts`), so all three say the same.
 * Call inside `withLocale`.
 */
import { msg, str } from '@lit/localize';
import type { Report } from '../data/types.js';
import { formatPartialDate } from './format.js';
import type { Locale } from '../core/locale.js';

export function citationText(report: Pick<Report, 'title' | 'date' | 'dateInferred'>, locale: Locale, shown: string, readOn?: Date): string {
  const title = (report.title as Record<string, string | undefined>)[locale.lang] ?? report.title.en;
  const date = formatPartialDate(report.date, locale, report.dateInferred);
  const publisher = msg('Governments of the United States and Mexico', { id: 'publisher' });
  if (!readOn) {
    return msg(str`${title}, ${date}. ${publisher}. https://trade.gov/HLED. “${shown}.”`, {
      id: 'citation-undated',
      desc: 'A citation without the day it was read (in a page written before it is read): report title, its date, publisher, address, the fact cited.',
    });
  }
  const accessed = new Intl.DateTimeFormat(locale.tag, { dateStyle: 'long' }).format(readOn);
  return msg(str`${title}, ${date}. ${publisher}. https://trade.gov/HLED. “${shown}.” Accessed ${accessed}.`, {
    id: 'citation',
    desc: 'A citation: report title, its date, publisher, address, the fact cited, the day it was read.',
  });
}
