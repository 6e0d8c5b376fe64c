// The planted bugs of `npm run mutate` (tests/mutations.mjs) still apply to the code: each edit's
// text is found exactly once in its file. A refactor that moves the text makes a planted bug "no
// longer apply", which `npm run mutate` only reports when someone runs it (seven had gone stale
// unseen); this fails in `npm test` instead, naming the bug and the file.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MUTATIONS } from '../mutations.mjs';

describe('planted bugs (tests/mutations.mjs)', () => {
  for (const m of MUTATIONS) {
    it(`${m.id} applies once to ${m.file}`, () => {
      const code = readFileSync(m.file, 'utf8');
      for (const [from] of m.edits) assert.equal(code.split(from).length - 1, 1, `${m.id}: the text to mutate is not found exactly once in ${m.file}: ${from.slice(0, 80)}`);
    });
  }
});
