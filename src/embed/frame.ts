/**
 * The frame page's script (`dist/embed.html` loads it as `dist/embed-frame.js`): the page shows the
 * one element its address names, for CMSs that take an `<iframe>` but no script —
 * `embed.html?element=hled-metric&metric=usaid-investments&lang=es&theme=gob-mx`.
 *
 * - `element` is one of the elements; its documented attributes pass through by name, set as
 *   attributes (never parsed as markup); `lang` sets `<html lang>`, which the element follows;
 *   `theme` adds that stylesheet. Anything else — a tag that is not a widget, an attribute the
 *   element does not have, and `src` above all (a government site's frame must never show another
 *   site's data under that site's name) — is refused: a message in the frame, in its language, a
 *   console error, and nothing loaded.
 * - The script-tag loader (`hled-widgets.ts`) is built into this file: it sees the element and
 *   starts its code, the shared chunks and its data file all at once, as on a script-tag page, so a
 *   frame is as many round trips from its first byte as such a page. Nothing is fetched before the
 *   address is read: a refused address loads nothing (no `<link rel="modulepreload">` in the page's
 *   `<head>`, which would fetch for any address).
 * - Framed, it posts its content's height to the parent whenever it changes (first render, a
 *   narrower frame, a disclosure opening): `{ type: 'hled-embed:resize', height }`, in CSS pixels.
 *   `hled-embed.js` on the host page sizes the frame to it.
 */
import { FRAME_ELEMENTS, FRAME_WORDS, THEMES } from '../generated/frame.js';
import { LANG_CODES, SOURCE_LANG } from '../core/languages.js';
import type { FrameWords } from '../i18n/words.js';
import { RESIZE } from './message.js';
// The script-tag loader: it watches the page for hled-* elements, such as the one this page adds.
import '../hled-widgets.js';

/** Why a part of the address is refused: a key of the frame's words. */
type Reason = 'element' | 'src' | 'attribute' | 'theme' | 'lang';

export interface FrameRequest {
  /** The element to show, and its attributes, in the address's order. */
  readonly tag: string;
  readonly attributes: readonly (readonly [string, string])[];
  /** The `lang` of the page (`en` when the address has none). */
  readonly lang: string;
  readonly theme?: string | undefined;
  /** What is refused: the part of the address, and why. None: the element is shown. */
  readonly problems: readonly (readonly [string, Reason])[];
}

/** A `lang` the widgets speak: `en`, `es`, or either with a region (`es-MX`, `es-419`). */
function speaks(lang: string): boolean {
  if (!LANG_CODES.includes(lang.split('-')[0].toLowerCase() as never)) return false;
  try {
    return Intl.getCanonicalLocales(lang).length === 1;
  } catch {
    return false;
  }
}

/** What the address asks for, and what of it is refused. */
export function readAddress(query: URLSearchParams): FrameRequest {
  const tag = query.get('element') ?? '';
  const allowed = Object.hasOwn(FRAME_ELEMENTS, tag) ? FRAME_ELEMENTS[tag] : undefined;
  const lang = query.get('lang') || SOURCE_LANG;
  const theme = query.get('theme') || undefined;
  const problems: (readonly [string, Reason])[] = [];
  const attributes: (readonly [string, string])[] = [];
  if (!allowed) problems.push([`element=${tag}`, 'element']);
  if (!speaks(lang)) problems.push([`lang=${lang}`, 'lang']);
  if (theme !== undefined && !THEMES.includes(theme)) problems.push([`theme=${theme}`, 'theme']);
  for (const [name, value] of query) {
    if (name === 'element' || name === 'lang' || name === 'theme') continue;
    if (name === 'src') problems.push([`src=${value}`, 'src']);
    else if (allowed && allowed.includes(name)) attributes.push([name, value]);
    else if (allowed) problems.push([`${name}=${value}`, 'attribute']);
  }
  return { tag, attributes, lang, theme, problems };
}

/** The words of `lang` (of the address, when the widgets speak it; else English). */
function wordsOf(lang: string): FrameWords {
  const code = lang.split('-')[0].toLowerCase();
  return (Object.hasOwn(FRAME_WORDS, code) ? FRAME_WORDS[code] : FRAME_WORDS[SOURCE_LANG])!;
}

/** A part of the address as shown: long values cut, so a message stays readable. */
const shown = (part: string) => (part.length > 80 ? `${part.slice(0, 79)}…` : part);

/** The refusal, as text in elements (nothing parsed as markup). */
function refusal(request: FrameRequest, words: FrameWords): HTMLElement {
  const box = document.createElement('div');
  box.className = 'refused';
  box.setAttribute('role', 'alert');
  const lead = document.createElement('p');
  lead.textContent = words.refused;
  const list = document.createElement('ul');
  for (const [part, reason] of request.problems) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = shown(part);
    item.append(code, `: ${words[reason]}`);
    list.append(item);
  }
  const fix = document.createElement('p');
  fix.textContent = words.fix;
  box.append(lead, list, fix);
  return box;
}

/** The console's line for a refused address: what was refused, and what is valid. */
function consoleMessage(request: FrameRequest): string {
  const why: Record<Reason, (part: string) => string> = {
    element: (p) => `"${p}" is not an element of hled-widgets (${Object.keys(FRAME_ELEMENTS).join(', ')})`,
    src: () => `"src" is never taken: a frame shows only the reports published with it`,
    attribute: (p) => `"${p.split('=')[0]}" is not an attribute of <${request.tag}> (${FRAME_ELEMENTS[request.tag]?.join(', ')}, lang, theme)`,
    theme: (p) => `"${p}" is not a theme (${THEMES.join(', ')})`,
    lang: (p) => `"${p}" is not a language of the widgets (${LANG_CODES.join(', ')}, or one of them with a region)`,
  };
  return `hled-widgets embed.html: this address is refused: ${request.problems.map(([part, reason]) => why[reason](shown(part))).join('; ')}.`;
}

/** Frame pages have no margin and a transparent background; the element takes the full width. */
const PAGE_CSS = `
  html { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; line-height: 1.5; --hled-gap: 0; }
  html, body { margin: 0; padding: 0; background: transparent; }
  main > :not([variant='inline'], [variant='figure'], h1) { display: block; inline-size: 100%; }
  h1 { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  html:not([data-framed]) body { box-sizing: border-box; max-inline-size: 60em; margin-inline: auto; padding: 1em; }
  .refused { padding: 0.75em 1em; border: 0.125em solid; border-radius: var(--hled-radius, 0.25em); color: var(--hled-color-error, #b50909); background: var(--hled-color-error-surface, #fff); font-family: var(--hled-font-family, inherit); }
  .refused p, .refused ul { margin: 0 0 0.5em; }
  .refused p:last-child { margin: 0; }
`;

/** Shows what the address asks for, or why not. */
function show(): void {
  const request = readAddress(new URLSearchParams(location.search));
  const words = wordsOf(speaks(request.lang) ? request.lang : SOURCE_LANG);
  const root = document.documentElement;
  const framed = window.parent !== window;
  if (framed) root.dataset.framed = '';
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  root.lang = speaks(request.lang) ? request.lang : SOURCE_LANG;
  document.title = words.site;
  // A page of its own for screen readers: its main content, under a heading (seen by them only)
  // that names the report; the element's own headings start one level below.
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = words.site;
  main.append(heading);
  document.body.append(main);
  if (framed) postHeight();
  if (request.problems.length) {
    console.error(consoleMessage(request));
    main.append(refusal(request, words));
    return;
  }
  if (request.theme) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(/* @vite-ignore */ `themes/${request.theme}.css`, import.meta.url).href;
    document.head.append(link);
  }
  const el = document.createElement(request.tag) as HTMLElement & { caption?: string; updateComplete?: Promise<unknown> };
  for (const [name, value] of request.attributes) el.setAttribute(name, value);
  main.append(el);
  // Once it shows its content, the page's title says what (as the snippet's iframe title does).
  customElements
    .whenDefined(request.tag)
    .then(() => el.updateComplete)
    .then(() => {
      if (el.caption) document.title = `${el.caption} — ${words.site}`;
    })
    .catch(() => undefined);
}

/** Posts the content's height to the parent now and whenever it changes. */
function postHeight(): void {
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE, height }, '*');
  }).observe(document.documentElement);
}

show();
