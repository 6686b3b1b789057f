/**
 * The standalone SVG's styles. The figures are styled by CSS classes and custom properties in their
 * stylesheets; librsvg (which sharp uses) supports neither custom properties nor media queries. So this module
 * runs the cascade itself on the built page: it matches every rule of the page's stylesheets (light theme,
 * wide screen: `min-width: 761px` holds, `prefers-color-scheme: dark`, `max-width` and print do not) against
 * the figure's SVG elements and their HTML ancestors, resolves custom properties down the tree and rem/em
 * sizes, and returns each SVG with its presentation properties as generated classes in one <style>.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { compile, type Options } from 'css-select';
import { parse as parseSelector, type Selector } from 'css-what';
import postcss, { type AtRule, type Rule } from 'postcss';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const isElement = (node: Node | ParentNode | null | undefined): node is Element => !!node && 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? (node.childNodes as Node[]) : []);
const attrOf = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** css-select's tree adapter, for parse5 nodes (the package does not export the type by name). */
interface Adapter<N, E extends N> {
  isTag(node: N): node is E;
  existsOne(test: (el: E) => boolean, elems: N[]): boolean;
  getAttributeValue(el: E, name: string): string | undefined;
  getChildren(node: N): N[];
  getName(el: E): string;
  getParent(el: E): E | null;
  getSiblings(node: N): N[];
  getText(node: N): string;
  hasAttrib(el: E, name: string): boolean;
  removeSubsets(nodes: N[]): N[];
  findAll(test: (el: E) => boolean, nodes: N[]): E[];
  findOne(test: (el: E) => boolean, elems: N[]): E | null;
}

const adapter: Adapter<Node, Element> = {
  isTag: (node): node is Element => isElement(node),
  existsOne: (test, elems) => elems.some((el) => isElement(el) && (test(el) || adapter.existsOne(test, childrenOf(el)))),
  getAttributeValue: attrOf,
  getChildren: childrenOf,
  getName: (el) => el.tagName,
  getParent: (el) => (isElement(el.parentNode) ? el.parentNode : null),
  getSiblings: (node) => ('parentNode' in node && node.parentNode ? (node.parentNode.childNodes as Node[]) : [node]),
  getText: (node): string => ('value' in node && node.nodeName === '#text' ? node.value : childrenOf(node).map(adapter.getText).join('')),
  hasAttrib: (el, name) => el.attrs.some((a) => a.name === name),
  removeSubsets: (nodes) => [...new Set(nodes)],
  findAll: (test, nodes) => nodes.flatMap((node) => (isElement(node) ? [...(test(node) ? [node] : []), ...adapter.findAll(test, childrenOf(node))] : [])),
  findOne: (test, nodes) => adapter.findAll(test, nodes)[0] ?? null,
};

/** Every element matching a selector, in document order. */
export function selectAll(selector: string, root: Node): Element[] {
  const test = compile<Node, Element>(selector, { adapter: adapter as unknown as Options<Node, Element>['adapter'] });
  return adapter.findAll(test, childrenOf(root));
}

export const parseHtml = (html: string): Node => parse(html) as Node;

/** The text of an element, without the parts a selector names (e.g. an anchor link's screen-reader label). */
export function textOf(el: Node, skip?: string): string {
  const skipped = new Set(skip ? selectAll(skip, el) : []);
  const walk = (node: Node): string =>
    isElement(node) && skipped.has(node) ? '' : node.nodeName === '#text' && 'value' in node ? node.value : childrenOf(node).map(walk).join('');
  return walk(el).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Media queries and specificity

/** Whether a media query holds for a wide screen in the light theme (unknown features do not). */
export function mediaMatches(query: string): boolean {
  return query.split(',').some((part) => {
    let text = part.trim().toLowerCase();
    const negated = text.startsWith('not ');
    if (negated) text = text.slice(4);
    text = text.replace(/^only\s+/, '');
    const holds = text.split(/\s+and\s+/).every((term) => {
      if (term === 'screen' || term === 'all') return true;
      if (term === 'print') return false;
      const feature = /^\(\s*([a-z-]+)\s*(?::\s*([^)]+?))?\s*\)$/.exec(term);
      if (!feature) return false;
      const [, name, value = ''] = feature;
      const px = value.endsWith('rem') || value.endsWith('em') ? parseFloat(value) * 16 : parseFloat(value);
      switch (name) {
        case 'min-width':
          return 1280 >= px;
        case 'max-width':
          return 1280 <= px;
        case 'prefers-color-scheme':
          return value === 'light';
        case 'hover':
          return value === 'hover';
        case 'pointer':
          return value === 'fine';
        default:
          return false;
      }
    });
    return negated ? !holds : holds;
  });
}

type Specificity = [number, number, number];
const plus = (a: Specificity, b: Specificity): Specificity => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const compare = (a: Specificity, b: Specificity) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function specificity(selector: Selector[]): Specificity {
  let total: Specificity = [0, 0, 0];
  for (const token of selector) {
    if (token.type === 'attribute') total = plus(total, token.name === 'id' && token.action === 'equals' ? [1, 0, 0] : [0, 1, 0]);
    else if (token.type === 'tag' || token.type === 'pseudo-element') total = plus(total, [0, 0, 1]);
    else if (token.type === 'pseudo') {
      if (token.name === 'where') continue;
      if (Array.isArray(token.data)) total = plus(total, token.data.map(specificity).sort(compare).at(-1) ?? [0, 0, 0]);
      else total = plus(total, [0, 1, 0]);
    }
  }
  return total;
}

// ---------------------------------------------------------------------------------------------------------
// The cascade

interface Declaration {
  prop: string;
  value: string;
  important: boolean;
}
interface CompiledRule {
  test: (el: Element) => boolean;
  specificity: Specificity;
  order: number;
  declarations: Declaration[];
}

export function compileRules(css: string): CompiledRule[] {
  const rules: CompiledRule[] = [];
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    for (let parent = rule.parent; parent && parent.type !== 'root'; parent = parent.parent) {
      if (parent.type === 'atrule') {
        const at = parent as AtRule;
        if (at.name === 'media' && !mediaMatches(at.params)) return;
        if (at.name === 'keyframes' || at.name.endsWith('keyframes')) return;
      } else if (parent.type === 'rule') return; // nested rules: not used by these stylesheets
    }
    const declarations: Declaration[] = [];
    rule.each((node) => {
      if (node.type === 'decl') declarations.push({ prop: node.prop.toLowerCase(), value: node.value, important: Boolean(node.important) });
    });
    if (declarations.length === 0) return;
    for (const selector of rule.selectors) {
      if (/::|:(?:hover|focus|focus-visible|focus-within|active|visited|target|checked)\b/.test(selector)) continue;
      try {
        const [parsed] = parseSelector(selector);
        if (!parsed) continue;
        rules.push({ test: compile<Node, Element>(selector, { adapter: adapter as unknown as Options<Node, Element>['adapter'] }), specificity: specificity(parsed), order: rules.length, declarations });
      } catch {
        // A selector css-select cannot evaluate cannot match a static figure either.
      }
    }
  });
  return rules;
}

/** What SVG (and librsvg) reads; layout properties of the HTML page are left out. */
const SVG_PROPERTIES = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'color', 'display', 'visibility', 'paint-order',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'letter-spacing', 'word-spacing', 'text-anchor',
  'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'text-decoration', 'vector-effect', 'shape-rendering',
  'stop-color', 'stop-opacity', 'marker-start', 'marker-mid', 'marker-end',
]);
const INHERITED = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'color', 'visibility', 'paint-order', 'font-family', 'font-size', 'font-weight', 'font-style',
  'font-variant', 'letter-spacing', 'word-spacing', 'text-anchor', 'dominant-baseline',
];

/** Replaces every var(--name, fallback) with its value (an unset one without fallback: the empty string). */
export function resolveVars(value: string, custom: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 20) return value;
  let out = '';
  let index = 0;
  for (let start = value.indexOf('var(', index); start !== -1; start = value.indexOf('var(', index)) {
    out += value.slice(index, start);
    let level = 1;
    let end = start + 4;
    for (; end < value.length && level > 0; end++) level += value[end] === '(' ? 1 : value[end] === ')' ? -1 : 0;
    const inner = value.slice(start + 4, end - 1);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? '' : inner.slice(comma + 1).trim();
    out += resolveVars(custom.get(name) ?? fallback, custom, depth + 1);
    index = end;
  }
  return (out + value.slice(index)).trim();
}

/** rem and em to px: em against `emBase` (the parent's font size for font-size itself). */
const toPx = (value: string, emBase: number) =>
  value
    .replace(/(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${+(parseFloat(n) * 16).toFixed(3)}px`)
    .replace(/(-?\d*\.?\d+)em\b/g, (_, n: string) => `${+(parseFloat(n) * emBase).toFixed(3)}px`)
    .replace(/(-?\d*\.?\d+)pt\b/g, (_, n: string) => `${+((parseFloat(n) * 4) / 3).toFixed(3)}px`);

interface Computed {
  custom: Map<string, string>;
  inherited: Map<string, string>;
  fontSize: number;
  /** This element's own declared SVG properties, resolved. */
  own: Map<string, string>;
}

function computeElement(el: Element, parent: Computed, rules: readonly CompiledRule[]): Computed {
  const matched = rules.filter((rule) => rule.test(el)).sort((a, b) => compare(a.specificity, b.specificity) || a.order - b.order);
  const declared = new Map<string, string>();
  const important = new Set<string>();
  for (const pass of [false, true])
    for (const rule of matched)
      for (const d of rule.declarations) {
        if (d.important !== pass) continue;
        declared.set(d.prop, d.value);
        if (pass) important.add(d.prop);
      }
  for (const d of (attrOf(el, 'style') ?? '').split(';')) {
    const colon = d.indexOf(':');
    if (colon > 0 && !important.has(d.slice(0, colon).trim())) declared.set(d.slice(0, colon).trim().toLowerCase(), d.slice(colon + 1).trim());
  }
  const custom = new Map(parent.custom);
  for (const [prop, value] of declared) if (prop.startsWith('--')) custom.set(prop, value);
  for (const [prop] of declared) if (prop.startsWith('--')) custom.set(prop, resolveVars(custom.get(prop)!, custom));
  let fontSize = parent.fontSize;
  const own = new Map<string, string>();
  const fontValue = declared.get('font-size');
  if (fontValue !== undefined) {
    const px = parseFloat(toPx(resolveVars(fontValue, custom), parent.fontSize));
    if (!Number.isNaN(px)) fontSize = /%$/.test(fontValue.trim()) ? (parent.fontSize * parseFloat(fontValue)) / 100 : px;
  }
  for (const [prop, raw] of declared) {
    if (!SVG_PROPERTIES.has(prop)) continue;
    let value = toPx(resolveVars(raw, custom), prop === 'font-size' ? parent.fontSize : fontSize);
    if (prop === 'font-size') value = `${+fontSize.toFixed(3)}px`;
    if (value === 'inherit' && parent.inherited.has(prop)) value = parent.inherited.get(prop)!;
    if (value !== '' && value !== 'unset' && value !== 'initial') own.set(prop, value);
  }
  const inherited = new Map(parent.inherited);
  for (const prop of INHERITED) if (own.has(prop)) inherited.set(prop, own.get(prop)!);
  return { custom, inherited, fontSize, own };
}

// ---------------------------------------------------------------------------------------------------------
// Serialising

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');
/** Attributes for the page's script and assistive technology only. */
const DROPPED_ATTR = /^(?:class|style|role|tabindex|aria-.*|data-.*|focusable)$/;

/** Generated classes: one per distinct set of declarations, in order of first use. */
export class StyleSheet {
  private readonly classes = new Map<string, string>();
  classFor(declarations: ReadonlyMap<string, string>): string | undefined {
    if (declarations.size === 0) return undefined;
    const body = [...declarations].map(([prop, value]) => `${prop}:${value}`).join(';');
    let name = this.classes.get(body);
    if (!name) this.classes.set(body, (name = `s${this.classes.size + 1}`));
    return name;
  }
  toString(): string {
    return [...this.classes].map(([body, name]) => `.${name}{${body}}`).join('\n');
  }
}

export interface GraphicPiece {
  /** The <svg> element, serialised with generated classes (its attributes width/height removed). */
  markup: string;
  width: number;
  height: number;
}

/**
 * The page's SVGs named by `rows` (CSS selectors; each row's matches side by side), each serialised with its
 * computed presentation as classes of `sheet`. The page's stylesheets are its <style> elements.
 */
export function extractGraphic(html: string, rows: readonly (readonly string[])[], sheet: StyleSheet): GraphicPiece[][] {
  const doc = parseHtml(html);
  const css = selectAll('style', doc).map((style) => textOf(style)).join('\n');
  const rules = compileRules(css);
  const base: Computed = { custom: new Map(), inherited: new Map([['font-size', '16px']]), fontSize: 16, own: new Map() };
  const chain = (el: Element): Element[] => (isElement(el.parentNode) ? [...chain(el.parentNode), el] : [el]);

  const serialise = (el: Element, parent: Computed, isRoot: boolean): string => {
    const computed = computeElement(el, parent, rules);
    if (computed.own.get('display') === 'none') return '';
    const style = new Map(computed.own);
    style.delete('display');
    if (isRoot) for (const prop of INHERITED) if (computed.inherited.has(prop) && !style.has(prop)) style.set(prop, computed.inherited.get(prop)!);
    const attrs = el.attrs.filter((a) => !DROPPED_ATTR.test(a.name) && !(isRoot && (a.name === 'width' || a.name === 'height')));
    const cls = sheet.classFor(style);
    const attrText = [...attrs.map((a) => ` ${a.name}="${escapeAttr(a.value)}"`), cls ? ` class="${cls}"` : ''].join('');
    const inner = childrenOf(el)
      .map((child) => (isElement(child) ? serialise(child, computed, false) : child.nodeName === '#text' && 'value' in child ? escapeText(child.value) : ''))
      .join('');
    return `<${el.tagName}${attrText}>${inner}</${el.tagName}>`;
  };

  return rows.map((selectors) =>
    selectors.flatMap((selector) =>
      selectAll(selector, doc).map((svg) => {
        let computed = base;
        for (const ancestor of chain(svg).slice(0, -1)) computed = computeElement(ancestor, computed, rules);
        const [, , width = 0, height = 0] = (attrOf(svg, 'viewBox') ?? '').split(/[\s,]+/).map(Number);
        return { markup: serialise(svg, computed, true), width, height };
      }),
    ),
  );
}
