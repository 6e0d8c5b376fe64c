// Bugs planted one at a time by `npm run mutate` (scripts/mutate.mjs): each must make the listed
// test files fail. The first fourteen are the bugs an outside review planted (issue 13), moved with
// the code they live in; the rest are ours. `edits` are exact replacements, each of text that must
// occur exactly once in `file`, so a mutation that no longer applies after a refactor fails loudly
// instead of silently testing nothing. `tests` are browser test files (run in Chromium), Node tests
// (tests/node/) or tests of the built package (tests/dist/); the last two run after a build. Every
// mutation runs after `scripts/generate.mjs`, so one in the build-time formatting reaches the data.
// A mutation must still generate and build (the build runs tsc): scripts/mutate.mjs counts a failed
// generate or build as a kill, though no test ran.

export const MUTATIONS = [
  {
    id: 'regional-spanish-speaks-english',
    why: 'lang="es-MX" (or es-419) speaks English',
    file: 'src/i18n/locale.ts',
    edits: [['includes(primary) ? (primary as Lang)', 'includes(key) ? (key as Lang)']],
    tests: ['tests/language.test.ts'],
  },
  {
    id: 'error-event-not-composed',
    why: 'hled-error does not leave the shadow root of a host component',
    file: 'src/i18n/failure.ts',
    edits: [['composed: true', 'composed: false']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'source-as-html',
    why: 'source <blockquote> rendered with unsafeHTML',
    file: 'src/internal/templates.ts',
    edits: [
      ["import { html, nothing, type TemplateResult } from 'lit';", "import { html, nothing, type TemplateResult } from 'lit';\nimport { unsafeHTML } from 'lit/directives/unsafe-html.js';"],
      ["${source ?? ''}</blockquote>", "${unsafeHTML(source ?? '')}</blockquote>"],
    ],
    tests: ['tests/text-only.test.ts'],
  },
  {
    id: 'event-sources-emptied',
    why: 'event/timeline source sentences emptied',
    file: 'src/internal/content.ts',
    // Events now quote through the shared sourceDetails(): their sentences arrive, then read as empty.
    edits: [['${sourceDetails(ctx, e.id, label)}', "${sourceDetails({ ...ctx, sources: ctx.sources && { ...ctx.sources, [e.id]: '' } }, e.id, label)}"]],
    tests: ['tests/hled-timeline.test.ts'],
  },
  {
    id: 'lang-observer-own-root-only',
    why: 'the lang observer watches only the element’s own (shadow) root',
    file: 'src/i18n/lang-controller.ts',
    edits: [['if (!(root instanceof ShadowRoot)) break;', 'break;']],
    tests: ['tests/language-observer.test.ts'],
  },
  {
    id: 'heading-level-above-6-falls-to-2',
    why: 'heading-level above 6 falls back to 2',
    file: 'src/internal/content-element.ts',
    edits: [['return n > 6 ? 6 : n >= 2 ? n : 2;', 'return n >= 2 && n <= 6 ? n : 2;']],
    tests: ['tests/hled-pillar.test.ts'],
  },
  {
    id: 'planned-expected-swapped',
    why: '"Planned" and "Expected" words swapped',
    file: 'src/i18n/words.ts',
    // The event statuses (contentWords); figureStatus has a "Planned" of its own.
    edits: [["planned: msg('Planned', { id: 'status-planned' }),\n      expected: msg('Expected'", "expected: msg('Planned', { id: 'status-planned' }),\n      planned: msg('Expected'"]],
    tests: ['tests/hled-timeline.test.ts'],
  },
  {
    id: 'done-ongoing-swapped',
    why: '"Completed" and "In progress" words swapped (statuses of done and ongoing initiatives)',
    file: 'src/i18n/words.ts',
    // The initiative statuses (contentWords); figureStatus has an "In progress" of its own.
    edits: [["done: msg('Completed', { id: 'status-done' }),\n      ongoing: msg('In progress'", "ongoing: msg('Completed', { id: 'status-done' }),\n      done: msg('In progress'"]],
    tests: ['tests/hled-pillar.test.ts'],
  },
  {
    id: 'stale-src-answer-wins',
    why: 'guard against stale src answers removed',
    file: 'src/internal/report-controller.ts',
    edits: [['if (token !== this.token) return;', '']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'failed-load-never-retried',
    why: 'a failed src fetch is never retried',
    file: 'src/data/fetch.ts',
    edits: [['p.catch(() => reports.delete(url));', '']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'loading-flash-on-language-switch',
    why: 'the loading state flashes on a language switch',
    file: 'src/internal/report-controller.ts',
    edits: [['if (content !== this.content) {', 'if (content !== this.content || key !== this.key) {']],
    tests: ['tests/language-switch.test.ts'],
  },
  {
    id: 'all-figures-cut-to-one',
    why: 'the report’s "All figures" (with summaries) cut to one metric',
    file: 'src/elements/hled-report/hled-report.component.ts',
    edits: [['metricList(view.metrics, { ...ctx, summary: true })', 'metricList(view.metrics.slice(0, 1), { ...ctx, summary: true })']],
    tests: ['tests/hled-report.test.ts'],
  },
  {
    id: 'purpose-dropped',
    why: 'the report’s purpose dropped',
    file: 'src/elements/hled-report/hled-report.component.ts',
    edits: [["html`<p>${t(ctx, view.purpose.text)}</p>${sourceDetails(ctx, 'purpose', view.purpose.text)}`", "html`${sourceDetails(ctx, 'purpose', view.purpose.text)}`"]],
    tests: ['tests/hled-report.test.ts'],
  },
  {
    id: 'agreements-dropped',
    why: 'the report’s agreements dropped',
    file: 'src/elements/hled-report/hled-report.component.ts',
    edits: [['${statements(view.agreements)}', '']],
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
    why: 'report text always English in the built views',
    file: 'src/data/view.ts',
    edits: [['if (isLocalized(value)) return value[lang];', 'if (isLocalized(value)) return value.en;']],
    tests: ['tests/hled-pillar.test.ts'],
  },
  {
    id: 'words-built-in-english',
    why: 'the UI words of every view built in English',
    file: 'src/data/view.ts',
    edits: [['return withLocale(lang, () => ({', "return withLocale('en', () => ({"]],
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
    file: 'src/data/order.ts',
    edits: [['const STATUS_RANK = { happened: 0, expected: 1, planned: 2 } as const;', 'const STATUS_RANK = { happened: 2, expected: 1, planned: 0 } as const;']],
    tests: ['tests/hled-timeline.test.ts'],
  },
  {
    id: 'error-reported-on-every-render',
    why: 'the same problem logged and fired again on every re-render',
    file: 'src/internal/hled-element.ts',
    edits: [['if (this.failure?.[0] !== error) {', 'if (true) {']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'ongoing-source-dropped',
    why: 'the source of the ongoing projects no longer quoted',
    file: 'src/elements/hled-report/hled-report.component.ts',
    edits: [["${sourceDetails(ctx, 'stakeholders.ongoing', view.stakeholders.ongoingIntro)} ", '']],
    tests: ['tests/hled-report.test.ts'],
  },
  {
    id: 'source-not-marked-english',
    why: 'the English source inside a Spanish widget not marked lang="en"',
    file: 'src/internal/templates.ts',
    edits: [['<blockquote lang="en" aria-busy', '<blockquote aria-busy']],
    tests: ['tests/hled-metric.test.ts'],
  },
  {
    id: 'dates-in-reader-time-zone',
    why: 'dates formatted in the reader’s time zone: "February 14" west of UTC for 2023-02-15',
    file: 'src/i18n/format.ts',
    edits: [["{ ...options, timeZone: 'UTC' }", '{ ...options }']],
    tests: ['tests/hled-timeline.test.ts'],
  },
  {
    id: 'error-not-announced',
    why: 'the error message is not announced (role="alert" dropped)',
    file: 'src/internal/hled-element.ts',
    edits: [['class="error" role="alert"', 'class="error"']],
    tests: ['tests/states.test.ts'],
  },
  {
    id: 'second-copy-throws',
    why: 'a page that loads the widgets twice throws on the second registration',
    file: 'src/internal/define.ts',
    // The `return` forgotten: the second copy goes on to register the tag again. (`existing && false`,
    // as before the refactor, loses the narrowing to a constructor: tsc fails the build, a false kill.)
    edits: [['if (existing) return otherCopy(tag, existing);', 'if (existing) otherCopy(tag, existing);']],
    tests: ['tests/dist/host.test.ts'],
  },
  {
    id: 'static-content-kept-twice',
    why: 'static-rendered content not removed when the element takes over: shown twice',
    file: 'src/internal/hled-element.ts',
    edits: [['for (const node of this.staticNodes) node.remove();', '']],
    tests: ['tests/dist/static.test.ts'],
  },
  {
    id: 'loader-waits-for-shared-code',
    why: 'the script-tag loader fetches the shared code only once an element’s own has arrived (a request chain)',
    file: 'src/hled-widgets.ts',
    edits: [["for (const chunk of content ? ['hled-core', 'hled-content'] : ['hled-core']) fetchModule(chunk).catch(ignore);", '']],
    tests: ['tests/dist/loader.test.ts'],
  },
  {
    id: 'loader-loads-every-element',
    why: 'the script tag loads every element, whatever the page shows',
    file: 'src/hled-widgets.ts',
    edits: [['if (!entry) return;', 'if (!entry) return;\n  for (const other of Object.keys(ELEMENTS)) fetchModule(other).catch(ignore);']],
    tests: ['tests/dist/loader.test.ts'],
  },
  {
    id: 'static-page-sources-empty',
    why: 'static rendering does not load the source sentences: every "Source" disclosure of a page without script is empty',
    file: 'src/ssr.ts',
    // (loadSources stays referenced: an unused import would fail the build's tsc, not a test.)
    edits: [['...REPORTS.flatMap((r) => LANGUAGES.map((l) => loadSources({ report: r.id, locale: toLocale(l.code) }))),', '...REPORTS.flatMap((r) => LANGUAGES.map((l) => (r.id ? [] : loadSources({ report: r.id, locale: toLocale(l.code) })))),']],
    tests: ['tests/node/cli.test.mjs'],
  },
  {
    id: 'pillar-file-without-sources',
    why: 'a pillar’s own file leaves out its source sentences: its disclosures wait for the report’s sources file',
    file: 'src/data/slices.ts',
    edits: [['    agreements: [],\n    verbatim: view.verbatim.filter((v) => kept.includes(v)),\n    sources: shownSources(view, sources, kept),', '    agreements: [],\n    verbatim: view.verbatim.filter((v) => kept.includes(v)),']],
    tests: ['tests/hled-pillar.test.ts'],
  },
  {
    id: 'agency-file-keeps-summary',
    why: 'an institution’s own file carries the report summary’s texts it never shows (meeting, purpose, delegations…)',
    file: 'src/data/slices.ts',
    edits: [['    ...content,\n    pillars: pillars.filter', '    ...view,\n    pillars: pillars.filter']],
    tests: ['tests/hled-agency.test.ts'],
  },
  {
    id: 'english-sources-hold-every-sentence',
    why: 'the English sources file holds the sentences no English disclosure shows (the texts that are the report’s own words)',
    file: 'scripts/generate.mjs',
    edits: [["shownSources(view, sources, Object.keys(sources))", "sources"]],
    tests: ['tests/hled-report.test.ts'],
  },
  {
    id: 'csv-guard-equals-plus-only',
    why: 'the CSV guard against spreadsheet formulas covers cells starting with = and + only, not -, @, a tab or a carriage return',
    file: 'src/internal/tools.ts',
    edits: [['if (/^[=+\\-@\\t\\r]/.test(text))', 'if (/^[=+]/.test(text))']],
    tests: ['tests/facts.test.ts'],
  },
  {
    id: 'loader-sees-added-nodes-only',
    why: 'the loader starts an element added to the page, but not one inside a container that is added (a CMS block, a single-page app’s view)',
    file: 'src/hled-widgets.ts',
    edits: [['if (node instanceof Element) discover(node);', 'if (node instanceof Element) start(node);']],
    tests: ['tests/dist/loader.test.ts'],
  },
  {
    id: 'frame-takes-src',
    why: 'the frame page passes src through: a government site’s frame shows another site’s data under its name',
    file: 'src/embed/frame.ts',
    edits: [["if (name === 'src') problems.push([`src=${value}`, 'src']);\n    else if", 'if']],
    tests: ['tests/dist/frame.test.ts'],
  },
  {
    id: 'host-script-trusts-any-source',
    why: 'hled-embed.js resizes the first frame for any message of the right shape, whoever sent it',
    file: 'src/embed/host.ts',
    edits: [['if (frame.contentWindow === event.source) {', 'if (frame) {']],
    tests: ['tests/dist/frame.test.ts'],
  },
  {
    id: 'static-copy-link',
    why: 'static output keeps the "Copy link" buttons, which do nothing without a script',
    file: 'src/internal/templates.ts',
    edits: [['if (ctx.summary || server) return nothing;', 'if (ctx.summary) return nothing;']],
    tests: ['tests/node/cli.test.mjs'],
  },
];
