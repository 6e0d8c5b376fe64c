// The reports of data/reports/, newest first, read from the files themselves: what size-limit, the
// bench and the test runner's routes read, so that the next report is its data file, its source
// text and its expect file, and no list to edit.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../data/reports/', import.meta.url);

/** `{ id, date }` of every report file, newest first (the order the elements' default follows). */
export const REPORTS = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expect.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')))
  .map(({ id, date }) => ({ id, date }))
  .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** The report an element without `report=` shows. */
export const LATEST = REPORTS[0].id;
