/**
 * The Docs tables and Controls of every element, from custom-elements.json (the elements' JSDoc).
 *
 * Storybook's own reading of the manifest gives every row a control, so CSS properties, parts and
 * events got "Set object" buttons that do nothing, `src` (typed `string | undefined`) got an object
 * editor, and a property and its attribute can appear as two rows. Here each attribute is one row,
 * keyed by its attribute name (the name an editor types in HTML) with a control that fits its type;
 * events, CSS custom properties and parts are documented without controls, with the `default` the
 * manifest gives (an `@cssprop [--name=default]` in the JSDoc puts one there).
 */
import manifest from '../../custom-elements.json';
import elementList from '../../src/elements.json';
import { LANG_CODES } from '../../src/core/languages.js';

interface Described {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  superclass?: { name: string };
  attributes?: (Described & { fieldName?: string })[];
  members?: (Described & { kind: string; attribute?: string; privacy?: string; static?: boolean })[];
  events?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
}

const DECLARATIONS = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

/** The base class every element extends: its attributes (`lang`, `src`, `report`) are every element's. */
const BASE = DECLARATIONS.find((d) => d.name === 'HledElement');

/** Value of the `lang` control that leaves the attribute off, so the toolbar's language applies. */
export const INHERIT = 'inherit';

/** The `lang` attribute a story sets: none for "inherit", so the element follows the toolbar. */
export const lang = (value: string | undefined) => (value && value !== INHERIT ? value : undefined);

/**
 * `heading-level` as the README documents it, for the elements built on src/content/ (`shared` in src/elements.json).
 * Their base class (src/content/content-element.ts) is outside the analyzer's globs, so the
 * manifest does not list the attribute yet; once it does, the manifest's row is used instead.
 */
const HEADING_LEVEL: Described = {
  name: 'heading-level',
  type: { text: 'number' },
  default: '2',
  description: 'Level (2–6) of the element’s top heading, so it fits the host page’s outline.',
};

export function declarationOf(tag: string): Declaration | undefined {
  return DECLARATIONS.find((d) => d.tagName === tag);
}

/** The element's attributes, its own first, then those it inherits, each once. */
export function attributesOf(tag: string): Described[] {
  const decl = declarationOf(tag);
  if (!decl) return [];
  const seen = new Map<string, Described>();
  const add = (list: Described[] | undefined) => list?.forEach((a) => seen.has(a.name) || seen.set(a.name, a));
  for (let d: Declaration | undefined = decl, guard = 0; d && guard < 10; guard++) {
    add(d.attributes);
    d = d.superclass ? DECLARATIONS.find((s) => s.name === d!.superclass!.name && s.kind === 'class') : undefined;
  }
  // An element whose chain of base classes the manifest cannot follow still takes the base's.
  add(BASE?.attributes);
  if (elementList.elements.find((e) => e.tag === tag && e.shared.includes('content'))) add([HEADING_LEVEL]);
  return [...seen.values()];
}

/** `'block' | 'inline'` → ['block', 'inline']; anything else → undefined. */
function unionOptions(type: string | undefined): string[] | undefined {
  const parts = type?.split('|').map((p) => p.trim());
  return parts && parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

type ArgType = Record<string, unknown>;

function attributeArgType(a: Described): ArgType {
  const typeText = a.type?.text ?? 'string';
  const table = { category: 'attributes', type: { summary: typeText }, defaultValue: a.default ? { summary: a.default } : undefined };
  const base = { name: a.name, description: a.description, table };
  if (a.name === 'lang') {
    return {
      ...base,
      type: { name: 'string' },
      control: { type: 'select', labels: { [INHERIT]: 'inherit (toolbar)' } },
      options: [INHERIT, ...LANG_CODES],
      table: { ...table, defaultValue: { summary: 'inherited' } },
    };
  }
  if (a.name === 'heading-level') {
    return { ...base, type: { name: 'number' }, control: { type: 'range', min: 2, max: 6, step: 1 } };
  }
  const options = unionOptions(typeText);
  if (options) return { ...base, type: { name: 'string' }, control: { type: options.length <= 4 ? 'inline-radio' : 'select' }, options };
  if (/^number\b/.test(typeText)) return { ...base, type: { name: 'number' }, control: { type: 'number' } };
  // string, and `string | undefined` (src, report): a text box, not an object editor.
  return { ...base, type: { name: 'string' }, control: { type: 'text' } };
}

/** A documented row without a control (events, CSS custom properties, parts). */
function docRow(item: Described, category: string, usage?: string): ArgType {
  const summary = item.type?.text ?? usage;
  return {
    name: item.name,
    description: item.description,
    control: false,
    table: { category, type: summary ? { summary } : undefined, defaultValue: item.default ? { summary: item.default } : undefined },
  };
}

/** argTypes for `tag`, for `parameters.docs.extractArgTypes`. */
export function argTypesOf(tag: string): Record<string, ArgType> | null {
  const decl = declarationOf(tag);
  if (!decl) return null;
  const out: Record<string, ArgType> = {};
  for (const a of attributesOf(tag)) out[a.name] = attributeArgType(a);
  // Public properties without an attribute (none today): documented, set from script only.
  const attributeFields = new Set(decl.attributes?.map((a) => a.fieldName));
  for (const m of decl.members ?? []) {
    if (m.kind === 'field' && !m.attribute && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !attributeFields.has(m.name)) {
      out[`property:${m.name}`] = docRow(m, 'properties');
    }
  }
  // Keys apart from the attributes', so a part named like an attribute cannot replace its row.
  // Each with the line a page writes to use it.
  for (const e of decl.events ?? []) out[`event:${e.name}`] = docRow(e, 'events', `addEventListener('${e.name}', …)`);
  for (const p of decl.cssProperties ?? []) out[`cssprop:${p.name}`] = docRow(p, 'css custom properties', `${tag} { ${p.name}: … }`);
  for (const p of decl.cssParts ?? []) out[`part:${p.name}`] = docRow(p, 'css shadow parts', `${tag}::part(${p.name})`);
  return out;
}
