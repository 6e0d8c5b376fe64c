/**
 * What `<hled-metric>` reads of a report: its one figure. Bundled, each figure is a file of its own
 * per language (`#hled-data/metric`, a few hundred bytes), so a page with one figure does not
 * download the report; a `src` report (and the one-file build) reads it out of the whole view, and an unknown id
 * is an error from the whole view too.
 */
import { load as loadMetricFile } from '#hled-data/metric';
import { unknownId } from '../../data/errors.js';
import type { Slice } from '../../data/load.js';
import { fileName } from '../../data/files.js';

const slices = new Map<string, Slice>();

export function metricSlice(id: string): Slice {
  let slice = slices.get(id);
  if (!slice) {
    slice = {
      key: `metric:${id}`,
      check: (report, ids) => (ids.metrics.includes(id) ? undefined : unknownId('hled-metric', 'metric', id, report, ids.metrics)),
      file: (report, lang) => [loadMetricFile, fileName(report, lang, 'metric', id)],
    };
    slices.set(id, slice);
  }
  return slice;
}
