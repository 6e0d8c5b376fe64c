/**
 * Registers a custom element without ever throwing: a page may load hled-widgets twice (the CDN
 * file and an npm copy). The first registration wins; a second copy of another version warns.
 */
import { VERSION } from '../generated/version.js';

export { VERSION };

const versions = new Map<string, string>();

export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    const other = (existing as { hledVersion?: string }).hledVersion;
    if (other !== VERSION && !versions.has(tag)) {
      console.warn(`hled-widgets ${VERSION}: <${tag}> is already registered by ${other ? `version ${other}` : 'another script'}; using that one.`);
    }
    versions.set(tag, other ?? '?');
    return;
  }
  (ctor as unknown as { hledVersion: string }).hledVersion = VERSION;
  customElements.define(tag, ctor);
}
