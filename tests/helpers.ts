/** Shared test helpers: render an element and wait for its data, read its shadow text. */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Renders `template` and waits until the element has loaded its report and rendered it. */
export async function show<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** The element's rendered text, whitespace collapsed. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(el: Element, name: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in <${el.localName}>`);
  return found;
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

/** Captures console.error calls while `fn` runs. */
export async function capturingErrors<T>(fn: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    return { result: await fn(), errors };
  } finally {
    console.error = original;
  }
}

/** Waits for MutationObserver callbacks and the re-render they trigger. */
export async function settle(el: Element): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/**
 * The report the tests check: the figures, ids and texts they expect are this report's. The elements
 * in the tests show the latest bundled report (no `report=`); \`tests/data.test.ts\` fails when that
 * is not this one, so a newer report file cannot silently change what the tests check.
 */
export const REPORT = 'hled-2023-04-18';
export const REPORT_URL = `/data/reports/${REPORT}.json`;

/** A copy of the bundled report, changed by `edit`, served from a blob: URL. */
export async function reportUrlWith(edit: (report: Record<string, unknown>) => void): Promise<string> {
  const report = await (await fetch(REPORT_URL)).json();
  edit(report);
  return URL.createObjectURL(new Blob([JSON.stringify(report)], { type: 'application/json' }));
}

/** What a sighted reader sees of `node`: its text without the visually hidden parts, collapsed. */
export function visibleText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A control's accessible name as a screen reader gets it here: aria-label, or its whole text. */
export function nameOf(control: Element): string {
  return (control.getAttribute('aria-label') ?? control.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The rendered text without the report's English source quotes (marked lang="en"). */
export function textWithoutSources(el: Element): string {
  const copy = document.createElement('div');
  for (const n of el.shadowRoot!.childNodes) copy.append(n.cloneNode(true));
  copy.querySelectorAll('blockquote[lang="en"]').forEach((q) => q.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The element's source quotes, each holding its sentence, not busy: what every element shows at its
 * first render, its view carrying its sentences.
 */
export function filledSources(el: Element): Element[] {
  const quotes = [...el.shadowRoot!.querySelectorAll('blockquote[lang="en"]')];
  for (const q of quotes) {
    expect(q.textContent!.trim(), 'a source sentence').not.to.equal('');
    expect(q.hasAttribute('aria-busy'), 'a busy source').to.equal(false);
  }
  return quotes;
}

/**
 * The facts (figures, initiatives, events) `el` shows without a "Source" control: in Spanish, where
 * no text is the report's own sentence, none. A sentence missing from a view leaves its fact
 * without one, which counting the filled quotes alone would not see.
 */
export function factsWithoutSource(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="metric"], [part~="initiative"], [part~="event"]')]
    .filter((fact) => !fact.querySelector('[part~="source"]'))
    .map((fact) => fact.id);
}


/**
 * Waits until `check()` holds (3 s at most), else fails naming `what`. A check that throws (a part
 * not rendered yet, while content is being remade) has not held yet; its last error is in the failure.
 */
export async function until(check: () => unknown, what: string): Promise<void> {
  let last: unknown;
  for (let i = 0; i < 300; i++) {
    try {
      if (check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${(last as Error).message ?? last})` : ''}`);
}

/** Opens a widget's "Cite or download" disclosure and waits for its content. */
export async function openTools(el: HTMLElement): Promise<HTMLDetailsElement> {
  const tools = part(el, 'tools') as HTMLDetailsElement;
  tools.open = true;
  await until(() => tools.querySelector('.tools-body'), 'the tools to load');
  return tools;
}
