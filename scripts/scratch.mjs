// A scratch copy of the working tree, for checks that change the sources without touching them:
// every file git tracks or would add, as it is now, with node_modules linked rather than copied.
// Used by `npm run mutate` and by tests/node/second-report.test.mjs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Copies the working tree into a new temporary folder and returns its path. */
export function scratchCopy(prefix = 'hled-scratch-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    // A worktree whose node_modules is a symlink lists it (the ignore rule `node_modules/` matches
    // directories only): it is linked below, not copied.
    .filter((f) => f && f !== 'node_modules');
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(join(ROOT, f), join(dir, f));
    } catch {
      // deleted in the working tree but still in the index
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
