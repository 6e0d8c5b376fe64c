/**
 * A reactive controller with one job: which events' source sentences are open. An event's "Source"
 * is a button, not a disclosure (`content.ts`: a timeline may hold 1,000): one listener opens or
 * closes any of them, and a sentence that find-in-page found in a closed one
 * (`hidden="until-found"`) stays open. The sentences themselves come with the element's view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SourceToggles implements ReactiveController {
  /** The events whose sentence is open. */
  readonly opened = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    // (Added again on each connection: the same listeners are added once.)
    this.host.renderRoot.addEventListener('click', this.clicked);
    this.host.renderRoot.addEventListener('beforematch', this.found, true);
  }

  private readonly clicked = (event: Event): void => {
    const id = (event.target as Element).closest<HTMLElement>('[data-source]')?.dataset.source;
    if (!id) return;
    if (!this.opened.delete(id)) this.opened.add(id);
    this.host.requestUpdate();
  };

  /** Find-in-page found text in a closed sentence: it stays open. */
  private readonly found = (event: Event): void => {
    const id = (event.target as Element).id;
    if (!id.startsWith('source-')) return;
    this.opened.add(id.slice('source-'.length));
    this.host.requestUpdate();
  };
}
