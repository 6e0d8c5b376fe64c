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
    /** Before a source sentence on paper, where the "Source" control is not printed. */
    sourcePrint: msg('Source:', { id: 'source-print', desc: 'Printed before each source sentence (the report’s own words, in English). Spanish says the text is the English original.' }),
    agencies: msg('Institutions:', { id: 'agencies-label', desc: 'Before the list of the agencies, ministries, universities… behind an item.' }),
    /** "Pillar II", by pillar number. */
    pillar: Object.fromEntries(
      pillars.map((n) => {
        const numeral = romanNumeral(n);
        return [n, msg(str`Pillar ${numeral}`, { id: 'pillar-n' })];
      }),
    ) as Record<number, string>,
    /** A figure the report gives as under way, or for the future (`Metric.status`). */
    figureStatus: {
      ongoing: msg('In progress', { id: 'status-ongoing' }),
      planned: msg('Planned', { id: 'status-planned' }),
    },
    copyLink: msg('Copy link', { id: 'copy-link', desc: 'Copies the address of one figure, initiative or event of the page.' }),
    linkCopied: msg('Link copied', { id: 'link-copied' }),
    tools: msg('Cite or download', { id: 'tools', desc: 'Opens the citation and the data downloads of a widget.' }),
  };
}

/**
 * The words of the elements that show more than one figure: headings, statuses, labels.
 * `date`: the report's date, formatted ("April 18, 2023").
 */
export function contentWords(date: string) {
  return {
    places: msg('Places:', { id: 'places-label' }),
    figures: msg('Figures', { id: 'figures' }),
    dates: msg('Dates', { id: 'dates' }),
    timeline: msg('Timeline', { id: 'timeline' }),
    contents: msg('Contents', { id: 'contents' }),
    meetings: msg('Meetings of the dialogue', { id: 'meetings', desc: 'Heading of the dialogue’s own meetings: ministerials and co-chairs’ meetings.' }),
    purpose: msg('Purpose', { id: 'purpose' }),
    delegations: msg('Delegations', { id: 'delegations' }),
    us: msg('United States', { id: 'country-us' }),
    mx: msg('Mexico', { id: 'country-mx' }),
    stakeholders: msg('Stakeholder engagement', { id: 'stakeholders' }),
    allFigures: msg('All figures', { id: 'all-figures' }),
    /** Under dates with a year in brackets ("February 23, [2023]"): the year is supplied. */
    supplied: msg('Years in brackets are not written in the report.', { id: 'supplied-year', desc: 'Said under dates such as “February 23, [2023]”: the report gives the day, not the year.' }),
    citation: msg('Cite as:', { id: 'print-citation', desc: 'At the end of the printed report, before its citation.' }),
    address: msg('Printed from:', { id: 'print-address', desc: 'At the end of the printed report, before the address of the page it was printed from.' }),
    noEvents: msg('The report gives no date for this selection.', { id: 'no-events', desc: 'A timeline whose filters (pillar, status, institution) match no event.' }),
    nothingYet: msg('The report mentions this institution but attributes no initiative or figure to it.', { id: 'agency-nothing' }),
    /** Once, below items whose text is the report's own sentence (so no "Source" disclosure repeats it). */
    quoted: msg(str`Texts shown without a “Source” are quoted word for word from the HLED progress report of ${date} (trade.gov/HLED).`, {
      id: 'quoted',
      desc: 'Said below items whose text is the report’s own words, in place of a “Source” disclosure under each.',
    }),
    status: {
      done: msg('Completed', { id: 'status-done' }),
      ongoing: msg('In progress', { id: 'status-ongoing' }),
      planned: msg('Planned', { id: 'status-planned' }),
      expected: msg('Expected', { id: 'status-expected' }),
      happened: msg('Took place', { id: 'status-happened', desc: 'An event the report says took place. Spanish badges read beside items of either gender: "Estatus: realizado".' }),
      planning: msg('In planning', { id: 'status-planning', desc: 'An initiative the report says is being planned ("presently planning"), with no date fixed.' }),
    },
  };
}

/** The common words; a part's own file holds the status words of its figures only. */
export type CommonWords = Omit<ReturnType<typeof commonWords>, 'figureStatus'> & { figureStatus: Partial<ReturnType<typeof commonWords>['figureStatus']> };
export type ContentWords = ReturnType<typeof contentWords>;

/**
 * The words of the frame page (`dist/embed.html`, `src/embed/frame.ts`): its title before the
 * widget names what it shows, and why it refuses an address. Each reason is shown after the part
 * of the address it is about (`onclick=…: …`), so no sentence needs the value inside it.
 */
export function frameWords() {
  return {
    /** The frame page's title, and the end of it once the widget has loaded ("$18.8 million … — HLED progress report"). */
    site: msg('HLED progress report', { id: 'frame-site', desc: 'Short name of the report, in the title of a page that shows one widget.' }),
    refused: msg('This HLED widget cannot be shown: its address has a problem.', { id: 'frame-refused', desc: 'A page that shows one widget in an <iframe> was given an address it does not accept.' }),
    element: msg('there is no HLED widget by this name', { id: 'frame-unknown-element' }),
    src: msg('a frame shows only the reports published with it, never a file from another address', { id: 'frame-src' }),
    attribute: msg('this widget has no such setting', { id: 'frame-unknown-attribute' }),
    theme: msg('there is no theme by this name', { id: 'frame-unknown-theme' }),
    lang: msg('the widgets do not speak this language', { id: 'frame-unknown-lang' }),
    fix: msg('Copy the code again from the embed builder, or ask the person who gave it to you.', { id: 'frame-fix' }),
  };
}

export type FrameWords = ReturnType<typeof frameWords>;
