/**
 * What `<hled-agency>` reads of a report: one institution's work. Bundled, each institution's is a
 * file of its own per language (`#hled-data/agency`), with its source sentences, so an agency's
 * page does not download the whole report; a `src` report, the one-file build and static rendering
 * read it out of the whole view (`partSlice`).
 */
import { load as loadAgencyFile } from '#hled-data/agency';
import { unknownId } from '../../data/errors.js';
import { partSlice, type Slice } from '../../data/load.js';

export function agencySlice(id: string): Slice {
  return partSlice(
    `agency:${id}`,
    (report, ids) => (ids.agencies.includes(id) ? undefined : unknownId('hled-agency', 'agency', id, report, ids.agencies)),
    loadAgencyFile,
    'agency',
    id,
  );
}
