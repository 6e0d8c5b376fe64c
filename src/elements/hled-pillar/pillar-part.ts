/**
 * What `<hled-pillar>` reads of a report: one pillar. Bundled, each pillar is a file of its own per
 * language (`#hled-data/pillar`), with its source sentences, so a page with one pillar does not
 * download the whole report. With an `agency` filter it reads the whole report, whose institutions
 * the filter is checked against (an unknown one is an error naming the valid ids).
 */
import { load as loadPillarFile } from '#hled-data/pillar';
import { unknownId } from '../../core/errors.js';
import { filePart, type Part } from '../../core/load.js';

export function pillarPart(pillar: string, agency: string): Part {
  return filePart(
    `pillar:${pillar}:${agency}`,
    (report, ids) =>
      !ids.pillars.includes(Number(pillar))
        ? unknownId('hled-pillar', 'pillar', pillar, report, ids.pillars)
        : agency && !ids.agencies.includes(agency)
          ? unknownId('hled-pillar', 'agency', agency, report, ids.agencies)
          : undefined,
    agency ? undefined : loadPillarFile,
    'pillar',
    String(Number(pillar)),
  );
}
