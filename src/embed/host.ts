/**
 * `dist/hled-embed.js`, the optional script of a page that shows hled frames (`embed.html`): sizes
 * each frame to the height of its content, which the frame posts whenever it changes. A classic
 * script, for any page: `<script src="…/hled-embed.js" async></script>`, once, anywhere on the page.
 *
 * It trusts a message only for the frame that sent it (`event.source` is that frame's window), so a
 * frame can size itself and nothing else, and ignores every other message. Loaded twice, it sets
 * the same height twice. A frame whose page has no such script keeps its own `height`.
 */
import { RESIZE, type ResizeMessage } from './message.js';

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as Partial<ResizeMessage> | null;
  if (!data || data.type !== RESIZE || typeof data.height !== 'number' || !(data.height >= 0)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === event.source) {
      // Under 100,000 px: a frame cannot make the host page endless.
      frame.style.height = `${Math.min(Math.ceil(data.height), 1e5)}px`;
      return;
    }
  }
});
