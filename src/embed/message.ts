/**
 * The message a frame page posts to its parent whenever its content's height changes, and that
 * `hled-embed.js` reads: `{ type: 'hled-embed:resize', height: 412 }` (CSS pixels, a whole number).
 * A host page may read it without hled-embed.js: check `event.source` against the frame's
 * `contentWindow`, and ignore any other message.
 */
export const RESIZE = 'hled-embed:resize';

export interface ResizeMessage {
  readonly type: typeof RESIZE;
  readonly height: number;
}
