// Tests of the built package (run after `npm run build`): the CDN file, the npm entries, the
// example host pages. Same browsers as the unit tests, but no TypeScript sources involved.
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['tests/dist/**/*.test.html', 'tests/dist/**/*.test.ts'],
};
