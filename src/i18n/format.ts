/**
 * Formatting of figures and dates, through `Intl` with formatters created once per locale and
 * options and reused. Words around the numbers ("over", "million", "fall") are UI strings and go
 * through `msg()`, so the caller must be inside `withLocale()` (every element render is).
 *
 * Money keeps the report's precision ("$18.8 million", never "$19M") and in Spanish is always
 * marked as U.S. dollars ("US$18.8 millones"), since a bare "$" reads as pesos in Mexico.
 */
import { msg, str } from '@lit/localize';
import type { HledEvent, Metric } from '../data/types.js';
import type { Locale } from '../core/locale.js';

/** What formatting reads of a metric (a report's or a view's). */
type Figure = Pick<Metric, 'value' | 'max' | 'qualifier' | 'unit' | 'scale'>;
/** What formatting reads of an event. */
type EventDate = Pick<HledEvent, 'date' | 'end' | 'season' | 'part' | 'tentative' | 'inferred'>;
/** The part of a date the report does not write (`HledEvent.inferred`, `Report.dateInferred`). */
export type Supplied = HledEvent['inferred'];

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(tag: string, fractionDigits: number): Intl.NumberFormat {
  const key = `n|${tag}|${fractionDigits}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    // Grouping always: Spanish CLDR data skips the separator in 4-digit numbers, the report writes 1,800.
    f = new Intl.NumberFormat(tag, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0, useGrouping: 'always' });
    formatters.set(key, f);
  }
  return f;
}

function dateFormat(tag: string, precision: 'day' | 'month' | 'month-only' | 'year'): Intl.DateTimeFormat {
  const key = `d|${tag}|${precision}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { year: 'numeric', month: 'long', day: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : precision === 'month-only'
            ? { month: 'long' }
            : { year: 'numeric' };
    f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** Digits after the point needed to show `n` exactly (18.8 → 1), capped at 3. */
function fractionDigitsOf(n: number): number {
  for (let d = 0; d < 3; d++) if (Number.isInteger(Math.round(n * 10 ** d * 1e6) / 1e6)) return d;
  return 3;
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale.tag, fractionDigitsOf(n)).format(n);
}

function formatAmount(value: number, metric: Figure, locale: Locale): string {
  if (metric.unit === 'usd') {
    if (metric.scale === 'million') {
      // Exactly one million is singular in Spanish ("US$1 millón", not "US$1 millones").
      if (value === 1e6) return msg('$1 million', { id: 'usd-one-million', desc: 'Exactly one million U.S. dollars. Spanish must say US$ so it never reads as pesos.' });
      const amount = formatNumber(value / 1e6, locale);
      return msg(str`$${amount} million`, { id: 'usd-million', desc: 'U.S. dollars in millions. Spanish must say US$ so it never reads as pesos.' });
    }
    const amount = formatNumber(value, locale);
    return msg(str`$${amount}`, { id: 'usd', desc: 'U.S. dollars. Spanish must say US$ so it never reads as pesos.' });
  }
  return formatNumber(value, locale);
}

/** The figure with its qualifier: "$18.8 million", "over 1,800", "nearly 2,000", "20–25". */
export function formatMetricValue(metric: Figure, locale: Locale): string {
  const value = formatAmount(metric.value, metric, locale);
  switch (metric.qualifier) {
    case 'at-least':
      return msg(str`over ${value}`, { id: 'qualifier-over', desc: 'A figure the report gives as "over N".' });
    case 'about':
      return msg(str`nearly ${value}`, { id: 'qualifier-nearly', desc: 'A figure the report gives as "nearly N".' });
    case 'range': {
      const max = formatAmount(metric.max ?? metric.value, metric, locale);
      return msg(str`${value}–${max}`, { id: 'figure-range', desc: 'A figure the report gives as a range ("between 20 and 25", written "20-25"): Spanish "de 20 a 25".' });
    }
    default:
      return value;
  }
}

function toUtcDate(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

type Precision = 'day' | 'month' | 'year';
function precisionOf(iso: string): Precision {
  return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/**
 * A date at the precision the report gives: "February 15, 2023", "October 2022", "2023". A year the
 * report does not write (`supplied`) is in square brackets, the way editors mark supplied text:
 * "February 23, [2023]", "23 de febrero de [2023]".
 */
export function formatPartialDate(iso: string, locale: Locale, supplied?: Supplied): string {
  const f = dateFormat(locale.tag, precisionOf(iso));
  if (!supplied) return f.format(toUtcDate(iso));
  return f
    .formatToParts(toUtcDate(iso))
    .map((p) => (p.type === 'year' ? `[${p.value}]` : p.value))
    .join('');
}

/** "fall 2023": one message per season, so each language can order and join the words. */
function seasonOfYear(season: NonNullable<HledEvent['season']>, year: string): string {
  switch (season) {
    case 'spring':
      return msg(str`spring ${year}`, { id: 'season-spring' });
    case 'summer':
      return msg(str`summer ${year}`, { id: 'season-summer' });
    case 'fall':
      return msg(str`fall ${year}`, { id: 'season-fall' });
    default:
      return msg(str`winter ${year}`, { id: 'season-winter' });
  }
}

/**
 * An event's date as the report gives it, as a label: "February 15, 2023", "October 2022",
 * "Fall 2023", "Late September–October 2023", with "(likely)" when the report hedges.
 */
export function formatEventDate(event: EventDate, locale: Locale): string {
  let text: string;
  if (event.season) {
    const year = event.date.slice(0, 4);
    text = seasonOfYear(event.season, event.inferred ? `[${year}]` : year);
  } else if (event.end) {
    const sameYear = event.end.slice(0, 4) === event.date.slice(0, 4) && precisionOf(event.date) === 'month';
    const start = sameYear
      ? dateFormat(locale.tag, 'month-only').format(toUtcDate(event.date))
      : formatPartialDate(event.date, locale, event.inferred);
    const end = formatPartialDate(event.end, locale, event.inferred);
    text =
      event.part === 'late'
        ? msg(str`late ${start}–${end}`, { id: 'range-late', desc: 'e.g. "late September–October 2023".' })
        : msg(str`${start}–${end}`, { id: 'range', desc: 'A date range, e.g. "September–October 2023".' });
  } else {
    const date = formatPartialDate(event.date, locale, event.inferred);
    text =
      event.part === 'late'
        ? msg(str`late ${date}`, { id: 'date-late' })
        : event.part === 'early'
          ? msg(str`early ${date}`, { id: 'date-early' })
          : event.part === 'mid'
            ? msg(str`mid-${date}`, { id: 'date-mid' })
            : date;
  }
  const label = event.tentative ? msg(str`${text} (likely)`, { id: 'date-tentative', desc: 'The report hedges the date ("likely").' }) : text;
  // A label on its own line: sentence case in every language ("Fall 2023", "Octubre de 2022").
  return label.charAt(0).toLocaleUpperCase(locale.tag) + label.slice(1);
}
