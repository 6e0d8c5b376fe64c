// Bugs planted one at a time by `npm run mutate` (scripts/mutate.mjs): each must make the listed
// test files fail. The first twenty are the bugs an outside review planted (issue 13); the rest are
// ours. `edits` are exact replacements, each of text that must occur exactly once in `file`, so a
// mutation that no longer applies after a refactor fails loudly instead of silently testing nothing.
// `tests` are browser test files (run in Chromium) or, under tests/node/, Node tests (run after
// building dist/ssr.js).

export const MUTATIONS = [
  {
    id: 'regional-spanish-speaks-english',
    why: 'lang="es-MX" (or es-419) speaks English',
    file: 'src/i18n/locale.ts',
    edits: [["const lang: Lang = primary === 'es' ? 'es' : 'en';", "const lang: Lang = key === 'es' ? 'es' : 'en';"]],
    tests: ['tests/language.test.ts'],
  },
  {
    id: 'error-event-not-composed',
    why: 'hled-error does not leave the shadow root of a host component',
    file: 'src/internal/hled-element.ts',
    edits: [['composed: true,', 'composed: false,']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'source-as-html',
    why: 'source <blockquote> rendered with unsafeHTML',
    file: 'src/internal/templates.ts',
    edits: [
      ["import { html, nothing, type TemplateResult } from 'lit';", "import { html, nothing, type TemplateResult } from 'lit';\nimport { unsafeHTML } from 'lit/directives/unsafe-html.js';"],
      ['<blockquote lang="en">${source}</blockquote>', '<blockquote lang="en">${unsafeHTML(source)}</blockquote>'],
    ],
    tests: ['tests/text-only.test.ts'],
  },
  {
    id: 'event-sources-emptied',
    why: 'event/timeline source sentences emptied',
    file: 'src/internal/templates.ts',
    edits: [['<blockquote lang="en">${e.source}</blockquote>', '<blockquote lang="en"></blockquote>']],
    tests: ['tests/hled-timeline.test.ts'],
  },
  {
    id: 'lang-observer-own-root-only',
    why: 'the lang observer watches only the element’s own (shadow) root',
    file: 'src/i18n/locale.ts',
    edits: [['if (!(root instanceof ShadowRoot)) break;', 'break;']],
    tests: ['tests/language-observer.test.ts'],
  },
  {
    id: 'heading-level-above-6-falls-to-2',
    why: 'heading-level above 6 falls back to 2',
    file: 'src/internal/hled-element.ts',
    edits: [['return n >= 2 && n <= 6 ? n : n > 6 ? 6 : 2;', 'return n >= 2 && n <= 6 ? n : 2;']],
    tests: ['tests/hled-pillar.test.ts'],
  },
  {
    id: 'planned-expected-swapped',
    why: '"Planned" and "Expected" words swapped',
    file: 'src/internal/templates.ts',
    edits: [
      ["case 'planned':\n      return msg('Planned'", "case 'expected':\n      return msg('Planned'"],
      ["case 'expected':\n      return msg('Expected'", "case 'planned':\n      return msg('Expected'"],
    ],
    tests: ['tests/hled-timeline.test.ts'],
  },
  {
    id: 'done-ongoing-swapped',
    why: '"Done" and "Ongoing" words swapped',
    file: 'src/internal/templates.ts',
    edits: [
      ["case 'done':\n      return msg('Done'", "case 'ongoing':\n      return msg('Done'"],
      ["case 'ongoing':\n      return msg('Ongoing'", "case 'done':\n      return msg('Ongoing'"],
    ],
    tests: ['tests/hled-pillar.test.ts'],
  },
  {
    id: 'stale-src-answer-wins',
    why: 'guard against stale src answers removed',
    file: 'src/internal/hled-element.ts',
    edits: [['if (token === this.loadToken) this.data = report;', 'this.data = report;']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'failed-load-never-retried',
    why: 'a failed load is never retried',
    file: 'src/data/load.ts',
    edits: [['pending.delete(key);', '']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'loading-flash-on-language-switch',
    why: 'the loading state flashes on a language switch',
    file: 'src/internal/hled-element.ts',
    edits: [['if (newSource) {', 'if (newSource || key !== this.requested) {']],
    tests: ['tests/language-switch.test.ts'],
  },
  {
    id: 'all-figures-cut-to-one',
    why: 'the report’s "All figures" cut to one metric',
    file: 'src/elements/hled-report/hled-report.component.ts',
    edits: [['metricList(report.metrics, ctx)', 'metricList(report.metrics.slice(0, 1), ctx)']],
    tests: ['tests/hled-report.test.ts'],
  },
  {
    id: 'purpose-dropped',
    why: 'the report’s purpose dropped',
    file: 'src/elements/hled-report/hled-report.component.ts',
    edits: [["html`<p>${text(report.purpose.text, lang)}</p>${sourceDetails(report.purpose.source)}`", "html`${sourceDetails(report.purpose.source)}`"]],
    tests: ['tests/hled-report.test.ts'],
  },
  {
    id: 'agreements-dropped',
    why: 'the report’s agreements dropped',
    file: 'src/elements/hled-report/hled-report.component.ts',
    edits: [['${statements(report.agreements)}', '']],
    tests: ['tests/hled-report.test.ts'],
  },
  // Ours.
  {
    id: 'static-render-ignores-lang',
    why: '`hled-widgets render --lang es` renders English (the shipped bug of issue 13)',
    file: 'src/i18n/locale.ts',
    edits: [['if (el.lang) return el.lang;', '']],
    tests: ['tests/node/cli.test.mjs'],
  },
  {
    id: 'lang-property-before-connect-ignored',
    why: 'a lang property set before connecting is missed on the first render',
    file: 'src/i18n/locale.ts',
    edits: [['if (el.lang) return el.lang;', '']],
    tests: ['tests/language.test.ts'],
  },
  {
    id: 'spanish-falls-back-to-english',
    why: 'report text always English',
    file: 'src/data/select.ts',
    edits: [['return l[lang] ?? l.en;', 'return l.en;']],
    tests: ['tests/hled-pillar.test.ts'],
  },
  {
    id: 'figures-rounded',
    why: '"$19 million" instead of the report’s "$18.8 million"',
    file: 'src/i18n/format.ts',
    edits: [['maximumFractionDigits: fractionDigits,', 'maximumFractionDigits: 0,']],
    tests: ['tests/hled-metric.test.ts'],
  },
  {
    id: 'planned-before-expected-in-a-month',
    why: 'events of one month ordered planned before expected',
    file: 'src/data/select.ts',
    edits: [['const STATUS_RANK = { happened: 0, expected: 1, planned: 2 } as const;', 'const STATUS_RANK = { happened: 2, expected: 1, planned: 0 } as const;']],
    tests: ['tests/hled-timeline.test.ts'],
  },
  {
    id: 'error-reported-on-every-render',
    why: 'the same problem logged and fired again on every re-render',
    file: 'src/internal/hled-element.ts',
    edits: [['if (this.reportedFailure !== error.message) {', 'if (true) {']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'ongoing-source-dropped',
    why: 'the source of the ongoing projects no longer quoted',
    file: 'src/elements/hled-report/hled-report.component.ts',
    edits: [['${sourceDetails(report.stakeholders.ongoingSource)} ', '']],
    tests: ['tests/hled-report.test.ts'],
  },
  {
    id: 'source-not-marked-english',
    why: 'the English source inside a Spanish widget not marked lang="en"',
    file: 'src/internal/templates.ts',
    edits: [['<blockquote lang="en">${source}</blockquote>', '<blockquote>${source}</blockquote>']],
    tests: ['tests/hled-metric.test.ts'],
  },
];
