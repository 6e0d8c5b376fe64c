/**
 * Every word the elements show around the report's own text, as `msg()` calls (@lit/localize:
 * extracted to `xliff/<lang>.xlf`, translated there). Like figures and dates, they are resolved
 * once per language when the package is built, into each view of a bundled report (`view.ts`):
 * elements read `view.words`, so a page carries neither the strings of every language nor the
 * localization runtime. For a `src` report the same functions run in the page.
 *
 * Call inside `withLocale(lang, …)`.
 */
import { msg, str } from '@lit/localize';

export function romanNumeral(n: number): string {
  return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n] ?? String(n);
}

/** The words every element may show: a figure's card needs only these. */
export function commonWords(pillars: readonly number[]) {
  return {
    source: msg('Source', { id: 'source' }),
    agencies: msg('Agencies:', { id: 'agencies-label' }),
    /** "Pillar II", by pillar number. */
    pillar: Object.fromEntries(
      pillars.map((n) => {
        const numeral = romanNumeral(n);
        return [n, msg(str`Pillar ${numeral}`, { id: 'pillar-n' })];
      }),
    ) as Record<number, string>,
  };
}

/** The words of the elements that show more than one figure: headings, statuses, labels. */
export function contentWords() {
  return {
    places: msg('Places:', { id: 'places-label' }),
    figures: msg('Figures', { id: 'figures' }),
    dates: msg('Dates', { id: 'dates' }),
    timeline: msg('Timeline', { id: 'timeline' }),
    purpose: msg('Purpose', { id: 'purpose' }),
    delegations: msg('Delegations', { id: 'delegations' }),
    us: msg('United States', { id: 'country-us' }),
    mx: msg('Mexico', { id: 'country-mx' }),
    pillars: msg('The four pillars', { id: 'pillars-overview' }),
    stakeholders: msg('Stakeholder engagement', { id: 'stakeholders' }),
    allFigures: msg('All figures', { id: 'all-figures' }),
    status: {
      done: msg('Done', { id: 'status-done' }),
      ongoing: msg('Ongoing', { id: 'status-ongoing' }),
      planned: msg('Planned', { id: 'status-planned' }),
      expected: msg('Expected', { id: 'status-expected' }),
      happened: msg('Happened', { id: 'status-happened' }),
    },
  };
}

export type CommonWords = ReturnType<typeof commonWords>;
export type ContentWords = ReturnType<typeof contentWords>;
