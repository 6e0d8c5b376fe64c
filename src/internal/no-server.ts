/**
 * In a browser, elements render nothing differently: the static rendering code (`server.ts`) is
 * given only to the `node` condition (package.json `imports`, `#hled-server`).
 */
import type { ServerRendering } from './server-rendering.js';

export const server: ServerRendering | undefined = undefined;
