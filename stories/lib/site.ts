/// <reference types="vite/client" />
/**
 * Where a page loads the widgets from, and the snippets that say so: the version comes from
 * package.json when Storybook is built, and the SRI hashes from dist/sri.json when `npm run build`
 * has written it (the glob is empty when the file is absent).
 */
import pkg from '../../package.json';

export const VERSION: string = pkg.version;

/** The package is not published yet: a site copies dist/ under a versioned path of its own. */
export const SELF_HOSTED = `/assets/hled-widgets/${VERSION}/`;

/** What the address will be once the package is published: pinned to this version. */
export const CDN = `https://cdn.jsdelivr.net/npm/hled-widgets@${VERSION}/dist/`;

const SRI_FILES = import.meta.glob<{ version: string; files: Record<string, string> }>('../../dist/sri.json', { eager: true, import: 'default' });
const SRI_BUILT = Object.values(SRI_FILES)[0];

/**
 * `{ "hled-widgets.js": "sha384-…", "themes/trade-gov.css": "sha384-…", … }` (the `files` of
 * dist/sri.json, written by scripts/sri.mjs), or undefined before a build, or when dist/ was built
 * from another version than this package.json's (its hashes would not be this version's).
 */
export const SRI: Readonly<Record<string, string>> | undefined = SRI_BUILT?.version === VERSION ? SRI_BUILT.files : undefined;

export const SCRIPTS = {
  loader: 'hled-widgets.js',
  bundle: 'hled-widgets.bundle.js',
} as const;

export interface SnippetOptions {
  /** Where dist/ is served from, ending in `/`. */
  base: string;
  script: keyof typeof SCRIPTS;
  /** Theme file name without `.css`, or undefined for none. */
  theme?: string;
  /** The element's markup. */
  element: string;
  /** Add `integrity` (from dist/sri.json, when it has the file) and `crossorigin`. */
  sri?: boolean;
}

function integrity(file: string, sri: boolean | undefined): string {
  const hash = sri ? SRI?.[file] : undefined;
  return hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
}

/** The lines a page needs: the script, the theme stylesheet, the element. */
export function snippet({ base, script, theme, element, sri }: SnippetOptions): string {
  const js = SCRIPTS[script];
  const lines = [`<script type="module" src="${base}${js}"${integrity(js, sri)}></script>`];
  if (theme) lines.push(`<link rel="stylesheet" href="${base}themes/${theme}.css"${integrity(`themes/${theme}.css`, sri)}>`);
  lines.push(element);
  return lines.join('\n');
}

/** `<tag a="b"></tag>` with the attributes given, in order, leaving out empty ones. */
export function markup(tag: string, attributes: Record<string, string | number | undefined>): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${tag}${attrs}></${tag}>`;
}
