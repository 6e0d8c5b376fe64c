/**
 * The shape every HLED report file in `data/reports/` must have, defined once as a valibot schema.
 * TypeScript types are inferred from it (see `types.ts`) and the published JSON Schema is generated
 * from it (`node scripts/json-schema.mjs` → `data/report.schema.json`, kept in sync by a test), so the three never drift apart.
 *
 * Objects are strict: an unknown key is an error, so a typo in a hand-written report file is caught
 * instead of silently ignored.
 */
import * as v from 'valibot';
import { LANGUAGES, SOURCE_LANG, type Lang } from '../core/languages.js';

/** kebab-case id: stable, public (editors type metric ids into pages). */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "usaid-investments"'),
);

const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('expected a non-empty string'));

/**
 * A text of the report: English (the report's own language) and, optionally, each other language
 * of `languages.ts` (the project's translation). A report translates every text or none: the
 * validator holds each text to the languages of the report's title.
 */
export const Localized = v.strictObject(
  Object.fromEntries(LANGUAGES.map(({ code }) => [code, code === SOURCE_LANG ? NonEmpty : v.optional(NonEmpty)])) as {
    en: typeof NonEmpty;
  } & { [L in Exclude<Lang, 'en'>]: v.OptionalSchema<typeof NonEmpty, undefined> },
);

/**
 * The sentence(s) of the report an item comes from, with the PDF extraction artefacts corrected.
 * Tests require it to be found in `shared/source/` after normalisation.
 */
export const Source = NonEmpty;

/** ISO 8601 calendar date at the precision the report gives: `2023`, `2023-02` or `2023-02-15`. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'expected an ISO 8601 date such as "2023", "2022-10" or "2023-02-15"',
  ),
);
export const FullDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected an ISO 8601 date such as "2023-04-18"'),
);

/** Only http(s): a report file from `src` must not be able to put a `javascript:` link on a page. */
export const Url = v.pipe(
  v.string(),
  v.url('expected an absolute URL'),
  v.regex(/^https?:\/\//, 'expected an http or https URL'),
);

export const Country = v.picklist(['us', 'mx', 'binational', 'international']);

export const Agency = v.strictObject({
  id: Id,
  /** Acronym as the report or the institution itself uses it (SEMARNAT, CBP); absent when none. */
  acronym: v.optional(NonEmpty),
  /** Official English name / official Spanish name (usual Spanish name for U.S. agencies). */
  name: Localized,
  country: Country,
  /** Agency this one is part of (SelectUSA → Department of Commerce). */
  parent: v.optional(Id),
  url: v.optional(Url),
});

export const Leader = v.strictObject({
  id: Id,
  name: NonEmpty,
  title: Localized,
  agency: Id,
});

export const Delegation = v.strictObject({
  country: v.picklist(['us', 'mx']),
  leaders: v.pipe(v.array(Leader), v.minLength(1, 'expected at least one leader')),
  source: Source,
});

export const InitiativeStatus = v.picklist(['done', 'ongoing', 'planning', 'planned', 'expected']);

export const Link = v.strictObject({
  id: Id,
  url: Url,
  label: Localized,
  source: Source,
});

export const Initiative = v.strictObject({
  id: Id,
  text: Localized,
  /** Agency ids, in the order the report names them. */
  agencies: v.array(Id),
  /** Places the report names, Spanish spelling in `es` (Querétaro, Yucatán). */
  places: v.array(Localized),
  status: InitiativeStatus,
  /** Link ids the initiative cites. */
  links: v.optional(v.array(Id)),
  source: Source,
});

export const Section = v.strictObject({
  id: Id,
  title: Localized,
  initiatives: v.pipe(v.array(Initiative), v.minLength(1, 'expected at least one initiative')),
});

export const Pillar = v.strictObject({
  id: Id,
  number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)),
  title: Localized,
  summary: Localized,
  source: Source,
  sections: v.pipe(v.array(Section), v.minLength(1, 'expected at least one section')),
});

export const Statement = v.strictObject({
  id: Id,
  text: Localized,
  agencies: v.optional(v.array(Id)),
  /** Pillar number the item relates to, when the report makes that clear. */
  pillar: v.optional(v.number()),
  links: v.optional(v.array(Id)),
  source: Source,
});

export const MetricUnit = v.picklist([
  'usd',
  'people',
  'institutions',
  'courses',
  'students',
  'participants',
  'days',
  'proposals',
]);

/**
 * How the report qualifies a figure: "over 1,800" → `at-least`, "nearly 2,000" → `about`,
 * "20-25" → `range` (with `max`), a plain figure → `exact`.
 */
export const MetricQualifier = v.picklist(['exact', 'at-least', 'about', 'range']);

/**
 * Whether the report gives the figure as reached. Absent = reached: the report states it as done
 * ("achieved $18.8 million", "train over 1,800 participants"). `ongoing`: the report gives an effort
 * under way toward the figure ("are cooperating together to help nearly 2,000", "are considering
 * engagement under two new proposals"). `planned`: the report states the figure in the future or as
 * a target ("will provide 100 students", "will work with the experts to find 20-25").
 */
export const MetricStatus = v.picklist(['reached', 'ongoing', 'planned']);

export const Metric = v.pipe(
  v.strictObject({
    id: Id,
    /** The figure as a number in its unit: 18800000 for "$18.8 million". */
    value: v.number(),
    /** Upper bound of a `range` ("20-25" → value 20, max 25). */
    max: v.optional(v.number()),
    qualifier: MetricQualifier,
    unit: MetricUnit,
    /** Scale the report writes the figure in, kept for display precision ("$18.8 million"). */
    scale: v.optional(v.picklist(['million'])),
    /** What is counted, written to follow the figure: "in new investments in small enterprises". */
    label: Localized,
    /** Reached (absent), an effort under way toward it (`ongoing`) or future / a target (`planned`). */
    status: v.optional(MetricStatus),
    pillar: v.number(),
    initiative: Id,
    agencies: v.array(Id),
    source: Source,
  }),
  v.check(
    (m) => (m.qualifier === 'range') === (m.max !== undefined),
    'a "range" metric needs "max", and only a range has one',
  ),
);

export const EventStatus = v.picklist(['happened', 'planned', 'expected']);

export const Event = v.strictObject({
  id: Id,
  /** Start, at the precision the report gives. */
  date: PartialDate,
  /** End of a range ("late September–October 2023" → date 2023-09, end 2023-10). */
  end: v.optional(PartialDate),
  /** Season the report names ("fall 2023" → date 2023, season fall). */
  season: v.optional(v.picklist(['spring', 'summer', 'fall', 'winter'])),
  /** Part of the start period the report names ("late September"). */
  part: v.optional(v.picklist(['early', 'mid', 'late'])),
  /** The report hedges the date ("likely"). */
  tentative: v.optional(v.boolean()),
  /**
   * What of `date` the report does not give: `year` = the report gives no year for this date
   * ("On February 23, …"); the year is inferred from the period the report covers. Every inference
   * is listed in `data/sources/README.md`.
   */
  inferred: v.optional(v.picklist(['year'])),
  status: EventStatus,
  /** Pillar number; absent for events of the whole dialogue (ministerials, co-chairs' meetings). */
  pillar: v.optional(v.number()),
  /** Initiative id the event belongs to. */
  initiative: v.optional(Id),
  title: Localized,
  source: Source,
});

export const Report = v.strictObject({
  $schema: v.optional(v.string()),
  id: Id,
  /** Publication / meeting date of the report. */
  date: FullDate,
  /**
   * What of `date` the report does not write: `year` = it dates itself "April 18", and the year
   * comes from the period it covers. Shown in brackets ("April 18, [2023]") wherever the date is.
   */
  dateInferred: v.optional(v.picklist(['year'])),
  title: Localized,
  /** The meeting the report comes out of (the co-chairs' virtual meeting, April 18, 2023). */
  meeting: v.strictObject({
    event: Id,
    format: v.picklist(['virtual', 'in-person', 'hybrid']),
    text: Localized,
    source: Source,
  }),
  /** Event id of the ministerial the report reviews. */
  reviews: Id,
  /** Event id of the meeting the report plans. */
  plans: Id,
  purpose: v.strictObject({ text: Localized, source: Source }),
  delegations: v.pipe(v.array(Delegation), v.minLength(1)),
  websites: v.strictObject({ text: Localized, links: v.array(Id), source: Source }),
  stakeholders: v.strictObject({
    intro: Localized,
    introSource: Source,
    recommendations: v.array(Statement),
    ongoingIntro: Localized,
    ongoingProjects: v.array(Statement),
    ongoingSource: Source,
  }),
  /** Memoranda of understanding and similar agreements the summary reports. */
  agreements: v.array(Statement),
  agencies: v.array(Agency),
  links: v.array(Link),
  pillars: v.pipe(v.array(Pillar), v.minLength(1)),
  metrics: v.array(Metric),
  events: v.array(Event),
});

/** Names that legitimately read the same in English and Spanish (checked by the data tests). */
export const SAME_IN_BOTH_LANGUAGES: ReadonlySet<string> = new Set([
  'Sembrando Oportunidades',
  'CTPAT',
  // "the Sandia study" is all the report names of the institution (Sandia National Laboratories).
  'Sandia',
  // Proper names that Spanish writes the same way.
  'SelectUSA',
  'El Salvador',
  'Honduras',
  'Brownsville',
  'Quintana Roo',
  'Florida',
]);
