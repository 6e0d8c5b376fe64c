// A node:test reporter that counts results the way CI reads them (passed, failed, skipped) and
// writes them as JSON, for scripts/test.mjs to add to the closing line. Suites are not counted,
// only tests; a file that fails to load is reported by node:test as a failed test of that file.
export default async function* summary(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip !== undefined || event.data.todo !== undefined) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield `${JSON.stringify(counts)}\n`;
}
