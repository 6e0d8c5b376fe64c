/**
 * Bringing a fact into view: a page opened at (or moved to) `#hled-<id>` shows that fact, marked,
 * across shadow roots, once it is rendered. Loaded only on such a page (`facts.ts`; the script-tag
 * loader starts it with the element's code when the page's address has such a hash).
 */

/** The hash the page was opened at (or moved to), and whether an element has shown its fact. */
let claimed: [string, boolean] | undefined;

/** Brings the page's `#hled-<id>` into view if `root` holds it and no other element has yet; `again`: even if one has. */
export function goto(root: HTMLElement | DocumentFragment, again?: boolean): void {
  const hash = location.hash;
  if (again || claimed?.[0] !== hash) claimed = [hash, false];
  const fact = !claimed[1] && root.querySelector<HTMLElement>(`[id="${CSS.escape(hash.slice(1))}"]`);
  if (!fact) return;
  claimed[1] = true;
  root.querySelector('[data-target]')?.removeAttribute('data-target');
  fact.setAttribute('data-target', '');
  // A heading (a pillar, from the contents) takes the focus too, so Tab goes on from there.
  if (!fact.hasAttribute('tabindex')) fact.setAttribute('tabindex', '-1');
  fact.scrollIntoView({ block: 'start' });
  fact.focus({ preventScroll: true });
}
