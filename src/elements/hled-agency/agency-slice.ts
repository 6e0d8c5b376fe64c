/**
 * What `<hled-agency>` reads of a report: one institution's work. Bundled, each institution's is a
 * file of its own per language (`#hled-data/agency`), so an agency's page does not download the
 * whole report; a `src` report (and the one-file build) reads it out of the whole view, and an unknown id
 * is an error from the whole view too.
 */
import { load as loadAgencyFile } from '#hled-data/agency';
import { unknownId } from '../../data/errors.js';
import { fileName } from '../../data/files.js';
import type { Slice } from '../../data/load.js';
import type { Lang } from '../../i18n/languages.js';

const slices = new Map<string, Slice>();

export function agencySlice(id: string): Slice {
  let slice = slices.get(id);
  if (!slice) {
    slice = {
      key: `agency:${id}`,
      check: (report, ids) => (ids.agencies.includes(id) ? undefined : unknownId('hled-agency', 'agency', id, report, ids.agencies)),
      // The one-file build has no such files (src/data/no-files.ts): the whole view serves.
      ...(loadAgencyFile && { file: (report: string, lang: Lang) => [loadAgencyFile, fileName(report, lang, 'agency', id)] as const }),
    };
    slices.set(id, slice);
  }
  return slice;
}
