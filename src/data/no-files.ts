/**
 * No per-part files (package.json `imports`, condition `hled-bundle`): the one-file build
 * (`dist/hled-widgets.bundle.js`) carries every report whole, so an element whose part has a file of
 * its own elsewhere (one institution's work) reads it out of the whole view instead, as it does for
 * a `src` report. Seventy small files inlined in one script would only add to what every page of
 * that build downloads.
 */
import type { FileLoader } from './load.js';

export const load: FileLoader | undefined = undefined;
