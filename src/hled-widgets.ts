/**
 * The script-tag entry, `dist/hled-widgets.js` (a build of its own, so a CMS may load it under any
 * URL; the frame page's script, `dist/embed-frame.js`, carries it too): a page that includes it gets
 * the elements it shows,
 * and only those. It looks through the page for undefined `hled-*` elements (and watches for ones
 * added later, as Shoelace's and Web Awesome's autoloaders do), then starts, all at once and in
 * parallel, each element's code, the code the elements share, and the data file each element will
 * ask for: in its language, and only its part of the report (one figure for `<hled-metric>`). When
 * an element then asks for the same file, the browser already has it or has it on its way. Nothing
 * waits for anything else: a page pays one round trip after this script, not a chain of them.
 *
 * Elements in another component's shadow root are not seen by the observer: call
 * `discover(shadowRoot)` for them, or import their module yourself.
 */
import { load } from '#hled-data/report';
import { fileName } from './core/files.js';
import { LOADERS } from './generated/loaders.js';
import { REPORTS } from './generated/reports.js';
import { otherCopy } from './core/version.js';
import { langCode, langOf } from './core/locale.js';

const started = new Set<string>();

/** A module of dist/cdn/, beside this script. */
const fetchModule = (name: string) => import(new URL(/* @vite-ignore */ `./cdn/${name}.js`, import.meta.url).href);
const ignore = () => undefined;

function start(el: Element): void {
  const tag = el.localName;
  const entry = LOADERS[tag];
  if (!entry) return;
  const existing = customElements.get(tag);
  if (existing) return otherCopy(tag, existing);
  const [part, shared] = entry;
  if (!el.hasAttribute('src')) {
    const report = el.getAttribute('report') || REPORTS[0]?.id;
    if (report) load(fileName(report, langCode(langOf(el)), part, el.getAttribute(part) ?? undefined))?.catch(ignore);
  }
  if (started.has(tag)) return;
  started.add(tag);
  // The element's module and the chunks it shares (fixed names, vite.config.ts), all at once: the
  // element's own does not wait for them.
  for (const folder of shared) fetchModule(`hled-${folder}`).catch(ignore);
  fetchModule(tag).catch((error: unknown) => console.error(`hled-widgets: <${tag}> could not be loaded: ${(error as Error)?.message ?? error}`));
}

const selector = Object.keys(LOADERS).join();

/** Starts loading what the `hled-*` elements in `root` (and `root` itself) need. */
export function discover(root: Document | Element | ShadowRoot): void {
  if (root instanceof Element) start(root);
  for (const el of root.querySelectorAll(selector)) start(el);
}

new MutationObserver((records) => {
  for (const { addedNodes } of records) for (const node of addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { subtree: true, childList: true });
// A page opened at a fact's address (`#hled-<id>`): what brings it into view, with the rest.
if (location.hash.startsWith('#hled-')) fetchModule('hled-goto').catch(ignore);
discover(document);
