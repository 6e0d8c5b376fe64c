/**
 * No per-part files (package.json `imports`, condition `hled-whole`), for the builds that carry every
 * report whole: the one-file build (`dist/hled-widgets.bundle.js`) and static rendering
 * (`dist/ssr.js`). An element whose part has a file of its own elsewhere (one pillar, one
 * institution's work) reads it out of the whole view instead, as it does for a `src` report: the
 * one file would only grow by some eighty small files, and static rendering has every whole view
 * loaded before it renders.
 */
import type { FileLoader } from '../core/load.js';

export const load: FileLoader | undefined = undefined;
