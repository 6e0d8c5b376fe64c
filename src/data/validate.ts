/**
 * Runtime validation of a report file: the valibot schema first (every problem at once, not just
 * the first), then — only once the shape is right — the cross-references a schema cannot express
 * (ids unique, every id a field names exists). Each problem is one line naming the file, the path
 * and what is wrong, e.g. `reports/hled-2023-04-18.json: metrics[3].value: expected a number, got "18.8M"`.
 *
 * Runs in the browser (elements given a `src`) as well as in the build and tests, so it uses no
 * Node APIs.
 */
import { safeParse, type BaseIssue, type IssuePathItem } from 'valibot';
import { Report as ReportSchema } from './schema.js';
import type { Report } from './types.js';

export type ValidationResult = { ok: true; report: Report } | { ok: false; errors: string[] };

/** `a.b[3].c` from valibot's path items. */
function pathOf(path: readonly IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key as unknown;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = { Object: 'object', Array: 'array' };

/** "a number", "an object", "one of "usd" | "people"". */
function describeExpected(issue: BaseIssue<unknown>): string {
  const expected = issue.expected ?? '';
  if (issue.type === 'picklist' || issue.type === 'union' || issue.type === 'literal') {
    return `one of ${expected.replace(/^\((.*)\)$/, '$1')}`;
  }
  const name = TYPE_NAMES[expected] ?? expected;
  return /^[a-z]+$/.test(name) ? `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}` : name;
}

function messageOf(issue: BaseIssue<unknown>): string {
  const objectKey = issue.type === 'strict_object' || issue.type === 'object' || issue.type === 'loose_object';
  if (objectKey && issue.expected === 'never') return 'unknown key';
  if (objectKey && issue.received === 'undefined' && issue.expected?.startsWith('"')) return 'missing required field';
  if (issue.kind === 'schema') return `expected ${describeExpected(issue)}, got ${issue.received}`;
  // Validation actions: the schema's own message when it has one ("expected a kebab-case id …"),
  // followed by the value itself (valibot's `received` is a length for `nonEmpty`).
  const got = typeof issue.input === 'string' || typeof issue.input === 'number' ? JSON.stringify(issue.input) : issue.received;
  if (!issue.message.startsWith('Invalid ')) {
    return /^expected\b/.test(issue.message) ? `${issue.message}, got ${got}` : issue.message;
  }
  return `expected ${issue.expected ?? 'a valid value'}, got ${got}`;
}

/** One line per issue: `file: path: message` (`file: message` for the whole file). */
export function formatIssues(issues: readonly BaseIssue<unknown>[], file: string): string[] {
  return issues.map((issue) => {
    const path = pathOf(issue.path);
    return `${file}: ${path ? `${path}: ` : ''}${messageOf(issue)}`;
  });
}

/** Cross-reference problems of a report whose shape is already valid. */
export function crossReferenceErrors(report: Report, file: string): string[] {
  const errors: string[] = [];
  const fail = (path: string, message: string) => errors.push(`${file}: ${path}: ${message}`);

  // Every id in the report is unique, whatever its collection: a page names items by id alone.
  const firstUse = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = firstUse.get(id);
    if (first) fail(`${path}.id`, `duplicate id "${id}" (first used at ${first}.id)`);
    else firstUse.set(id, path);
  };

  const agencies = new Set(report.agencies.map((a) => a.id));
  const links = new Set(report.links.map((l) => l.id));
  const events = new Set(report.events.map((e) => e.id));
  const pillarOfInitiative = new Map<string, number>();
  const pillarNumbers = new Set<number>();

  const agencyRefs = (ids: readonly string[] | undefined, path: string) =>
    ids?.forEach((id, i) => agencies.has(id) || fail(`${path}[${i}]`, `unknown agency "${id}"`));
  const linkRefs = (ids: readonly string[] | undefined, path: string) =>
    ids?.forEach((id, i) => links.has(id) || fail(`${path}[${i}]`, `unknown link "${id}"`));
  const eventRef = (id: string, path: string) => events.has(id) || fail(path, `unknown event "${id}"`);

  report.agencies.forEach((a, i) => claim(a.id, `agencies[${i}]`));
  report.links.forEach((l, i) => claim(l.id, `links[${i}]`));
  report.events.forEach((e, i) => claim(e.id, `events[${i}]`));
  report.delegations.forEach((d, i) => d.leaders.forEach((l, j) => claim(l.id, `delegations[${i}].leaders[${j}]`)));
  report.stakeholders.recommendations.forEach((s, i) => claim(s.id, `stakeholders.recommendations[${i}]`));
  report.stakeholders.ongoingProjects.forEach((s, i) => claim(s.id, `stakeholders.ongoingProjects[${i}]`));
  report.agreements.forEach((s, i) => claim(s.id, `agreements[${i}]`));
  report.pillars.forEach((p, i) => {
    const path = `pillars[${i}]`;
    claim(p.id, path);
    if (pillarNumbers.has(p.number)) fail(`${path}.number`, `duplicate pillar number ${p.number}`);
    pillarNumbers.add(p.number);
    p.sections.forEach((s, j) => {
      claim(s.id, `${path}.sections[${j}]`);
      s.initiatives.forEach((n, k) => {
        claim(n.id, `${path}.sections[${j}].initiatives[${k}]`);
        pillarOfInitiative.set(n.id, p.number);
      });
    });
  });
  report.metrics.forEach((m, i) => claim(m.id, `metrics[${i}]`));

  const pillarRef = (n: number | undefined, path: string) =>
    n === undefined || pillarNumbers.has(n) || fail(path, `unknown pillar ${n}`);
  /** The initiative exists, and belongs to the pillar the item names. */
  const initiativeRef = (id: string | undefined, pillar: number | undefined, path: string) => {
    if (id === undefined) return;
    const of = pillarOfInitiative.get(id);
    if (of === undefined) fail(path, `unknown initiative "${id}"`);
    else if (pillar !== undefined && pillarNumbers.has(pillar) && of !== pillar) {
      fail(path, `initiative "${id}" is in pillar ${of}, not pillar ${pillar}`);
    }
  };

  eventRef(report.meeting.event, 'meeting.event');
  eventRef(report.reviews, 'reviews');
  eventRef(report.plans, 'plans');
  // The report's date is its meeting's: a year supplied for one is supplied for the other.
  const meeting = report.events.find((e) => e.id === report.meeting.event);
  if (meeting && meeting.date === report.date && meeting.inferred !== report.dateInferred) {
    fail('dateInferred', `must be ${meeting.inferred ? `"${meeting.inferred}"` : 'absent'}, as "inferred" of its meeting "${meeting.id}" on the same date`);
  }
  report.agencies.forEach(
    (a, i) => a.parent === undefined || agencies.has(a.parent) || fail(`agencies[${i}].parent`, `unknown agency "${a.parent}"`),
  );
  report.delegations.forEach((d, i) =>
    d.leaders.forEach(
      (l, j) => agencies.has(l.agency) || fail(`delegations[${i}].leaders[${j}].agency`, `unknown agency "${l.agency}"`),
    ),
  );
  linkRefs(report.websites.links, 'websites.links');
  const statements = [
    ['stakeholders.recommendations', report.stakeholders.recommendations],
    ['stakeholders.ongoingProjects', report.stakeholders.ongoingProjects],
    ['agreements', report.agreements],
  ] as const;
  for (const [base, list] of statements) {
    list.forEach((s, i) => {
      agencyRefs(s.agencies, `${base}[${i}].agencies`);
      linkRefs(s.links, `${base}[${i}].links`);
      pillarRef(s.pillar, `${base}[${i}].pillar`);
    });
  }
  report.pillars.forEach((p, i) =>
    p.sections.forEach((s, j) =>
      s.initiatives.forEach((n, k) => {
        const path = `pillars[${i}].sections[${j}].initiatives[${k}]`;
        agencyRefs(n.agencies, `${path}.agencies`);
        linkRefs(n.links, `${path}.links`);
      }),
    ),
  );
  report.metrics.forEach((m, i) => {
    pillarRef(m.pillar, `metrics[${i}].pillar`);
    initiativeRef(m.initiative, m.pillar, `metrics[${i}].initiative`);
    agencyRefs(m.agencies, `metrics[${i}].agencies`);
  });
  report.events.forEach((e, i) => {
    pillarRef(e.pillar, `events[${i}].pillar`);
    initiativeRef(e.initiative, e.pillar, `events[${i}].initiative`);
    // ISO dates compare as text at their common precision ("2023-09" vs "2023-10", "2023" vs "2023-10").
    const n = Math.min(e.date.length, e.end?.length ?? 0);
    if (e.end !== undefined && e.end.slice(0, n) < e.date.slice(0, n)) {
      fail(`events[${i}].end`, `ends (${e.end}) before it starts (${e.date})`);
    }
  });
  return errors;
}

/** Texts in other languages than the title's: a report translates all of its texts or none. */
function languageErrors(report: Report, file: string): string[] {
  const want = Object.keys(report.title).sort().join();
  const errors: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      if (typeof (value as { en?: unknown }).en === 'string' && !('id' in value)) {
        const have = Object.keys(value).sort().join();
        if (have !== want) errors.push(`${file}: ${path}: has the languages ${have}, but the report (its title) has ${want}`);
        return;
      }
      for (const [k, x] of Object.entries(value)) walk(x, path ? `${path}.${k}` : k);
    }
  };
  walk(report, '');
  return errors;
}

/** Validates a parsed report file; `file` prefixes every message (e.g. `reports/hled-2023-04-18.json`). */
export function validateReport(input: unknown, file: string): ValidationResult {
  const result = safeParse(ReportSchema, input, { abortEarly: false });
  if (!result.success) return { ok: false, errors: formatIssues(result.issues, file) };
  const errors = [...languageErrors(result.output, file), ...crossReferenceErrors(result.output, file)];
  return errors.length ? { ok: false, errors } : { ok: true, report: result.output };
}
