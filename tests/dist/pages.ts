/**
 * Browser side of pages-plugin.mjs: open a separate real page in the same Chromium, run functions
 * in it, and read what its console and CSP reported. Functions passed to `run` are sent as source
 * text, so they must not use anything from this module's scope.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface PageRecord {
  consoleErrors: string[];
  warnings: string[];
  pageErrors: string[];
  failedRequests: string[];
  violations: string[];
}

export interface OpenPage {
  run<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<PageRecord>;
}

export async function openPage(url: string, options: { javaScript?: boolean; cache?: boolean } = {}): Promise<OpenPage> {
  const { id } = (await executeServerCommand('hled-page-open', { url, ...options })) as { id: string };
  return {
    run: async <T>(fn: () => T | Promise<T>) =>
      ((await executeServerCommand('hled-page-eval', { id, fn: fn.toString() })) as { value: T }).value,
    close: async () => (await executeServerCommand('hled-page-close', { id })) as PageRecord,
  };
}

export interface WidgetReport {
  tag: string;
  lang: string | null;
  hasShadowRoot: boolean;
  text: string;
  loading: boolean;
  error: boolean;
  bases: number;
  /** Smallest computed font size (px) of an element holding visible text in the shadow root. */
  minFontPx: number;
  minFontAt: string;
}

/** Runs in the page: every hled-* element, once rendered (or as parsed when JavaScript is off). */
export async function inspectWidgets(): Promise<WidgetReport[]> {
  const els = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('hled-'));
  // The script-tag loader defines each element once its code has arrived; a page that loads no
  // script of the package (static HTML) never does.
  if ([...document.scripts].some((s) => s.src.includes('/dist/'))) await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(els.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  return els.map((el) => {
    const root = el.shadowRoot;
    let minFontPx = Infinity;
    let minFontAt = '';
    let text = '';
    if (root) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const parent = node.parentElement;
        if (!parent || parent.closest('style')) continue;
        text += node.data;
        if (!node.data.trim()) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < minFontPx) {
          minFontPx = size;
          minFontAt = `${parent.localName}.${parent.className}: ${node.data.trim().slice(0, 40)}`;
        }
      }
    }
    return {
      tag: el.localName,
      lang: el.getAttribute('lang'),
      hasShadowRoot: Boolean(root),
      text: text.replace(/\s+/g, ' ').trim(),
      loading: Boolean(root?.querySelector('[part~="loading"]')),
      error: Boolean(root?.querySelector('[part~="error"]')),
      bases: root?.querySelectorAll('[part~="base"]').length ?? 0,
      minFontPx,
      minFontAt,
    };
  });
}
