// A @web/test-runner reporter that counts results the way CI reads them: passed, failed, skipped.
// A test file that fails to load (syntax error, failed import) has no test results but errors:
// it counts as one failed test, so a broken file can never look green. `notes` are lines about browser
// groups that did not run (see optionalBrowsers() in browsers.mjs): printed when the run starts and
// again above the counts, so a missing browser shows.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite.suites ?? []) countSuite(s, counts);
}

export function summaryReporter({ outFile, notes = [] } = {}) {
  return {
    start() {
      for (const note of notes) console.log(note);
    },
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: 0 };
      for (const session of sessions) {
        counts.files++;
        const before = counts.failed + counts.passed + counts.skipped;
        if (session.testResults) countSuite(session.testResults, counts);
        const ran = counts.failed + counts.passed + counts.skipped - before;
        // Errors outside any test (import failure, uncaught error in the file) or no tests at all.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && ran === 0)) counts.failed++;
      }
      if (outFile) writeFileSync(outFile, JSON.stringify({ ...counts, notes }));
      else {
        for (const note of notes) console.log(note);
        console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      }
    },
  };
}
