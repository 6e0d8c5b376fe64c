/**
 * A reactive controller with one job: the content of its host's "Cite or download" disclosure.
 * Nothing of it loads until a reader first opens the disclosure: then `tools.ts` arrives and
 * follows the host from there on (`ToolsFollower`): the content is made from what the host shows
 * now (its view, in its language, and the ids of its facts), never read back from the page, and made
 * again when that changes: while the disclosure is open, at once; while it is closed, on its next
 * opening. Every object URL a content made is released when the next is made or the host goes away.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Shown, ToolsFollower } from '../internal/tools.js';

export type ToolsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ToolsController implements ReactiveController {
  /** The content of the disclosure, for what the host shows now; undefined until it is made. */
  content?: TemplateResult;
  /** What follows the host once the disclosure has been opened. */
  private follower?: ToolsFollower | Promise<unknown>;

  constructor(
    readonly host: ToolsHost,
    /** What the host shows now; undefined while it shows no data, or waits for other data. */
    readonly shown: () => Shown | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // `toggle` does not bubble: listen in the capture phase, which passes through the shadow root.
    this.host.renderRoot.addEventListener('toggle', this.toggle, true);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('toggle', this.toggle, true);
    if (this.follower && !(this.follower instanceof Promise)) this.follower.drop();
    this.follower = undefined;
  }

  hostUpdated(): void {
    if (this.follower && !(this.follower instanceof Promise)) this.follower.update();
  }

  private readonly toggle = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    if (details.getAttribute?.('part') !== 'tools') return;
    if (this.follower instanceof Promise) return;
    if (this.follower) return this.follower.toggled(details.open);
    if (!details.open) return;
    const loading = import('../internal/tools.js').then((m) => {
      if (this.follower !== loading) return;
      this.follower = new m.ToolsFollower(this);
      this.follower.toggled(details.open);
    });
    this.follower = loading;
  };
}
