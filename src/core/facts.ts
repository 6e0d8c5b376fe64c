/**
 * A reactive controller that makes the facts its host shows (figures, initiatives, events: each an
 * element with `id="hled-<id>"` in the shadow root) travel: a page opened at `#hled-<id>` brings
 * that fact into view and marks it, across shadow roots, once the data has loaded; and each fact's
 * "copy link" control copies that address. (The "Cite or download" disclosure is the tools
 * controller's: `tools-controller.ts`.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The hash the page was opened at (or moved to), and whether an element has shown its fact. */
let claimed: [string, boolean] | undefined;

export class FactsController implements ReactiveController {
  /** The fact whose link was just copied: its control says so for a moment. */
  copied?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.goto);
    this.host.renderRoot.addEventListener('click', this.click);
  }

  hostDisconnected(): void {
    // (The click listener on its own shadow root stays: adding it again on reconnection adds nothing.)
    removeEventListener('hashchange', this.goto);
  }

  hostUpdated(): void {
    if (location.hash.startsWith('#hled-')) this.goto();
  }

  /** Brings `#hled-<id>` into view if this host holds it and no other element has yet. */
  private readonly goto = (): void => {
    const hash = location.hash;
    if (claimed?.[0] !== hash) claimed = [hash, false];
    const fact = !claimed[1] && hash.startsWith('#hled-') && this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(hash.slice(1))}"]`);
    if (!fact) return;
    claimed[1] = true;
    this.host.renderRoot.querySelector('[data-target]')?.removeAttribute('data-target');
    fact.setAttribute('data-target', '');
    // A heading (a pillar, from the contents) takes the focus too, so Tab goes on from there.
    if (!fact.hasAttribute('tabindex')) fact.setAttribute('tabindex', '-1');
    fact.scrollIntoView({ block: 'start' });
    fact.focus({ preventScroll: true });
  };

  /** "Copy link": the page's address with the fact's hash, to the clipboard; the control says so. */
  private readonly click = (event: Event): void => {
    const target = event.target as Element;
    // A link of the contents to where the page already is: no hashchange, so go there again.
    const anchor = target.closest<HTMLAnchorElement>('a[href^="#hled-"]');
    if (anchor && anchor.hash === location.hash) {
      claimed = undefined;
      this.goto();
    }
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
