/**
 * What scripts/generate.mjs runs of the sources, as one module graph (Vite's `runnerImport` gives
 * each import its own): the strings it registers are the ones the formatting code then reads.
 */
import { addStrings, type LocaleModule } from '../src/i18n/strings.js';
import type { Lang } from '../src/core/languages.js';

export { LANGUAGES, SOURCE_LANG } from '../src/core/languages.js';
export { validateReport } from '../src/data/validate.js';
export { toView, sourcesOf, languagesOf } from '../src/data/view.js';
export { agencyFile, metricFile, pillarFile, timelineFile, shownSources } from '../src/data/part-files.js';
export { idsOf } from '../src/core/ids.js';
export { fileName } from '../src/core/files.js';
export { frameWords } from '../src/i18n/words.js';
export { withLocale } from '../src/i18n/localize.js';

/** Registers the UI strings of `lang` (written by `lit-localize build`) for the formatting code. */
export async function useStrings(lang: Lang): Promise<void> {
  addStrings(lang, (await import(`../src/generated/locales/${lang}.ts`)) as LocaleModule);
}
