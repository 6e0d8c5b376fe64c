/**
 * What `<hled-agency>` reads of a report: one institution's work. Bundled, each institution's is a
 * file of its own per language (`#hled-data/agency`), with its source sentences, so an agency's
 * page does not download the whole report; a `src` report, the one-file build and static rendering
 * read it out of the whole view (`filePart`).
 */
import { load as loadAgencyFile } from '#hled-data/agency';
import { unknownId } from '../../core/errors.js';
import { filePart, type Part } from '../../core/load.js';

export function agencyPart(id: string): Part {
  return filePart(
    `agency:${id}`,
    (report, ids) => (ids.agencies.includes(id) ? undefined : unknownId('hled-agency', 'agency', id, report, ids.agencies)),
    loadAgencyFile,
    'agency',
    id,
  );
}
