/**
 * A reactive controller that gives its host the locale it should speak (`locale.ts`) and asks the
 * host to update when a `lang` attribute above it changes, in the document or in any shadow root
 * between the host and the document. One MutationObserver serves every widget of the page: a change
 * anywhere re-checks each connected host, which is a walk up the tree, and changes of `lang` are rare.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langOf, toLocale, type Locale } from './locale.js';

const controllers = new Set<LangController>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

export class LangController implements ReactiveController {
  /** The locale last read by the host, to tell whether a change concerns it. */
  private last?: Locale;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The locale the host should speak now. */
  get wanted(): Locale {
    return (this.last = toLocale(langOf(this.host)));
  }

  hostConnected(): void {
    controllers.add(this);
    observer ??= new MutationObserver(() => controllers.forEach((c) => c.recheck()));
    // Every root from the host's up to the document: a shadow root does not report changes of
    // `lang` on the elements of the tree it sits in.
    let root = this.host.getRootNode();
    for (;;) {
      if (!observed.has(root)) {
        observed.add(root);
        observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      }
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  private recheck(): void {
    if (toLocale(langOf(this.host)) !== this.last) this.host.requestUpdate();
  }
}
