/**
 * No per-part files (package.json `imports`, condition `hled-whole`), for the builds that carry every
 * report whole: the one-file build (`dist/hled-widgets.bundle.js`) and static rendering
 * (`dist/ssr.js`). An element whose part has a file of its own elsewhere (one figure, one pillar,
 * one institution's work, the timeline) reads it out of the whole view instead, as it does for a
 * `src` report; there each view carries every source sentence (report-whole.ts). The one file would
 * otherwise grow by some hundred small files (the figures' alone were 4.3 KiB gzip of it), and static
 * rendering has every whole view loaded before it renders.
 */
import type { FileLoader } from '../core/load.js';

export const load: FileLoader | undefined = undefined;
