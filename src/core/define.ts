/**
 * Registers a custom element without ever throwing: a page may load hled-widgets twice (the script
 * tag and an npm copy). The first registration wins (`version.ts`).
 */
import { otherCopy, VERSION } from './version.js';

export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) return otherCopy(tag, existing);
  (ctor as unknown as { hledVersion: string }).hledVersion = VERSION;
  customElements.define(tag, ctor);
}
