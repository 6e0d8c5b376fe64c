/**
 * A reactive controller that makes the facts its host shows (figures, initiatives, events: each an
 * element with `id="hled-<id>"` in the shadow root) travel: a page opened at `#hled-<id>` brings
 * that fact into view and marks it, across shadow roots, once the data has loaded; and each fact's
 * "copy link" control copies that address. (The "Cite or download" disclosure is the tools
 * controller's: `tools-controller.ts`.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class FactsController implements ReactiveController {
  /** The fact whose link was just copied: its control says so for a moment. */
  copied?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.moved);
    this.host.renderRoot.addEventListener('click', this.click);
  }

  hostDisconnected(): void {
    // (The click listener on its own shadow root stays: adding it again on reconnection adds nothing.)
    removeEventListener('hashchange', this.moved);
  }

  hostUpdated(): void {
    this.goto();
  }

  /**
   * Brings `#hled-<id>` into view if this host holds it and no other element has yet (`again`: even
   * if one has): `hled-goto.ts`, loaded only when the page's address has such a hash.
   */
  private goto(again?: boolean): void {
    if (location.hash.startsWith('#hled-')) void import('../internal/hled-goto.js').then((m) => m.goto(this.host.renderRoot, again));
  }

  private readonly moved = (): void => this.goto();

  /** "Copy link": the page's address with the fact's hash, to the clipboard; the control says so. */
  private readonly click = (event: Event): void => {
    const target = event.target as Element;
    // A link of the contents to where the page already is: no hashchange, so go there again.
    const anchor = target.closest<HTMLAnchorElement>('a[href^="#hled-"]');
    if (anchor && anchor.hash === location.hash) this.goto(true);
    const id = target.closest<HTMLElement>('[data-link]')?.dataset.link;
    if (!id) return;
    // The page's own address: in a frame (embed.html), the frame's, which opens the fact on its own.
    const link = `${location.href.split('#')[0]}#hled-${id}`;
    // No clipboard (a page served over http, a refused permission): the address bar gets the link;
    // in a frame, whose address the reader cannot see, it opens in a tab of its own.
    const fallback = () => (window.parent === window ? (location.hash = `hled-${id}`) : void open(link, '_blank', 'noopener'));
    if (!navigator.clipboard) return void fallback();
    navigator.clipboard.writeText(link).then(() => {
      // Seen, and announced: the control keeps the focus and its name changes.
      this.copied = id;
      this.host.requestUpdate();
      setTimeout(() => {
        if (this.copied === id) this.copied = undefined;
        this.host.requestUpdate();
      }, 2000);
    }, fallback);
  };
}
