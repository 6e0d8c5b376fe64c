/**
 * The embed builder's snippets other than the script tag (`site.ts`): the preload lines, the
 * `<iframe>` of the frame page, the frames' host script. Plain functions of what the builder chose,
 * with no Storybook or Vite in them, so a test can paste what they return into a page.
 */

/** The address the builder suggests for the files: `hled-widgets/<version>/` beside the page it is served from. */
export function defaultSite(pageHref: string, version: string): string {
  return new URL(`hled-widgets/${version}/`, pageHref).href;
}

/** `site` as a base for files: with its `/` at the end (an empty address stays empty: relative to the page). */
export function asBase(site: string): string {
  const s = site.trim();
  return s === '' || s.endsWith('/') ? s : `${s}/`;
}

export interface PreloadOptions {
  /** Where the files are served from, ending in `/`. */
  site: string;
  tag: string;
  /** The report's id (`hled-2023-04-18`). */
  report: string;
  /** The language of the data file: `en`, `es`. */
  lang: string;
  /**
   * What the loader reads of the element (src/generated/loaders.ts): the attribute whose value names
   * the part of the report it reads, its own data file (`metric`, `pillar`, `agency`), or '' for the
   * whole report in one language; and the shared folders whose chunks it needs (`core`, `content`).
   */
  part: string;
  shared: readonly string[];
  /** The value of that attribute. */
  id?: string;
}

/**
 * The `<link rel="modulepreload">` lines for one element loaded by `hled-widgets.js`: its own chunk
 * (`cdn/hled-metric.js`), the shared chunks (`cdn/hled-core.js`, and `cdn/hled-content.js` for the
 * elements that show more than one figure) and its data file (`cdn/data/<report>.<lang>.<part>.<id>.js`,
 * or `cdn/data/<report>.<lang>.js`): the files the loader would start once it has run, started by
 * the page's `<head>` instead.
 */
export function preloadLines({ site, tag, report, lang, part, shared, id }: PreloadOptions): string {
  const data = part ? `${report}.${lang}.${part}${id ? `.${id}` : ''}` : `${report}.${lang}`;
  const files = [`cdn/${tag}.js`, ...shared.map((folder) => `cdn/hled-${folder}.js`), `cdn/data/${data}.js`];
  return files.map((f) => `<link rel="modulepreload" href="${site}${f}">`).join('\n');
}

export interface FrameOptions {
  site: string;
  tag: string;
  /** The element's attributes other than `lang`, in order; empty ones are left out. */
  attributes: Record<string, string | number | undefined>;
  lang: string;
  /** Theme file name without `.css`, or undefined for none. */
  theme?: string | undefined;
  /** What the element shows, in `lang`: its `caption` ("US$18.8 millones en nuevas inversiones…"). */
  caption?: string | undefined;
  /** The report's short name in `lang`, as the frame page's title ends: "Informe de avances del DEAN". */
  siteWords: string;
  /** The frame's height in CSS pixels. */
  height: number;
}

/** The frame page's address for an element: `embed.html?element=…&<attribute>=…&lang=…&theme=…`. */
export function frameAddress({ site, tag, attributes, lang, theme }: Pick<FrameOptions, 'site' | 'tag' | 'attributes' | 'lang' | 'theme'>): string {
  const query = new URLSearchParams({ element: tag });
  for (const [k, v] of Object.entries(attributes)) if (k !== 'lang' && v !== undefined && v !== '') query.append(k, String(v));
  query.append('lang', lang);
  if (theme) query.append('theme', theme);
  // URLSearchParams writes a space as `+` and a comma as %2C: both read back the same, but a list
  // (`pillar=1,4`) reads better as written.
  return `${site}embed.html?${query.toString().replace(/%2C/g, ',')}`;
}

/** The frame's title, as the frame page sets its own `document.title` (src/embed/frame.ts): "<caption> — <report>". */
export function frameTitle(caption: string | undefined, siteWords: string): string {
  return caption ? `${caption} — ${siteWords}` : siteWords;
}

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The `<iframe>` to paste where a CMS takes no script. */
export function iframeSnippet(options: FrameOptions): string {
  const src = frameAddress(options);
  return (
    `<iframe src="${src.replace(/"/g, '%22')}" title="${attr(frameTitle(options.caption, options.siteWords))}" ` +
    `width="100%" height="${Math.ceil(options.height)}" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`
  );
}

/** The host page's optional line: every hled frame of the page then takes its content's height. */
export function hostLine(site: string): string {
  return `<script src="${site}hled-embed.js" async></script>`;
}
