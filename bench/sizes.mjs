// Sizes from the build itself, for "what stands in the way": gzip -9 (the server's level, and
// size-limit's) of each file the script tag can fetch, and what a chunk is made of, from its source
// map (minified bytes attributed to each package or to our src/, and the gzip of each part on its
// own: gzip is not additive, so parts don't sum exactly to the chunk).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** gzip size of every .js in `dir` (not recursive), by file name. */
export function gzipSizes(dir) {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.js') && statSync(`${dir}/${f}`).isFile())
      .map((f) => {
        const b = readFileSync(`${dir}/${f}`);
        return [f, { raw: b.length, gzip: gz(b) }];
      }),
  );
}

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function vlq(str) {
  const out = [];
  for (let i = 0, shift = 0, value = 0; i < str.length; i++) {
    const d = B64[str[i]];
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return out;
}

/** Which group a source path belongs to: Lit (its four packages), other packages, or our code. */
export function groupOf(source) {
  const m = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!m) return /(^|\/)src\/generated\//.test(source) ? 'src/generated (data index, strings)' : 'our code (src/)';
  if (/^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(m[1])) return 'Lit (lit-html, lit-element, reactive-element)';
  return m[1];
}

/**
 * A minified file's bytes by group, from its source map: { group: { raw, gzip } }, largest first.
 * Bytes the map does not attribute (glue, the module wrapper) go to "unmapped". `group`: source
 * path → group name (default: Lit, each other package, our code).
 */
export function composition(file, group = groupOf) {
  if (!existsSync(`${file}.map`)) return null;
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const parts = {};
  const add = (group, text) => (parts[group] ??= []).push(text);
  let src = 0;
  map.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    let col = 0;
    let prev = null;
    for (const seg of line.split(',').filter(Boolean)) {
      const f = vlq(seg);
      col += f[0];
      if (f.length > 1) src += f[1];
      if (prev) add(prev.group, text.slice(prev.col, col));
      else if (col > 0) add('unmapped', text.slice(0, col));
      prev = { col, group: f.length > 1 ? group(map.sources[src]) : 'unmapped' };
    }
    if (prev) add(prev.group, text.slice(prev.col));
    else add('unmapped', text);
  });
  return Object.fromEntries(
    Object.entries(parts)
      .map(([g, texts]) => {
        const s = texts.join('');
        return [g, { raw: Buffer.byteLength(s), gzip: gz(s) }];
      })
      .filter(([, v]) => v.raw > 0)
      .sort((a, b) => b[1].raw - a[1].raw),
  );
}
