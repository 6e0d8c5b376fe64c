/**
 * This copy's version, and what it says when another copy registered one of its elements first (a
 * page that loads the widgets twice, say the script tag and an npm bundle): the first registration
 * wins; a copy of another version warns, once per element.
 */
import { VERSION } from '../generated/version.js';

export { VERSION };

const warned = new Set<string>();

/** Says, once, that `tag` is already registered by another copy of another version. */
export function otherCopy(tag: string, existing: CustomElementConstructor): void {
  const other = (existing as { hledVersion?: string }).hledVersion;
  if (other === VERSION || warned.has(tag)) return;
  warned.add(tag);
  console.warn(`hled-widgets ${VERSION}: <${tag}> is already registered by ${other ? `version ${other}` : 'another script'}; using that one.`);
}
