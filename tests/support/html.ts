/** Reads a built site: its HTML pages, their ids and links, for the link and structure checks. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export interface Page {
  /** The URL path within the site, without the base: "/" or "/sources/x/". */
  path: string;
  file: string;
  tree: Root;
  html: string;
}

/** Every file under a folder, at any depth (absolute paths). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** The URL path (within the site, without the base) of an HTML file of the output: "/" or "/sources/x/". */
export function sitePath(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/');
}

const built = new Map<string, Page[]>();

/**
 * The HTML pages of a build, sorted by file. A build folder is read once per test file (tests treat builds as
 * read-only) and each page is parsed only when a test first asks for its tree.
 */
export function readPages(outDir: string): Page[] {
  let pages = built.get(outDir);
  if (!pages) {
    pages = listFiles(outDir)
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map((file) => {
        const html = readFileSync(file, 'utf8');
        let tree: Root | undefined;
        return {
          path: sitePath(outDir, file),
          file,
          html,
          get tree() {
            return (tree ??= fromHtml(html));
          },
        };
      });
    built.set(outDir, pages);
  }
  return [...pages];
}

/** One page of the output by its site path ("/" for the home page); throws when there is none. */
export function readPage(outDir: string, path: string): Page {
  const page = readPages(outDir).find((candidate) => candidate.path === path);
  if (!page) throw new Error(`no page ${path} in ${outDir}`);
  return page;
}

export function elements(node: Nodes, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const visit = (current: Nodes) => {
    if (current.type === 'element' && test(current)) found.push(current);
    if ('children' in current) for (const child of current.children) visit(child as Nodes);
  };
  visit(node);
  return found;
}

export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}

export const classList = (element: Element): string[] => {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

export const idsOf = (page: Page): string[] =>
  elements(page.tree, (el) => typeof el.properties.id === 'string').map((el) => String(el.properties.id));

/**
 * Every internal link and fragment in the site that does not resolve: a missing page, file or id.
 * Links are resolved against each page's URL; `base` is the site's base path.
 */
export function brokenLinks(outDir: string, base = '/'): string[] {
  const pages = readPages(outDir);
  const byPath = new Map(pages.map((page) => [page.path, new Set(idsOf(page))]));
  const files = new Set(listFiles(outDir).map((file) => '/' + relative(outDir, file).split(sep).join('/')));
  const broken: string[] = [];
  const origin = 'http://site.test';
  for (const page of pages) {
    const pageUrl = new URL(base.replace(/\/?$/, '/') + page.path.slice(1), origin);
    for (const el of elements(page.tree, (e) => ['a', 'link', 'script', 'img', 'source'].includes(e.tagName))) {
      const raw = el.properties.href ?? el.properties.src;
      if (typeof raw !== 'string' || raw === '') continue;
      if (el.tagName === 'link' && /canonical|alternate/.test(String(el.properties.rel))) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page.path}: ${raw} (outside the base path ${base})`);
        continue;
      }
      const sitePath = '/' + url.pathname.slice(base.length);
      const fragment = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
      const ids = byPath.get(sitePath) ?? byPath.get(sitePath.endsWith('/') ? sitePath : `${sitePath}/`);
      if (ids) {
        if (fragment !== '' && !ids.has(fragment)) broken.push(`${page.path}: ${raw} (no id "${fragment}")`);
      } else if (!files.has(sitePath)) broken.push(`${page.path}: ${raw} (no such page or file)`);
    }
  }
  return broken;
}
