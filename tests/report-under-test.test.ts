/**
 * The tests expect one report's figures, ids and texts (`REPORT`, tests/helpers.ts), and most of
 * their elements show the latest bundled report (no `report=`, as a page writes them). A newer report
 * file would silently change what they check: this fails instead, naming what to do.
 */
import { expect } from '@open-wc/testing';
import { REPORTS } from '../src/generated/reports.js';
import { REPORT } from './helpers.js';

describe('the report the tests check', () => {
  it('is the latest bundled report, which elements without report= show', () => {
    expect(REPORTS[0]!.id, `the latest report is ${REPORTS[0]!.id}, the tests check ${REPORT}: point REPORT (tests/helpers.ts) at the new report and update the expectations that change, or the element tests check the wrong report`).to.equal(REPORT);
  });
});
