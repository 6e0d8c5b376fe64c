/**
 * Every report file (data/reports/) against its report: every item traces back to a passage of the
 * source text, every figure to its own sentence, nearly every sentence to some item; the
 * translations are complete; and broken files are rejected with messages that name the path and
 * the problem. What is particular to one report (its source text and its extraction slips, its
 * public ids and figures) sits beside it, in data/reports/<id>.expect.json.
 */
import { expect } from '@open-wc/testing';
import { SAME_IN_BOTH_LANGUAGES } from '../src/data/schema.js';
import type { Report } from '../src/data/types.js';
import { validateReport } from '../src/data/validate.js';
import { REPORTS } from '../src/generated/reports.js';
import { formatMetricValue } from '../src/i18n/format.js';
import { LANGUAGES, SOURCE_LANG } from '../src/core/languages.js';
import { toLocale } from '../src/core/locale.js';
import { withLocale } from '../src/i18n/localize.js';
import { loadStrings } from '../src/i18n/strings.js';

/** What data/reports/<id>.expect.json holds. */
interface Expectations {
  source: string;
  artefacts: [string, string][];
  meeting: { date: string; format: string; reviews: string; plans: Record<string, unknown> };
  pillars: number[];
  leaders: number[];
  recommendations: number;
  ongoingProjects: number;
  agreements: string[][];
  links: string[];
  websites: string[];
  places: Record<string, string>[];
  metrics: Record<string, Record<string, unknown>>;
  labels: Record<string, string>;
  events: Record<string, Record<string, unknown>>;
  /** Names the data gives that the report does not (official names, acronyms), each with why. */
  outsideFacts?: { fact: string; reason: string }[];
  /** Per language: English term (a regular expression) → its one rendering, and renderings it must not have. */
  terminology?: Record<string, Term[]>;
  /** Per language: how a text marks a foreign acronym it spells out, and the acronyms that are the language's own. */
  acronyms?: Record<string, { foreign: string; country: string; own?: Record<string, string> }>;
  /** Per language: wordings an editor corrects (regular expressions, case-sensitive), in every text of the language. */
  style?: Record<string, { never: string; why: string; report?: boolean }[] | string>;
}

interface Term {
  /** The English term, a regular expression matched case-insensitively at the start of a word. */
  en: string;
  /** Its rendering, a regular expression: every text whose English has the term must have it. */
  to?: string;
  /** Renderings that must not appear in such a text (unless another term of the text renders so). */
  never?: string[];
  /** Names inside which the term keeps another rendering: [English name, translated name], exact. */
  except?: [string, string][];
  why?: string;
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

// --- The source text, normalised -------------------------------------------------------------

/** The extraction slips of the source being read (data/sources/README.md), and their corrections. */
let ARTEFACTS: readonly [RegExp, string][] = [];
/** A bullet that came out as a lone "e " (or a private-use glyph) at the start of a line. */
const BULLET = /^[\s\uE000-\uF8FF\u2022]*e (?=[A-Z“"])/;
/** A stray glyph or space where a bullet was. */
const STRAY = /^[\s\uE000-\uF8FF\u2022]+/;
/** A footnote link the page break left on a line of its own, mid-text. */
const URL_LINE = /^\s*https?:\/\/\S+\s*$/;
/** A period that ends an abbreviation, not a sentence ("U.S. Environmental", "Jose W. Fernandez"). */
const ABBREVIATION = /(?:^|[\s(])(?:U\.S|[A-Z])\.$/;

/** Artefacts corrected, hyphens broken across lines joined, whitespace collapsed. */
function normalise(s: string): string {
  let t = s.replace(/[\uE000-\uF8FF]/g, '');
  for (const [re, to] of ARTEFACTS) t = t.replace(re, to);
  return t.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim();
}

interface Sentence {
  text: string;
  /** Offset in `SourceText.text`. */
  start: number;
}
interface SourceText {
  /** The whole report as one normalised line. */
  text: string;
  /** Pillar and section headings, in order. */
  headings: string[];
  /** The sentences of the report (headings excluded), in order. */
  sentences: Sentence[];
}

/**
 * Reads the extracted PDF text into headings and sentences. Paragraphs end at blank lines and at
 * bullets; a paragraph a page break cut (the next one starts in lowercase) is joined back; a
 * paragraph without closing punctuation followed by a capitalised one is a heading.
 */
function readSource(raw: string): SourceText {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) paragraphs.push(normalise(lines.join('\n')));
    lines = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    if (URL_LINE.test(line)) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    if (BULLET.test(line) || STRAY.test(line)) flush();
    lines.push(line.replace(BULLET, '').replace(STRAY, ''));
  }
  flush();

  const joined: string[] = [];
  for (const p of paragraphs) {
    const last = joined.length - 1;
    if (last >= 0 && /^[a-z]/.test(p) && !/[.!?]$/.test(joined[last])) joined[last] += ` ${p}`;
    else joined.push(p);
  }

  const blocks: { heading: boolean; text: string }[] = [];
  for (const p of joined) {
    const heading = !/[.;:,!?]$/.test(p) && !/\b(?:and|or)$/.test(p);
    const previous = blocks[blocks.length - 1];
    // A heading split over two paragraphs is one heading; consecutive paragraphs form one run of text.
    if (previous && previous.heading === heading) previous.text += ` ${p}`;
    else blocks.push({ heading, text: p });
  }

  let text = '';
  const headings: string[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (text) text += ' ';
    const base = text.length;
    text += block.text;
    if (block.heading) {
      headings.push(block.text);
      continue;
    }
    for (const sentence of splitSentences(block.text)) sentences.push({ text: sentence.text, start: base + sentence.start });
  }
  return { text, headings, sentences };
}

/** The sentences of a run of text, each with its offset ("U.S. Environmental" does not end one). */
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const end = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (ABBREVIATION.test(text.slice(0, m.index + 1))) continue;
    const stop = m.index + m[0].trimEnd().length;
    out.push({ text: text.slice(start, stop), start });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

// --- Walking the report ----------------------------------------------------------------------

interface Found<T> {
  path: string;
  value: T;
}

/** Every value under `root` for which `pick` returns something, with its path (`pillars[0].source`). */
function collect<T>(root: unknown, pick: (value: unknown, key: string) => T | undefined, path = ''): Found<T>[] {
  const out: Found<T>[] = [];
  const visit = (value: unknown, key: string, at: string) => {
    const picked = pick(value, key);
    if (picked !== undefined) out.push({ path: at, value: picked });
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, String(i), `${at}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k, at ? `${at}.${k}` : k);
    }
  };
  visit(root, '', path);
  return out;
}

/** Every `source`, `introSource`, `ongoingSource`… in the report. */
function sourcesOf(report: Report): Found<string>[] {
  return collect(report, (v, key) => (/^source$|Source$/.test(key) && typeof v === 'string' ? v : undefined));
}

/** Every `{ en, es }` text in the report. */
function localizedOf(report: Report): Found<{ en?: unknown; es?: unknown }>[] {
  return collect(report, (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v) || !('en' in v)) return undefined;
    return v as { en?: unknown; es?: unknown };
  });
}

function allInitiatives(report: Report) {
  return report.pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives));
}

/** Dashes and the spaces around them compared loosely ("United States - Mexico" = "United States–Mexico"). */
function headingKey(s: string): string {
  return s.replace(/\s*[-–—]\s*/g, '-').toLowerCase();
}

/**
 * Words in the report's sentences that give a figure as future or as an aim rather than reached:
 * "will provide 100 students", "are cooperating together to help nearly 2,000", "to find 20-25".
 */
const FUTURE_OR_AIM =
  /\b(?:will|shall|going to|to help|to find|to reach|(?:is|are) (?:cooperating|considering|working|planning|developing|seeking|aiming)|plans? to|aims? to|intends? to|expects? to|anticipates?|targets?|goal of)\b/i;

/** The countries' names in each translation, which a translated place may use for "U.S." and "Mexico". */
const COUNTRY_NAMES: Record<string, string> = { es: 'Estados Unidos México' };

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The ways the report writes a figure: "$18.8 million", "25,800", "20-25", "Three"/"two-day". */
function spellings(value: number, scale?: string, unit?: string): string[] {
  if (scale === 'million') return [`${unit === 'usd' ? '$' : ''}${value / 1e6} million`];
  const out = [value.toLocaleString('en-US')];
  if (NUMBER_WORDS[value]) out.push(NUMBER_WORDS[value]);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways the report may write a metric's figure with its qualifier: "over 1,800", "20-25". */
function figureWords(m: Report['metrics'][number]): string[] {
  if (m.qualifier === 'range') return [`${m.value}-${m.max}`];
  return spellings(m.value, m.scale, m.unit).map((n) =>
    m.qualifier === 'at-least' ? `over ${n}` : m.qualifier === 'about' ? `nearly ${n}` : n,
  );
}

/** Whether `text` writes the figure as one of `words` (not as part of a longer number). */
function writesFigure(text: string, words: string[]): boolean {
  return words.some((w) => new RegExp(`(?:^|[^\\w,.])${escapeRegExp(w)}(?![\\w,]|\\.\\d)`, 'i').test(text));
}

// --- The reports ------------------------------------------------------------------------------

for (const { id } of REPORTS) {
  describe(`HLED report data (${id})`, () => {
    const file = `reports/${id}.json`;
    let raw: unknown;
    let report: Report;
    let source: SourceText;
    let expected: Expectations;

    before(async () => {
      raw = JSON.parse(await fetchText(`/data/${file}`));
      report = raw as Report;
      expected = JSON.parse(await fetchText(`/data/reports/${id}.expect.json`));
      ARTEFACTS = expected.artefacts.map(([re, to]) => [new RegExp(re, 'g'), to]);
      source = readSource(await fetchText(`/data/sources/${expected.source}`));
    });

    it('the report file satisfies the schema, with unique ids and every reference resolving', () => {
      const result = validateReport(raw, file);
      expect(result.ok ? [] : result.errors).to.deep.equal([]);
    });

    it('every source is a passage of the report text', () => {
      const sources = sourcesOf(report);
      expect(sources.length).to.be.greaterThan(50);
      const missing = sources.filter((s) => !source.text.includes(normalise(s.value))).map((s) => `${s.path}: ${s.value}`);
      expect(missing).to.deep.equal([]);
    });

    it('no source reproduces an extraction artefact or a stray line break', () => {
      const slips = new RegExp(`(?:^|\\s)e (?=[A-Z])|[\\uE000-\\uF8FF]${expected.artefacts.map(([re]) => `|${re}`).join('')}`);
      const dirty = sourcesOf(report)
        .filter((s) => normalise(s.value) !== s.value || slips.test(s.value))
        .map((s) => `${s.path}: ${s.value}`);
      expect(dirty).to.deep.equal([]);
    });

    it('every heading of the report is a pillar or section title, and every title is a heading', () => {
      const titles = report.pillars.flatMap((p) => [
        `Pillar ${ROMAN[p.number]}: ${p.title.en}`,
        ...p.sections.map((s) => s.title.en),
      ]);
      expect(source.headings.map(headingKey)).to.deep.equal(titles.map(headingKey));
    });

    it('at least 95% of the report’s sentences lie within the source of some item', () => {
      const covered = new Uint8Array(source.text.length);
      for (const { value } of sourcesOf(report)) {
        const s = normalise(value);
        for (let at = source.text.indexOf(s); at >= 0; at = source.text.indexOf(s, at + 1)) covered.fill(1, at, at + s.length);
      }
      // What no source covers may only be the punctuation and the "and" that join list items.
      const uncovered = source.sentences.filter(({ text, start }) => {
        const rest = [...text].map((c, i) => (covered[start + i] ? ' ' : c)).join('');
        return rest.replace(/\b(?:and|or)\b/g, ' ').replace(/[\s.,;:—–-]+/g, '') !== '';
      });
      const share = 1 - uncovered.length / source.sentences.length;
      console.log(
        `${id}: source coverage ${source.sentences.length - uncovered.length} of ${source.sentences.length} sentences ` +
          `(${(share * 100).toFixed(1)}%)` +
          (uncovered.length ? `; not covered:\n${uncovered.map((s) => `  - ${s.text}`).join('\n')}` : '; none uncovered.'),
      );
      expect(source.sentences.length).to.be.greaterThan(40);
      expect(share).to.be.at.least(0.95);
    });

    it('every metric’s figure appears in its own source sentence, as the report writes it', () => {
      const missing = report.metrics.flatMap((m) => {
        const words = figureWords(m);
        return writesFigure(m.source, words) ? [] : [`${m.id}: none of ${JSON.stringify(words)} in "${m.source}"`];
      });
      expect(missing).to.deep.equal([]);
    });

    it('its public metric ids exist with the report’s figures, qualifiers and labels', () => {
      const byId = new Map(report.metrics.map((m) => [m.id, m]));
      for (const [mid, want] of Object.entries(expected.metrics)) {
        expect(byId.get(mid), mid).to.exist;
        expect(byId.get(mid), mid).to.include(want);
      }
      for (const [mid, label] of Object.entries(expected.labels)) expect(byId.get(mid)?.label.en, mid).to.equal(label);
    });

    it('its dated happenings are events with ISO dates at the precision the report gives', () => {
      const byId = new Map(report.events.map((e) => [e.id, e]));
      for (const [eid, want] of Object.entries(expected.events)) {
        expect(byId.get(eid), eid).to.exist;
        expect(byId.get(eid), eid).to.include(want);
      }
      expect(report.events.map((e) => e.id)).to.have.members(Object.keys(expected.events));
    });

    it('is the meeting it reports, reviewing the last ministerial and planning the next', () => {
      const byId = new Map(report.events.map((e) => [e.id, e]));
      expect(report.date).to.equal(expected.meeting.date);
      expect(report.meeting.format).to.equal(expected.meeting.format);
      expect(byId.get(report.meeting.event)?.date).to.equal(expected.meeting.date);
      expect(byId.get(report.reviews)?.date).to.equal(expected.meeting.reviews);
      expect(byId.get(report.plans)).to.include(expected.meeting.plans);
    });

    it('holds the whole report: pillars, delegations, sections and the summary’s lists', () => {
      expect(report.pillars.map((p) => p.number)).to.deep.equal(expected.pillars);
      expect(report.delegations.map((d) => d.leaders.length)).to.deep.equal(expected.leaders);
      expect(report.stakeholders.recommendations).to.have.length(expected.recommendations);
      expect(report.stakeholders.ongoingProjects).to.have.length(expected.ongoingProjects);
      expect(report.agreements.map((a) => a.agencies)).to.deep.equal(expected.agreements);
      expect(report.links.map((l) => l.url)).to.include.members(expected.links);
      expect(report.websites.links.map((lid) => report.links.find((l) => l.id === lid)?.url)).to.deep.equal(expected.websites);
      const initiatives = allInitiatives(report);
      console.log(
        `${id}: ${report.pillars.length} pillars, ${report.pillars.reduce((n, p) => n + p.sections.length, 0)} sections, ` +
          `${initiatives.length} initiatives, ${report.metrics.length} metrics, ${report.events.length} events, ` +
          `${report.agencies.length} agencies, ${report.links.length} links`,
      );
    });

    it('translates every text into each of its languages, none a copy of the English but allow-listed names', () => {
      const langs = Object.keys(report.title).filter((l) => l !== SOURCE_LANG);
      expect(langs.every((l) => LANGUAGES.some((x) => x.code === l)), langs.join()).to.equal(true);
      const texts = localizedOf(report);
      expect(texts.length).to.be.greaterThan(100);
      const problems = texts.flatMap(({ path, value }) =>
        langs.flatMap((l) => {
          const t = (value as Record<string, unknown>)[l];
          if (typeof t !== 'string' || !t.trim()) return [`${path}.${l}: missing or empty`];
          if (t === value.en && !SAME_IN_BOTH_LANGUAGES.has(t)) return [`${path}.${l}: same as English "${t}"`];
          return [];
        }),
      );
      expect(problems).to.deep.equal([]);
    });

    it('writes dollars in Spanish as US$ or dólares, never a bare $ that reads as pesos', () => {
      const bare = localizedOf(report)
        .filter(({ value }) => typeof value.es === 'string' && /(?<!US)\$/.test(value.es))
        .map(({ path }) => path);
      expect(bare).to.deep.equal([]);
    });

    it('marks a figure the report gives as future or as an aim: status planned or ongoing, never shown as reached', () => {
      // The sentence of the source that writes the figure: "AMEXCID and USAID are cooperating together
      // to help nearly 2,000 …", "Three distinct courses … will provide 100 students …".
      const shownAsReached = report.metrics.flatMap((m) => {
        if (m.status === 'planned' || m.status === 'ongoing') return [];
        const words = figureWords(m);
        const sentence = splitSentences(m.source).find((s) => writesFigure(s.text, words))?.text ?? m.source;
        const marker = FUTURE_OR_AIM.exec(sentence);
        return marker ? [`${m.id}: "${marker[0]}" in "${sentence}", yet status ${m.status ?? 'absent (reached)'}`] : [];
      });
      expect(shownAsReached).to.deep.equal([]);
    });

    it('marks an initiative the report says is being planned "planning" (In planning), and only such an initiative', () => {
      const planning = /\b(?:is|are) (?:presently |currently |now )?planning\b/i;
      const wrong = allInitiatives(report).flatMap((n) => {
        const says = planning.test(n.source);
        if (says && n.status !== 'planning') return [`${n.id}: its source says it is being planned, yet status ${n.status}`];
        if (!says && n.status === 'planning') return [`${n.id}: status planning, but its source does not say it is being planned`];
        return [];
      });
      expect(wrong).to.deep.equal([]);
      expect(allInitiatives(report).filter((n) => n.status === 'planning').map((n) => n.id)).to.deep.equal(['career-technical-education-dialogue']);
    });

    it('marks an event whose year its source does not give as inferred, and only such an event', () => {
      const wrong = report.events.flatMap((e) => {
        const years = [...new Set([e.date, e.end].filter((d) => d !== undefined).map((d) => d.slice(0, 4)))];
        const missing = years.filter((y) => !new RegExp(`(?<!\\d)${y}(?!\\d)`).test(e.source));
        if (missing.length && e.inferred !== 'year') return [`${e.id}: ${missing.join(', ')} is not in "${e.source}": mark it "inferred": "year"`];
        if (!missing.length && e.inferred === 'year') return [`${e.id}: marked "inferred": "year", but its source gives ${years.join(', ')}`];
        return [];
      });
      expect(wrong).to.deep.equal([]);
    });

    it('has none of the wordings an editor corrects, in any text of a language: the report’s, the UI strings and every figure as written', async () => {
      const problems: string[] = [];
      for (const [l, rules] of Object.entries(expected.style ?? {})) {
        if (l.startsWith('$') || typeof rules === 'string') continue;
        const texts: { path: string; text: string }[] = [];
        for (const { path, value } of localizedOf(report)) {
          const t = (value as Record<string, unknown>)[l];
          if (typeof t === 'string') texts.push({ path: `${path}.${l}`, text: t });
        }
        // The UI strings: English is the source of each, a translation its target; placeholders as "X".
        const xliff = await fetchText(`/xliff/${l === SOURCE_LANG ? 'es' : l}.xlf`);
        for (const [, uid, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
          const part = new RegExp(`<${l === SOURCE_LANG ? 'source' : 'target'}>([\\s\\S]*?)</`).exec(body);
          if (part) texts.push({ path: `UI string ${uid}`, text: part[1].replace(/<x [^>]*\/>/g, 'X') });
        }
        await loadStrings(l as never);
        for (const m of report.metrics) {
          texts.push({ path: `figure ${m.id}`, text: withLocale(l as never, () => formatMetricValue(m, toLocale(l))) });
        }
        // An amount a report may have though this one does not: exactly one million dollars.
        const oneMillion = { value: 1_000_000, unit: 'usd', scale: 'million', qualifier: 'exact' } as const;
        texts.push({ path: 'figure of one million dollars', text: withLocale(l as never, () => formatMetricValue(oneMillion, toLocale(l))) });
        for (const rule of rules) {
          const re = new RegExp(rule.never, 'gu');
          for (const { path, text } of texts) for (const m of text.matchAll(re)) problems.push(`${path}: "${m[0]}" (${rule.why}): "${text}"`);
          if (rule.report && !sourcesOf(report).some((src) => new RegExp(rule.never, 'u').test(src.value))) {
            problems.push(`style rule /${rule.never}/ is marked as the report's wording, but no source has it`);
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });

    it('names no agency, acronym, place, link label, parent institution, country, title, government, publisher or address the report does not, unless listed as an outside fact with a reason', async () => {
      const listed = new Map((expected.outsideFacts ?? []).map((f) => [f.fact, f.reason]));
      const xliff = await fetchText('/xliff/es.xlf');
      const uiSources = [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)].map(([, id, text]) => ({ id, text: text.replace(/<x [^>]*\/>/g, 'X') }));
      const englishTexts = () => localizedOf(report).flatMap(({ value }) => (typeof value.en === 'string' ? [value.en] : []));
      const byId = new Map(report.agencies.map((a) => [a.id, a]));
      const namesOf = (a: Report['agencies'][number]) =>
        [a.name.en, a.name.en.replace(/^U\.S\. /, ''), ...(a.acronym ? [a.acronym] : [])].map(escapeRegExp).join('|');
      /** The words that say a country in the report, right before a name: "Mexico’s National Water Commission", "U.S. Department of Commerce’s SelectUSA". */
      const COUNTRY_WORDS: Record<string, string> = { us: 'U\\.S\\.|United States|American', mx: 'Mexico’s|Mexican|Mexico' };
      // A parent is the report's when one clause names both; a country, when the name has it or the report says it just before the name.
      const parentsAndCountries = () =>
        report.agencies.flatMap((a) => {
          const out: { what: string; fact: string; found: boolean }[] = [];
          const parent = a.parent ? byId.get(a.parent) : undefined;
          if (parent) {
            const [c, p] = [namesOf(a), namesOf(parent)];
            out.push({
              what: `agency ${a.id}: parent`,
              fact: `${a.name.en} → ${parent.name.en}`,
              found: new RegExp(`(?:${p})[^.;]{0,60}(?:${c})|(?:${c})[^.;]{0,60}(?:${p})`).test(source.text),
            });
          }
          const words = COUNTRY_WORDS[a.country] ?? escapeRegExp(a.country);
          out.push({
            what: `agency ${a.id}: country`,
            fact: `${a.name.en}: ${a.country}`,
            found:
              new RegExp(`(?:${words})`, 'i').test(a.name.en) ||
              new RegExp(`(?:${words})(?:’s)?(?: [\\p{L}’-]+){0,4}? (?:${namesOf(a)})(?![\\p{L}])`, 'u').test(source.text),
          });
          return out;
        });
      const inReport = (name: string, caseSensitive: boolean) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu').test(source.text);
      // A label is the report's when each of its words is (a page's own address in parentheses aside):
      // "IMPI’s “Choose the Original” campaign", "Arizona State University (mexico.asu.edu)".
      const words = new Set(source.text.toLowerCase().match(/[\p{L}\p{N}.]*[\p{L}\p{N}]/gu));
      const labelInReport = (label: string, url: string) =>
        label
          .replace(/\(([^)]*)\)/g, (all, inner: string) => (url.toLowerCase().includes(inner.toLowerCase()) ? ' ' : all))
          .replace(/[’']s\b/g, '')
          .toLowerCase()
          .match(/[\p{L}\p{N}.]*[\p{L}\p{N}]/gu)!
          .every((w) => words.has(w) || words.has(`${w}s`));
      const named: { what: string; fact: string; found: boolean }[] = [
        ...report.agencies.flatMap((a) => [
          { what: `agency ${a.id}: name`, fact: a.name.en, found: inReport(a.name.en, false) },
          ...(a.acronym ? [{ what: `agency ${a.id}: acronym`, fact: a.acronym, found: inReport(a.acronym, true) }] : []),
        ]),
        ...allInitiatives(report).flatMap((n) =>
          n.places.map((p) => ({ what: `initiative ${n.id}: place`, fact: p.en, found: inReport(p.en, false) })),
        ),
        ...report.links.map((l) => ({ what: `link ${l.id}: label`, fact: l.label.en, found: labelInReport(l.label.en, l.url) })),
        ...parentsAndCountries(),
        // The title as a whole: the report's text never gives it.
        { what: 'title', fact: `title: ${report.title.en}`, found: inReport(report.title.en, false) },
        // An acronym spelled out that the report never spells out ("High-Level Economic Dialogue (HLED)").
        ...[...new Set(englishTexts().flatMap((t) => [...t.matchAll(/\((\p{Lu}[\p{Lu}\d]+)\)/gu)].map((m) => m[1])))].map((acronym) => ({
          what: 'a text', fact: `spelled out: (${acronym})`, found: source.text.includes(`(${acronym})`),
        })),
        // A government named as the report does not name it ("Government of Mexico" for "GOM").
        ...[...new Set(englishTexts().flatMap((t) => t.match(/\b(?:Governments? of (?:Mexico|the United States)|U\.S\. Government)\b/g) ?? []))].map((g) => ({
          what: 'a text', fact: g, found: inReport(g, false),
        })),
        // What the UI strings add around the report: the publisher (the report names none, whatever its words), and any address.
        ...uiSources.flatMap(({ id, text }) => [
          ...(id === 'publisher' ? [{ what: 'UI string publisher', fact: `publisher: ${text}`, found: false }] : []),
          ...(text.match(/https?:\/\/[^\s“”"<]+/g) ?? []).map((u) => u.replace(/[.,;]+$/, '')).map((url) => ({ what: `UI string ${id}`, fact: `address: ${url}`, found: false })),
        ]),
      ];
      const unlisted = named.filter((n) => !n.found && !listed.get(n.fact)?.trim()).map((n) => `${n.what} "${n.fact}"`);
      expect(unlisted, 'not in the report: correct it, or list it in outsideFacts with a reason').to.deep.equal([]);
      const stale = [...listed.keys()].filter((fact) => !named.some((n) => n.fact === fact && !n.found));
      expect(stale, 'outsideFacts that the report does give, or that nothing names any more').to.deep.equal([]);
    });

    it('adds no name in a translation: each capitalised word of a translated place is in its English, and nothing is quoted that the English does not quote', () => {
      const langs = Object.keys(report.title).filter((l) => l !== SOURCE_LANG);
      const bare = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const added = langs.flatMap((l) => [
        ...allInitiatives(report).flatMap((n) =>
          n.places.flatMap((p) => {
            const t = (p as Record<string, string | undefined>)[l];
            const english = new Set(bare(`${p.en} ${COUNTRY_NAMES[l] ?? ''}`).split(/[^\p{L}\p{N}]+/u));
            const extra = (t?.match(/\p{Lu}\p{L}*/gu) ?? []).filter((w) => !english.has(bare(w)));
            return extra.length ? [`initiative ${n.id}: place "${t}": ${extra.join(', ')} not in "${p.en}"`] : [];
          }),
        ),
        ...localizedOf(report).flatMap(({ path, value }) => {
          const t = (value as Record<string, unknown>)[l];
          const quotes = (s: unknown) => (typeof s === 'string' ? (s.match(/“/g) ?? []).length : 0);
          return quotes(t) > quotes(value.en) ? [`${path}.${l}: quotes what the English does not: "${t as string}"`] : [];
        }),
      ]);
      expect(added).to.deep.equal([]);
    });

    it('renders each listed English term one way in each translation, and never the ways it must not be', () => {
      const problems = Object.entries(expected.terminology ?? {}).flatMap(([l, terms]) => {
        const re = (src: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})`, flags);
        return localizedOf(report).flatMap(({ path, value }) => {
          const t = (value as Record<string, unknown>)[l];
          if (typeof value.en !== 'string' || typeof t !== 'string') return [];
          const en = value.en;
          // The English terms of this text. Inside a name that keeps another rendering ("Bilingual
          // International and Sustainable (BIS)" → "… Sustentables (BIS)", exactly), the term needs
          // not its rendering, and the name's own rendering is no slip.
          const present = terms.flatMap((term) => {
            let e = en;
            let x = t;
            for (const [nameEn, nameL] of term.except ?? []) {
              e = e.split(nameEn).join(' ');
              x = x.split(nameL).join(' ');
            }
            return re(term.en).test(en) ? [{ term, text: x, outsideNames: re(term.en).test(e) }] : [];
          });
          return present.flatMap(({ term, text, outsideNames }) => [
            ...(term.to && outsideNames && !re(term.to).test(text)
              ? [`${path}.${l}: "${term.en}" is not rendered "${term.to}": "${t}"`]
              : []),
            ...(term.never ?? []).flatMap((never) =>
              [...text.matchAll(re(never, 'giu'))]
                // Excused when another term of the same English text has that rendering ("strengthen").
                .filter((m) => !present.some((o) => o.term !== term && o.term.to && re(`^(?:${o.term.to})`).test(m[0])))
                .map((m) => `${path}.${l}: "${term.en}" rendered "${m[0]}": "${t}"`),
            ),
          ]);
        });
      });
      expect(problems).to.deep.equal([]);
      const texts = localizedOf(report).map(({ value }) => value.en).filter((en): en is string => typeof en === 'string');
      const unused = Object.values(expected.terminology ?? {})
        .flat()
        .filter((term) => !texts.some((en) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${term.en})`, 'iu').test(en)))
        .map((term) => term.en);
      expect(unused, 'listed terms that no English text of the report has (a typo?)').to.deep.equal([]);
    });

    it('marks each acronym of an English name "por sus siglas en inglés" (or the like) where a text first spells it out', () => {
      const problems = Object.entries(expected.acronyms ?? {}).flatMap(([l, rule]) => {
        const own = new Set([...(rule.own ? Object.keys(rule.own) : []), ...report.agencies.filter((a) => a.country === rule.country).flatMap((a) => a.acronym ?? [])]);
        return localizedOf(report).flatMap(({ path, value }) => {
          const t = (value as Record<string, unknown>)[l];
          if (typeof t !== 'string') return [];
          const first = new Map<string, string>();
          for (const m of t.matchAll(/\((\p{Lu}[\p{Lu}\d]+)([^)]*)\)/gu)) if (!first.has(m[1])) first.set(m[1], m[0]);
          return [...first]
            .filter(([acronym, written]) => !own.has(acronym) && written !== `(${acronym}${rule.foreign})`)
            .map(([acronym, written]) => `${path}.${l}: ${written} should read (${acronym}${rule.foreign})`);
        });
      });
      expect(problems).to.deep.equal([]);
    });

    it('names places with their spelling in each language', () => {
      const places = allInitiatives(report).flatMap((n) => n.places);
      for (const place of expected.places) expect(places).to.deep.include(place);
    });

    it('ids are kebab-case and unique across the whole report', () => {
      const ids = collect(report, (v, key) => (key === 'id' && typeof v === 'string' ? v : undefined)).map((f) => f.value);
      expect(ids.filter((x) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(x))).to.deep.equal([]);
      expect(ids.filter((x, i) => ids.indexOf(x) !== i)).to.deep.equal([]);
    });
  });
}

// --- Broken files ----------------------------------------------------------------------------

/** Each broken fixture, and exactly the lines its validation must print. */
const BROKEN: Record<string, string[]> = {
  'wrong-type': ['metrics[0].value: expected a number, got "18.8M"'],
  'missing-field': ['pillars[0].title: missing required field', 'metrics[0].unit: missing required field'],
  'unknown-key': ['pillars[0].foo: unknown key', 'metrics[0].label.fr: unknown key'],
  'bad-date': [
    'date: expected an ISO 8601 date such as "2023-04-18", got "April 18, 2023"',
    'events[0].date: expected an ISO 8601 date such as "2023", "2022-10" or "2023-02-15", got "2022-13"',
    'events[1].end: expected an ISO 8601 date such as "2023", "2022-10" or "2023-02-15", got "2023-04-31x"',
  ],
  'unknown-reference': [
    'plans: unknown event "hled-2023-fall"',
    'websites.links[1]: unknown link "gob-mx-dean"',
    'pillars[0].sections[0].initiatives[0].agencies[1]: unknown agency "epaa"',
    'metrics[0].initiative: unknown initiative "usaid-resluts"',
    'events[0].pillar: unknown pillar 5',
  ],
  'duplicate-id': [
    'pillars[0].sections[0].initiatives[0].id: duplicate id "ministerial" (first used at events[0].id)',
    'pillars[1].number: duplicate pillar number 2',
    'metrics[1].id: duplicate id "usaid-investments" (first used at metrics[0].id)',
  ],
  'inconsistent-references': [
    'agencies[1].parent: unknown agency "us-epa"',
    'metrics[0].initiative: initiative "usaid-results" is in pillar 2, not pillar 4',
    'events[0].initiative: initiative "e3-course" is in pillar 4, not pillar 2',
    'events[2].end: ends (2023-09) before it starts (2023-10)',
  ],
  'several-problems': [
    'title.es: expected a non-empty string, got ""',
    'agencies[0].id: expected a kebab-case id such as "usaid-investments", got "USAID"',
    'pillars[0].summary: missing required field',
    'pillars[0].sections[0].initiatives[0].status: expected one of "done" | "ongoing" | "planning" | "planned" | "expected", got "finished"',
    'metrics[0].value: expected a number, got "18.8M"',
    'metrics[0].qualifier: expected one of "exact" | "at-least" | "about" | "range", got "over"',
    'events[1].date: expected an ISO 8601 date such as "2023", "2022-10" or "2023-02-15", got "2023-4-18"',
    'events[1].colour: unknown key',
  ],
};

describe('validateReport on broken report files', () => {
  const load = async (name: string) => JSON.parse(await fetchText(`/tests/fixtures/broken/${name}.json`)) as unknown;

  for (const [name, lines] of Object.entries(BROKEN)) {
    it(`rejects ${name}.json with one line per problem: ${lines[0]}${lines.length > 1 ? ' …' : ''}`, async () => {
      const result = validateReport(await load(name), 'reports/x.json');
      expect(result.ok).to.equal(false);
      expect(result.ok ? [] : result.errors).to.deep.equal(lines.map((l) => `reports/x.json: ${l}`));
    });
  }

  it('lists every problem of a file at once, not only the first', async () => {
    const result = validateReport(await load('several-problems'), 'reports/x.json');
    expect(result.ok ? 0 : result.errors.length).to.equal(8);
  });

  it('checks references only once the shape is valid, so a shape error is not buried under follow-on noise', async () => {
    const broken = (await load('wrong-type')) as { plans: string };
    broken.plans = 'no-such-event';
    const result = validateReport(broken, 'reports/x.json');
    expect(result.ok ? [] : result.errors).to.deep.equal(['reports/x.json: metrics[0].value: expected a number, got "18.8M"']);
  });

  it('accepts a fixture once its defect is repaired', async () => {
    const repaired = (await load('wrong-type')) as { metrics: { value: unknown }[] };
    repaired.metrics[0].value = 18_800_000;
    expect(validateReport(repaired, 'reports/x.json')).to.include({ ok: true });
  });

  it('rejects a report date whose supplied year its meeting has and it does not (or the reverse)', async () => {
    const report = JSON.parse(await fetchText('/data/reports/hled-2023-04-18.json')) as { dateInferred?: string; events: { id: string; inferred?: string }[] };
    expect(report.dateInferred).to.equal('year');
    delete report.dateInferred;
    expect(validateReport(report, 'reports/x.json')).to.deep.equal({
      ok: false,
      errors: ['reports/x.json: dateInferred: must be "year", as "inferred" of its meeting "co-chairs-meeting-2023-04-18" on the same date'],
    });
    report.dateInferred = 'year';
    delete report.events.find((e) => e.id === 'co-chairs-meeting-2023-04-18')!.inferred;
    expect(validateReport(report, 'reports/x.json')).to.deep.equal({
      ok: false,
      errors: ['reports/x.json: dateInferred: must be absent, as "inferred" of its meeting "co-chairs-meeting-2023-04-18" on the same date'],
    });
  });

  it('rejects what is not a report at all with a message for the whole file', () => {
    expect(validateReport(null, 'reports/x.json')).to.deep.equal({
      ok: false,
      errors: ['reports/x.json: expected an object, got null'],
    });
  });
});
