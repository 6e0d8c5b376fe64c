/// <reference types="vite/client" />
/**
 * The theme presets, read from src/themes/ (a new file there is a new theme here): their CSS, a
 * name for people, and the page font each stands for. A preset sets `--hled-font-family` to its
 * site's text font stack; a preview page uses the same stack for its own text, as trade.gov
 * (USWDS: Source Sans Pro, then Helvetica Neue, Helvetica, Roboto, Arial) and gob.mx (Montserrat,
 * then Helvetica Neue, Helvetica, Arial) do. No font is loaded: where the named fonts are not
 * installed, the system's fallbacks of the same stack show, as on a machine without them.
 */
const FILES = import.meta.glob<string>('../../src/themes/*.css', { query: '?inline', import: 'default', eager: true });

export interface Theme {
  /** File name without `.css`: `trade-gov`. */
  id: string;
  /** `trade.gov`. */
  title: string;
  css: string;
  /** The page's text font stack. */
  font: string;
}

/** A page without a preset: the system's sans-serif, not the browser's default serif. */
export const PLAIN_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The default theme of the previews and the embed builder. */
export const DEFAULT_THEME = 'trade-gov';

export const THEMES: readonly Theme[] = Object.entries(FILES)
  .map(([path, css]) => {
    const id = path.replace(/^.*\/|\.css$/g, '');
    return { id, title: id.replace(/-/g, '.'), css, font: /--hled-font-family:\s*([^;]+);/.exec(css)?.[1]?.trim() ?? PLAIN_FONT };
  })
  .sort((a, b) => (a.id === DEFAULT_THEME ? -1 : b.id === DEFAULT_THEME ? 1 : a.id.localeCompare(b.id)));

export function themeById(id: string | undefined): Theme | undefined {
  return THEMES.find((t) => t.id === id);
}

/** The CSS a preview page carries for theme `id` ('none': only the plain page font). */
export function pageCss(id: string | undefined, selector: string): string {
  const theme = themeById(id);
  return `${theme?.css ?? ''}\n${selector} { font-family: ${theme?.font ?? PLAIN_FONT}; }`;
}
