/**
 * What `<hled-metric>` reads of a report: its one figure. Bundled, each figure is a file of its own
 * per language (`#hled-data/metric`, a few hundred bytes), so a page with one figure does not
 * download the report; a `src` report reads it out of the whole view (`filePart`).
 */
import { load as loadMetricFile } from '#hled-data/metric';
import { unknownId } from '../../core/errors.js';
import { filePart, type Part } from '../../core/load.js';

export function metricPart(id: string): Part {
  return filePart(
    `metric:${id}`,
    (report, ids) => (ids.metrics.includes(id) ? undefined : unknownId('hled-metric', 'metric', id, report, ids.metrics)),
    loadMetricFile,
    'metric',
    id,
  );
}
