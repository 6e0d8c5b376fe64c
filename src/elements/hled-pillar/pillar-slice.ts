/**
 * What `<hled-pillar>` reads of a report: one pillar. Bundled, each pillar is a file of its own per
 * language (`#hled-data/pillar`), with its source sentences, so a page with one pillar does not
 * download the whole report. With an `agency` filter it reads the whole report, whose institutions
 * the filter is checked against (an unknown one is an error naming the valid ids).
 */
import { load as loadPillarFile } from '#hled-data/pillar';
import { unknownId } from '../../data/errors.js';
import { fileName } from '../../data/files.js';
import type { Slice } from '../../data/load.js';
import type { Lang } from '../../i18n/languages.js';

const slices = new Map<string, Slice>();

export function pillarSlice(pillar: string, agency: string): Slice {
  const key = `pillar:${pillar}:${agency}`;
  let slice = slices.get(key);
  if (!slice) {
    slice = {
      key,
      check: (report, ids) =>
        !ids.pillars.includes(Number(pillar))
          ? unknownId('hled-pillar', 'pillar', pillar, report, ids.pillars)
          : agency && !ids.agencies.includes(agency)
            ? unknownId('hled-pillar', 'agency', agency, report, ids.agencies)
            : undefined,
      // The one-file build has no such files (src/data/no-files.ts): the whole view serves. So does it
      // for an `agency` filter, which must be checked against every institution of the report.
      ...(loadPillarFile && !agency && { file: (report: string, lang: Lang) => [loadPillarFile, fileName(report, lang, 'pillar', String(Number(pillar)))] as const }),
    };
    slices.set(key, slice);
  }
  return slice;
}
