/**
 * Hostile seeds (tests/fixtures/hostile): the run's fixture site (the real seeds plus every acceptable hostile
 * file, among other fixtures: tests/support/fixtureSite.ts), checking that each hostile seed gets a page on
 * which its text is text, never markup, script or a link; then the
 * bad hostile files, which must stop the build with one line naming the file and the reason, checked
 * through the seed loader itself (the code the build runs, without a build). The build with bad seeds (empty,
 * not UTF-8, only page chrome, a first line too long) is in site.test.ts.
 */
import { closeBidi } from '../../src/lib/articles/normalise.ts';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Element } from 'hast';
import type { LoaderContext } from 'astro/loaders';
import { projectRoot, tempDir } from '../support/build.ts';
import type { FixtureSite } from '../support/fixtureSite.ts';
import { classList, elements, readPages, textOf, type Page } from '../support/html.ts';
import {
  COMMITTED,
  HOSTILE_DIR,
  LONG_LINE,
  MEGABYTE,
  generatedSeeds,
  hostileSeedsDir,
  hostileSlugs,
} from '../fixtures/hostile/corpus.ts';
import { parseSeed, type ParsedArticle } from '../../src/lib/articles/parse.ts';
import { seedLoader } from '../../src/lib/articles/loader.ts';
import { seedSlug } from '../../src/lib/slug.ts';

/** Elements the article template and renderer make; anything else inside <article> came from a seed. */
const ARTICLE_TAGS = new Set(['article', 'p', 'a', 'span', 'h1', 'h2', 'ul', 'ol', 'li', 'time', 'bdi']);
/** Elements no page of this site has, and which seed markup would bring. */
const FOREIGN_TAGS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'marquee', 'plaintext', 'portal'];
/** Attributes that hold a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'data', 'cite', 'background', 'xLinkHref', 'ping'];

const text = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value ?? ''));
/** The text an element holds directly (not in child elements): a unit's text without its ¶ link. */
const ownText = (el: Element) =>
  el.children
    .filter((child) => child.type === 'text')
    .map((child) => child.value)
    .join('')
    .trimEnd();

let build: FixtureSite;
let pages: Map<string, Page>;
const parsed = new Map<string, ParsedArticle>();

const page = (slug: string): Page => {
  const found = pages.get(`/sources/${slug}/`);
  if (!found) throw new Error(`no page for ${slug}`);
  return found;
};
const article = (slug: string): Element => elements(page(slug).tree, (el) => el.tagName === 'article')[0]!;

beforeAll(async () => {
  build = inject('fixtureSite');
  pages = build.ok ? new Map(readPages(build.outDir).map((p) => [p.path, p])) : new Map();
  for (const [name, content] of [
    ...COMMITTED.map((name) => [name, readFileSync(join(HOSTILE_DIR, name))] as const),
    ...Object.entries(generatedSeeds()),
  ]) {
    const article = parseSeed(typeof content === 'string' ? Buffer.from(content) : content, name);
    parsed.set(article.slug, article);
  }
});

describe('a build with every acceptable hostile seed', () => {
  it('succeeds, with one page per hostile seed showing its headline as text', () => {
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    for (const slug of hostileSlugs()) {
      const expected = parsed.get(slug)!.headline;
      const [h1] = elements(page(slug).tree, (el) => el.tagName === 'h1');
      expect(textOf(h1!), slug).toBe(expected);
      const [title] = elements(page(slug).tree, (el) => el.tagName === 'title');
      expect(textOf(title!).startsWith(expected), `${slug}: <title> is "${textOf(title!)}"`).toBe(true);
    }
  });

  it('renders every paragraph, caption, list item and subheading as the exact text of the seed', () => {
    for (const slug of hostileSlugs().filter((s) => s !== 'control-chars')) {
      const { units, blocks } = parsed.get(slug)!;
      const shown = elements(article(slug), (el) => classList(el).includes('unit'));
      expect(shown.map((el) => el.properties.id), slug).toEqual(units.map((unit) => `p-${unit.n}`));
      shown.forEach((el, i) => expect(ownText(el), `${slug} p-${i + 1}`).toBe(units[i]!.text));
      const headings = elements(article(slug), (el) => el.tagName === 'h2').map(ownText);
      expect(headings, slug).toEqual(blocks.flatMap((block) => (block.kind === 'subheading' ? [block.text] : [])));
    }
  });

  it('shows the payloads literally, independently of how the text is cleaned', () => {
    const literal: Record<string, string[]> = {
      markup: [
        '<b>bold</b>',
        `<img src=x onerror="window.__pwned=true;document.title='PWNED'">`,
        '<iframe src="javascript:window.__pwned=true"></iframe>',
        '<svg onload="window.__pwned=true"><circle r="9"/></svg>',
        '<style>body{display:none}</style>',
        '</p></article></main></body></html><p onclick="window.__pwned=true">escaped?</p>',
        'Entities stay as typed: &lt;script&gt; and &#x3C;b&#x3E; and &amp;amp; and &nbsp; and &#0;.',
        'By <img src=x onerror=window.__pwned=true>, <b>EVIL</b>',
      ],
      'script-tags': [
        '<script>window.__pwned=1</script> opens this paragraph',
        "<script>document.title='PWNED'</script>",
        '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
        '"><script>window.__pwned=1</script> breaks out of an attribute',
      ],
      'javascript-links': [
        '[click me](javascript:window.__pwned=1)',
        '<a href="javascript:window.__pwned=1">click me</a>',
        '<a href="&#106;avascript:window.__pwned=1">entity</a>',
        '[1]: javascript:window.__pwned=1',
        '![a remote image](https://evil.example/pixel.png)',
      ],
      'mdx-jsx': [
        "import Evil from 'https://evil.example/evil.mjs'",
        "export const secret = readFileSync('/etc/passwd', 'utf8')",
        '{globalThis.__pwned = true}',
        '{/* an MDX comment */} and {secret} and {props.secret} and {...spread}',
        '<Evil client:load />',
        '<Fragment set:html="<img src=x onerror=window.__pwned=true>" />',
        'in <Span>2025</Span>, said {author}.',
      ],
    };
    for (const [slug, snippets] of Object.entries(literal)) {
      const shown = textOf(article(slug));
      for (const snippet of snippets) expect(shown, `${slug} does not show ${snippet}`).toContain(snippet);
    }
  });

  it('has no element inside a hostile article that the template did not make, in the parsed tree or the raw HTML', () => {
    for (const slug of hostileSlugs()) {
      const foreign = elements(article(slug), (el) => !ARTICLE_TAGS.has(el.tagName)).map((el) => el.tagName);
      expect(foreign, slug).toEqual([]);
      // The same without a parser: every "<name" in the article's HTML is one of the template's tags.
      const html = page(slug).html;
      const raw = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
      const tags = new Set([...raw.matchAll(/<([a-zA-Z][^\s/>]*)/g)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].filter((tag) => !ARTICLE_TAGS.has(tag)), slug).toEqual([]);
      expect(raw, slug).not.toMatch(/<script|<iframe|<img|<svg/i);
      // Links inside the article are the template's own: the source list, and #p-<n> or heading anchors.
      for (const a of elements(article(slug), (el) => el.tagName === 'a')) {
        expect(text(a.properties.href), `${slug}: a link to ${text(a.properties.href)}`).toMatch(/^(?:#[\w-]+|\/sources\/)$/);
      }
    }
    // Markup payloads are escaped as the renderer escapes text.
    expect(page('script-tags').html).toContain('&#x3C;script>window.__pwned=1&#x3C;/script>');
    expect(page('markup').html).toContain('&#x3C;iframe src="javascript:window.__pwned=true">');
  });

  it('has, on every page of the build, only the site’s own scripts and no handler, frame or script URL from a seed', () => {
    expect(pages.size).toBeGreaterThan(hostileSlugs().length);
    const problems: string[] = [];
    for (const { path, tree } of pages.values()) {
      for (const el of elements(tree)) {
        const at = `${path}: <${el.tagName}>`;
        if (el.tagName === 'script') {
          if (!/^\/_astro\/[\w.-]+\.js$/.test(text(el.properties.src))) problems.push(`${at} without a site src`);
          if (text(el.properties.type) !== 'module' || textOf(el) !== '') problems.push(`${at} not an empty module script`);
        }
        // The site's own exceptions, never from a seed: an embed page sends its links to the host's window
        // (<base target="_top">, no href), and a section's share page forwards to its section on the home page.
        const embedBase = el.tagName === 'base' && /^\/(?:[a-z]{2}\/)?embed\//.test(path) && el.properties.href === undefined && text(el.properties.target) === '_top';
        if (FOREIGN_TAGS.includes(el.tagName) && !embedBase) problems.push(at);
        const handlers = Object.keys(el.properties).filter((name) => /^on/i.test(name));
        if (handlers.length > 0) problems.push(`${at} has ${handlers.join(', ')}`);
        for (const name of URL_ATTRIBUTES) {
          const value = text(el.properties[name]).replace(/[\s\u0000-\u001F]/g, '').toLowerCase();
          if (/^(?:javascript|vbscript|data:text\/html)|evil\.example/.test(value)) problems.push(`${at} ${name}="${value}"`);
        }
        if (el.tagName === 'img' && text(el.properties.src) === 'x') problems.push(`${at} from a seed`);
        const shareForward =
          el.tagName === 'meta' && /^\/(?:[a-z]{2}\/)?s\//.test(path) && text(el.properties.httpEquiv).toLowerCase() === 'refresh' && /^0; url=\.\.\/\.\.\/(?:[a-z]{2}\/)?#[a-z0-9-]+$/.test(text(el.properties.content));
        if (el.tagName === 'meta' && el.properties.httpEquiv !== undefined && text(el.properties.httpEquiv).toLowerCase() !== 'content-security-policy' && !shareForward) {
          problems.push(`${at} http-equiv="${text(el.properties.httpEquiv)}"`);
        }
        if (el.tagName === 'style' && /body\{display:none\}|evil\.example/.test(textOf(el))) problems.push(`${at} from a seed`);
      }
    }
    expect(problems, `${problems.length} problems, the first: ${problems.slice(0, 5).join(' | ')}`).toEqual([]);
  });

  it('builds the one-megabyte article and the 20,000-character line in full', () => {
    const huge = generatedSeeds()['huge-1mb.txt']!;
    expect(Buffer.byteLength(huge)).toBeGreaterThanOrEqual(MEGABYTE);
    const units = elements(article('huge-1mb'), (el) => classList(el).includes('unit'));
    expect(units.length).toBe(parsed.get('huge-1mb')!.units.length);
    expect(units.length).toBeGreaterThan(1000);
    expect(ownText(units.at(-1)!)).toBe('LAST-PARAGRAPH of the one-megabyte article.');

    expect(LONG_LINE).toHaveLength(20_000);
    const long = elements(article('long-line'), (el) => classList(el).includes('unit')).map(ownText);
    expect(long).toContain(LONG_LINE);
    expect(long.at(-1)).toBe('The paragraph after the long line is short and ends the file.');
  });

  it('keeps right-to-left text, bidi controls, emoji and zero-width characters byte for byte', () => {
    for (const slug of ['rtl-bidi', 'emoji-zero-width']) {
      const source = readFileSync(join(HOSTILE_DIR, `${slug}.txt`), 'utf8');
      // Text is kept as it is, except that a bidi override left open at the end of a line is closed there.
      const lines = source.split('\n').filter((line) => line !== '').map(closeBidi);
      // Guard: the fixture holds what it claims to.
      expect(source).toMatch(slug === 'rtl-bidi' ? /\u202E.*\u202D|\u202D.*\u202E/s : /\u200B.*\u200D.*\uFEFF/s);
      const { tree } = page(slug);
      const bytes = readFileSync(page(slug).file);
      expect(textOf(elements(tree, (el) => el.tagName === 'h1')[0]!)).toBe(lines[0]);
      const shown = textOf(article(slug));
      for (const line of lines) {
        expect(shown, `${slug}: ${JSON.stringify(line)}`).toContain(line);
        // Not re-encoded as entities or normalised: the UTF-8 bytes of the line are in the file as they are.
        expect(bytes.includes(Buffer.from(line, 'utf8')), `${slug}: bytes of ${JSON.stringify(line)}`).toBe(true);
      }
    }
  });

  it('reads CRLF line ends, a lone CR and a line separator as line ends, and drops the BOM', () => {
    const bytes = readFileSync(join(HOSTILE_DIR, 'crlf-bom.txt'));
    // Guard against a checkout that rewrote the fixture's line ends.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);
    expect(bytes.includes('line.\rThe third')).toBe(true);
    expect(textOf(elements(page('crlf-bom').tree, (el) => el.tagName === 'h1')[0]!)).toBe('A headline behind a BOM, with CRLF line ends');
    expect(elements(article('crlf-bom'), (el) => classList(el).includes('unit')).map(ownText)).toEqual([
      'The first paragraph ends with CRLF.',
      'The second paragraph comes after a blank CRLF line.',
      'The third paragraph comes after a lone CR.',
      'The fourth paragraph ends at a line separator.',
      'The fifth paragraph follows it.',
    ]);
    expect(page('crlf-bom').html).not.toMatch(/[\r\uFEFF\u2028]/);
  });

  it('gives two files with the same headline two pages, and shows a headline repeated under itself once', () => {
    const [a, b] = ['duplicate-headline-a', 'duplicate-headline-b'].map((slug) => ({ slug, text: textOf(article(slug)) }));
    expect(textOf(elements(page(a!.slug).tree, (el) => el.tagName === 'h1')[0]!)).toBe(
      textOf(elements(page(b!.slug).tree, (el) => el.tagName === 'h1')[0]!),
    );
    expect(a!.text).toContain('DUPLICATE-A');
    expect(a!.text).not.toContain('DUPLICATE-B');
    expect(b!.text).toContain('DUPLICATE-B');
    expect(b!.text).not.toContain('DUPLICATE-A');
    const list = pages.get('/sources/')!;
    const links = elements(list.tree, (el) => el.tagName === 'a' && textOf(el) === parsed.get('duplicate-headline-a')!.headline);
    expect(links.map((el) => el.properties.href)).toEqual(['/sources/duplicate-headline-a/', '/sources/duplicate-headline-b/']);

    const repeated = article('headline-repeated');
    expect(elements(repeated, (el) => el.tagName === 'h1').map(textOf)).toEqual(['The headline is repeated under itself']);
    expect(elements(repeated, (el) => classList(el).includes('unit')).map(ownText)).toEqual([
      'The story starts here, after the repeated headline, and it is the only paragraph of the article.',
    ]);
    expect(textOf(repeated).toLowerCase().split('the headline is repeated under itself')).toHaveLength(2);
  });

  it('builds a file holding only a headline, a 200-character headline and a file name that is markup', () => {
    expect(elements(article('only-headline'), (el) => classList(el).includes('unit'))).toEqual([]);
    expect(textOf(article('only-headline'))).toMatch(/no body text/);
    expect(parsed.get('long-headline')!.headline).toHaveLength(200);
    const slug = seedSlug('<img src=x onerror=window.__pwned=1>.txt');
    expect(slug).toMatch(/^[a-z0-9_-]+$/);
    expect(textOf(elements(page(slug).tree, (el) => el.tagName === 'h1')[0]!)).toBe('A seed whose file name is markup');
  });

  it('builds a seed with control characters, keeping the words around them', () => {
    // NUL and other C0/C1 controls reach the HTML as they are (see the report); they must not stop the build.
    const shown = textOf(article('control-chars'));
    expect(shown).toContain('Control characters');
    expect(shown).toContain('sit in this paragraph.');
  });
});

describe('bad hostile seeds', () => {
  /** Runs the articles loader (what `astro build` runs) on a folder; returns the entries or the error. */
  async function load(dir: string): Promise<{ ids: string[]; files: string[]; error?: string }> {
    const entries = new Map<string, string>();
    const context = {
      config: { root: pathToFileURL(`${projectRoot}/`) },
      store: {
        clear: () => entries.clear(),
        set: (entry: { id: string; data: { file: string } }) => (entries.set(entry.id, entry.data.file), true),
      },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (value: string) => String(value.length),
      logger: { info: () => {}, warn: () => {} },
    } as unknown as LoaderContext;
    try {
      await seedLoader({ directory: dir }).load(context);
      return { ids: [...entries.keys()], files: [...entries.values()] };
    } catch (error) {
      return { ids: [], files: [], error: (error as Error).message };
    }
  }

  const BAD: [name: string, content: Uint8Array, reason: string][] = [
    ['empty.txt', new Uint8Array(), 'the file is empty'],
    ['bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), 'the file holds only white space'],
    ['crlf-only.txt', Buffer.from('\r\n\r\n \t\r\n'), 'the file holds only white space'],
    ['latin-1.txt', Buffer.from('Bogot\xe1 headline\nBody.\n', 'latin1'), 'the file is not valid UTF-8'],
    ['utf-16.txt', Buffer.from('\ufeffA UTF-16 headline\nBody.\n', 'utf16le'), 'the file is not valid UTF-8'],
    // "<" encoded in two bytes: a decoder that allowed it would let "<script>" past a byte filter.
    ['overlong.txt', Buffer.from([...Buffer.from('Headline\n'), 0xc0, 0xbc, ...Buffer.from('script>\n')]), 'the file is not valid UTF-8'],
    ['surrogate.txt', Buffer.from([...Buffer.from('Headline\nA lone surrogate: '), 0xed, 0xa0, 0x80, 0x0a]), 'the file is not valid UTF-8'],
    ['truncated.txt', Buffer.from([...Buffer.from('Headline\nCut off: '), 0xe2, 0x82]), 'the file is not valid UTF-8'],
    [
      'bad-byte-after-a-megabyte.txt',
      Buffer.concat([Buffer.from(generatedSeeds()['huge-1mb.txt']!), Buffer.from([0xff, 0x0a])]),
      'the file is not valid UTF-8',
    ],
    ['only-chrome-lines.txt', Buffer.from('Skip to content\n_____\nSubscribe to our newsletter\n© 2025\n'), 'no headline: the file has no text once page chrome is removed'],
    [
      'long-first-line.txt',
      Buffer.from(`${'<script>window.__pwned=1</script>'.repeat(6)} and more\nBody.\n`),
      'no headline: the first line is 207 characters long (a headline is at most 200)',
    ],
  ];

  for (const [name, content, reason] of BAD) {
    it(`${name} stops the loader with one line: "<file>: ${reason}"`, async () => {
      const dir = tempDir('bad-seeds');
      writeFileSync(join(dir, name), content);
      const { error } = await load(dir);
      expect(error).toBe(`${dir}/${name}: ${reason}`);
      rmSync(dir, { recursive: true, force: true });
    });
  }

  // A first line over 200 characters stops the build too: site.test.ts, with the other bad seeds in one build.

  it('the loader used above reads good seeds (so the failures above are the seeds’ own)', async () => {
    const seeds = hostileSeedsDir();
    try {
      const { ids, error } = await load(seeds);
      expect(error).toBeUndefined();
      expect(ids).toEqual(expect.arrayContaining(hostileSlugs()));
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }
  });

  // Two seed files whose names give the same slug ("Same Name.txt", "same-name.txt") must never become one
  // page: the build stops naming both.
  it('two files whose names give the same slug are never silently merged into one page', async () => {
    const dir = tempDir('collide');
    writeFileSync(join(dir, 'Same Name.txt'), 'The first headline\nThe first body, which says ONE.\n');
    writeFileSync(join(dir, 'same-name.txt'), 'The second headline\nThe second body, which says TWO.\n');
    const { files, error } = await load(dir);
    rmSync(dir, { recursive: true, force: true });
    if (error !== undefined) {
      expect(error).toContain('Same Name.txt');
      expect(error).toContain('same-name.txt');
    } else {
      expect(files.sort()).toEqual(['Same Name.txt', 'same-name.txt']);
    }
  });
});
