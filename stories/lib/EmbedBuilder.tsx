/**
 * Pick an element, what it shows, a language, a theme and a heading level: see it live and copy
 * the lines a page needs. The elements come from src/elements.json, the ids from the latest
 * report's generated ids, the themes from src/themes/: nothing here lists them by hand.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import elementList from '../../src/elements.json';
import '../../src/index.js';
import { attributesOf } from './arg-types.js';
import { IDS, LATEST, loadViews } from './report.js';
import { optionLabel } from './options.js';
import type { ReportView } from '../../src/data/view.js';
import { CDN, SCRIPTS, SRI, VERSION, markup, snippet } from './site.js';
import { asBase, defaultSite, hostLine, iframeSnippet, preloadLines } from './snippets.js';
import { LOADERS } from '../../src/generated/loaders.js';
import { FRAME_WORDS } from '../../src/generated/frame.js';
import { THEMES, DEFAULT_THEME, pageCss } from './themes.js';
import { CopyButton } from './CopyButton.js';
import './docs.css';

const ELEMENTS = elementList.elements.map((e) => ({ tag: e.tag, headings: e.shared.includes('content') }));

/** The report's ids by the attribute that names one: an element with such an attribute shows one of them. */
const ID_LISTS: Record<string, readonly string[]> = {
  metric: IDS.metrics,
  pillar: IDS.pillars.map(String),
  agency: IDS.agencies,
  event: IDS.events,
};

/**
 * Elements whose id attribute is a filter that may stay empty, and what empty means. The others
 * need an id (a `<hled-metric>` without one shows an error).
 */
const OPTIONAL_ID: Record<string, string> = { 'hled-timeline': 'every pillar' };

const LANGUAGES = LATEST.languages.map((code) => ({ code, name: code === 'es' ? 'Español (es)' : code === 'en' ? 'English (en)' : code }));

function idAttributeOf(tag: string): string | undefined {
  return attributesOf(tag).find((a) => a.name in ID_LISTS)?.name;
}

type Widget = HTMLElement & { caption?: string; updateComplete?: Promise<unknown> };

/**
 * A page in the shadow root of `host` (so `css` styles it and nothing else) holding the element
 * `tag` with `attributes`: what the preview and the measure both show.
 */
function mountPage(host: HTMLElement, css: string, tag: string, attributes: Record<string, string | number | undefined>): { page: HTMLDivElement; widget: Widget } {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const page = document.createElement('div');
  page.className = 'page';
  const widget = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== '') widget.setAttribute(k, String(v));
  page.append(widget);
  root.replaceChildren(style, page);
  return { page, widget };
}

/** The live element, in a shadow root of its own so the chosen theme styles it and nothing else. */
function Preview({ tag, attributes, theme }: { tag: string; attributes: Record<string, string | number | undefined>; theme: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    mountPage(el, `${pageCss(theme === 'none' ? undefined : theme, '.page')}\n.page { color: #1b1b1b; background: #fff; padding: 1em; }`, tag, attributes);
  }, [tag, JSON.stringify(attributes), theme]);
  // Tall elements scroll inside the preview: focusable, so a keyboard can scroll it too.
  return <div ref={host} className="hd-preview" data-testid="builder-preview" role="region" aria-label="Live preview" tabIndex={0} />;
}

/** Like the frame page's own CSS (src/embed/frame.ts): its font, line height and no gap; the element at full width. */
const FRAME_PAGE_CSS = `.page { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; line-height: 1.5; --hled-gap: 0; }
.page > * { display: block; inline-size: 100%; }`;

type Measured = { height: number; caption: string | undefined };

/**
 * The element as the frame page shows it, 375 px wide (a phone), out of sight: its height is the
 * iframe's suggested height, and its `caption` the iframe's title, in the chosen language.
 */
function Measure({ tag, attributes, theme, onMeasure }: { tag: string; attributes: Record<string, string | number | undefined>; theme: string; onMeasure: (m: Measured) => void }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const { page, widget } = mountPage(el, `${theme === 'none' ? '' : (THEMES.find((t) => t.id === theme)?.css ?? '')}\n${FRAME_PAGE_CSS}`, tag, attributes);
    let live = true;
    const report = () => {
      if (live && widget.caption) onMeasure({ height: Math.ceil(page.getBoundingClientRect().height), caption: widget.caption });
    };
    const observer = new ResizeObserver(report);
    observer.observe(page);
    customElements
      .whenDefined(tag)
      .then(() => widget.updateComplete)
      .then(report, () => undefined);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [tag, JSON.stringify(attributes), theme]);
  return <div ref={host} className="hd-measure" aria-hidden="true" inert data-testid="builder-measure" />;
}

export function EmbedBuilder() {
  const uid = useId();
  const [tag, setTag] = useState(ELEMENTS[0]?.tag ?? 'hled-metric');
  const idAttribute = idAttributeOf(tag);
  const ids = idAttribute ? ID_LISTS[idAttribute] : [];
  const optional = OPTIONAL_ID[tag];
  const [chosenId, setChosenId] = useState<string>(ids[0] ?? '');
  const [lang, setLang] = useState<string>(LANGUAGES[0]?.code ?? 'en');
  const [theme, setTheme] = useState<string>(DEFAULT_THEME);
  const [level, setLevel] = useState(2);
  const [script, setScript] = useState<keyof typeof SCRIPTS>('loader');
  // Where the files are: by default this site's own copy (`npm run site` puts them beside the builder).
  const [siteInput, setSite] = useState(() => defaultSite(location.href, VERSION));
  const site = asBase(siteInput);
  const [measurement, setMeasured] = useState<Measured & { key: string }>();
  const headings = ELEMENTS.find((e) => e.tag === tag)?.headings ?? false;
  // The report in each language, for the id lists' words; until it is here they show the ids.
  const [views, setViews] = useState<readonly ReportView[]>([]);
  useEffect(() => {
    loadViews().then(setViews, () => undefined);
  }, []);
  const view = views.find((v) => v.lang === lang);
  const labelOf = (i: string) => {
    const words = view && idAttribute ? optionLabel(view, idAttribute, i) : undefined;
    return words ? `${words} · ${i}` : i;
  };

  // Another element, another list: keep the id if the new list has it, else take the first.
  const id = ids.includes(chosenId) || (optional && chosenId === '') ? chosenId : optional ? '' : (ids[0] ?? '');

  const attributes = useMemo(() => {
    const a: Record<string, string | number | undefined> = {};
    if (idAttribute) a[idAttribute] = id;
    a.lang = lang;
    if (headings && level !== 2) a['heading-level'] = level;
    return a;
  }, [idAttribute, id, lang, headings, level]);

  const element = markup(tag, attributes);
  const themeFile = theme === 'none' ? undefined : theme;
  const selfHosted = snippet({ base: site, script, theme: themeFile, element });
  // A height or caption measured for other options is wrong for these: until measured, a frame's default.
  const measureKey = `${tag} ${JSON.stringify(attributes)} ${theme}`;
  const measured = measurement?.key === measureKey ? measurement : undefined;
  const [part, shared] = LOADERS[tag] ?? ['', []];
  const preload = preloadLines({ site, tag, report: LATEST.id, lang, part, shared, id: part ? String(attributes[part] ?? '') : undefined });
  const siteWords = (FRAME_WORDS[lang] ?? FRAME_WORDS.en)!.site;
  const height = measured?.height ?? 150;
  const frame = iframeSnippet({ site, tag, attributes, lang, theme: themeFile, caption: measured?.caption, siteWords, height });
  const host = hostLine(site);
  const cdn = snippet({ base: CDN, script, theme: themeFile, element, sri: true });
  const what = `${tag}${id ? ` ${id}` : ''}`;

  return (
    <div className="hd-page hd-builder">
      <form className="hd-form" onSubmit={(e) => e.preventDefault()} aria-label="Embed options">
        <div className="hd-field">
          <label htmlFor={`${uid}-element`}>Element</label>
          <select id={`${uid}-element`} data-testid="builder-element" value={tag} onChange={(e) => setTag(e.target.value)}>
            {ELEMENTS.map((e) => (
              <option key={e.tag} value={e.tag}>
                {`<${e.tag}>`}
              </option>
            ))}
          </select>
        </div>
        {idAttribute && (
          <div className="hd-field">
            <label htmlFor={`${uid}-id`}>{idAttribute === 'metric' ? 'Figure' : idAttribute[0].toUpperCase() + idAttribute.slice(1)} ({idAttribute}=)</label>
            <select id={`${uid}-id`} data-testid="builder-id" value={id} onChange={(e) => setChosenId(e.target.value)}>
              {optional && <option value="">{optional}</option>}
              {ids.map((i) => (
                <option key={i} value={i}>
                  {labelOf(i)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="hd-field">
          <label htmlFor={`${uid}-lang`}>Language (lang=)</label>
          <select id={`${uid}-lang`} data-testid="builder-lang" value={lang} onChange={(e) => setLang(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="hd-field">
          <label htmlFor={`${uid}-theme`}>Theme</label>
          <select id={`${uid}-theme`} data-testid="builder-theme" value={theme} onChange={(e) => setTheme(e.target.value)}>
            {THEMES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
            <option value="none">none (your page’s own styles)</option>
          </select>
        </div>
        {headings && (
          <div className="hd-field">
            <label htmlFor={`${uid}-level`}>Heading level (heading-level=)</label>
            <select id={`${uid}-level`} data-testid="builder-level" value={level} onChange={(e) => setLevel(Number(e.target.value))}>
              {[2, 3, 4, 5, 6].map((n) => (
                <option key={n} value={n}>
                  {`h${n}${n === 2 ? ' (default)' : ''}`}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="hd-field hd-wide">
          <label htmlFor={`${uid}-site`}>Site address (where the files are served)</label>
          <input id={`${uid}-site`} data-testid="builder-site" type="url" value={siteInput} spellCheck={false} onChange={(e) => setSite(e.target.value)} />
        </div>
        <fieldset className="hd-field hd-radios">
          <legend>Script</legend>
          <label>
            <input type="radio" name={`${uid}-script`} value="loader" checked={script === 'loader'} onChange={() => setScript('loader')} />{' '}
            <code>{SCRIPTS.loader}</code>: loads only what the page’s elements need
          </label>
          <label>
            <input type="radio" name={`${uid}-script`} value="bundle" checked={script === 'bundle'} onChange={() => setScript('bundle')} />{' '}
            <code>{SCRIPTS.bundle}</code>: one file with everything
          </label>
        </fieldset>
      </form>

      <h2 id={`${uid}-preview`}>Preview</h2>
      <p className="hd-muted">
        {`<${tag}>`} with {LANGUAGES.find((l) => l.code === lang)?.name}, theme {THEMES.find((t) => t.id === theme)?.title ?? 'none'}, on a page
        using that site’s font stack (fonts are not loaded: your system’s fallbacks show where they are not installed).
      </p>
      <Preview tag={tag} attributes={attributes} theme={theme} />

      <Measure tag={tag} attributes={attributes} theme={theme} onMeasure={(m) => setMeasured({ ...m, key: measureKey })} />

      <h2>Script tag or iframe</h2>
      <p data-testid="route-advice">
        Use the script tag where your CMS takes one: the widget becomes part of the page, with its fonts, its width and
        find-in-page. Use the iframe where the CMS strips scripts but keeps an <code>&lt;iframe&gt;</code>, as for a video or a map.
      </p>

      <h2>Snippet: script tag</h2>
      <p>
        The files of hled-widgets {VERSION} at the site address above (<code>npm run site</code> puts them beside this
        builder; a site serving its own copy of <code>dist/</code> puts that address there), then paste:
      </p>
      <pre className="hd-code" data-testid="snippet-self">
        <code>{selfHosted}</code>
      </pre>
      <CopyButton text={selfHosted} what={`${what}, script tag`} />
      {script === 'loader' ? (
        <>
          <h3>Preload lines (optional, in the page’s head)</h3>
          <p className="hd-muted">
            They start the element’s code, the shared code and its data file with the page, a round trip sooner on a slow line.
          </p>
          <pre className="hd-code" data-testid="snippet-preload">
            <code>{preload}</code>
          </pre>
          <CopyButton text={preload} what={`${what}, preload lines`} />
        </>
      ) : (
        <p className="hd-muted" data-testid="snippet-preload">
          {SCRIPTS.bundle} is one file: there is nothing more to preload.
        </p>
      )}

      <h2>Snippet: iframe</h2>
      <p>
        The frame page at the site address shows the element alone, in its language and theme. The height is what the element
        needs on a phone (375 px wide){measured ? `: ${measured.height} px` : ''}.
      </p>
      <pre className="hd-code" data-testid="snippet-iframe">
        <code>{frame}</code>
      </pre>
      <CopyButton text={frame} what={`${what}, iframe`} />
      <p>
        Where the page may carry one script, this line makes every frame of the page take its content’s height, as a
        disclosure opens or the width changes:
      </p>
      <pre className="hd-code" data-testid="snippet-host">
        <code>{host}</code>
      </pre>
      <CopyButton text={host} what="the frames’ host script" />

      <h2>Snippet: from a CDN (once the package is published)</h2>
      <p>
        hled-widgets is not on npm yet, so this address does not answer today. Once it is published, the version stays pinned
        to {VERSION} in the address, and the hashes let the browser refuse a file that changed.
      </p>
      <pre className="hd-code" data-testid="snippet-cdn">
        <code>{cdn}</code>
      </pre>
      <CopyButton text={cdn} what={`${what}, from a CDN`} />
      {SRI ? (
        <p className="hd-muted" data-testid="sri-state">
          Subresource Integrity hashes from <code>dist/sri.json</code>.{' '}
          {script === 'loader' &&
            `The hash covers ${SCRIPTS.loader} itself; the files it loads next are not hashed. Where every script must carry a hash, choose ${SCRIPTS.bundle}.`}
        </p>
      ) : (
        <p className="hd-note" data-testid="sri-state">
          No Subresource Integrity hashes yet: run <code>npm run build</code> to compute the SRI hashes (it writes{' '}
          <code>dist/sri.json</code>), then rebuild this Storybook.
        </p>
      )}
      <p className="hd-muted">
        Leave out <code>lang="…"</code> to let the element follow the page’s language (its nearest <code>lang</code>, then{' '}
        <code>&lt;html lang&gt;</code>).
      </p>
    </div>
  );
}
