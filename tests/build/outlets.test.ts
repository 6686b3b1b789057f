/**
 * The unseen-outlet corpus (tests/fixtures/outlets) in the run's fixture site (tests/support/fixtureSite.ts),
 * with the real seeds, one seed with no metadata entry and other fixtures: checks what the pages say about
 * each article: stated facts labelled as stated and never called unknown, the language marked on the
 * article, and an archived copy after every external source link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { NEW_SEED, OUTLETS_DIR, OUTLET_FIXTURES as fixtures, type FixtureSite } from '../support/fixtureSite.ts';
import { elements, readPage, textOf, type Page } from '../support/html.ts';

const expected = (name: string) =>
  JSON.parse(readFileSync(join(OUTLETS_DIR, `${name}.expected.json`), 'utf8')) as { url: string | null; date: { dateTime: string } | null; lang: string };

let build: FixtureSite;
const page = (path: string): Page => readPage(build.outDir, path);
const article = (p: Page) => elements(p.tree, (el) => el.tagName === 'article')[0]!;
const links = (p: Page, className: string) => elements(p.tree, (el) => el.tagName === 'a' && String(el.properties.className ?? '').includes(className));

beforeAll(() => {
  build = inject('fixtureSite');
  expect(build.ok, build.output).toBe(true);
});

describe('articles from unseen outlets, built', () => {
  it('says a stated URL and date are stated, and never that they are unknown', () => {
    for (const name of fixtures) {
      const want = expected(name);
      const text = textOf(page(`/sources/${name}/`).tree);
      if (want.url) {
        expect(text, name).toContain(`Original (as stated in the article): ${want.url}`);
        expect(text, name).not.toContain('The original URL is unknown');
      }
      if (want.date) {
        const time = elements(article(page(`/sources/${name}/`)), (el) => el.tagName === 'time')[0];
        expect(time?.properties.dateTime, name).toBe(want.date.dateTime);
        expect(text, name).toContain('as stated in the article (“');
        expect(text, name).not.toMatch(/date unknown|states no date/);
      }
    }
  });

  it('marks the article with its language and shows it', () => {
    const spanish = page('/sources/colombian-daily-es/');
    expect(article(spanish).properties.lang).toBe('es');
    expect(textOf(spanish.tree)).toContain('Language: Spanish');
    expect(article(page('/sources/uk-daily/')).properties.lang).toBe('en');
    expect(elements(article(spanish), (el) => el.tagName === 'p' && String(el.properties.className ?? '').includes('unit')).every((p) => p.properties.dir === 'auto')).toBe(true);
    const list = textOf(page('/sources/').tree);
    expect(list).toContain('Spanish');
    expect(list).toContain('English');
  });

  it('a further .txt in the seeds folder yields a further page, with no code change', () => {
    const added = page(`/sources/${NEW_SEED}/`);
    expect(textOf(elements(added.tree, (el) => el.tagName === 'h1')[0]!)).toBe('La Colombie reprend la coopération');
    expect(added.html).toContain('outlet unknown');
    expect(added.html).toContain('date unknown');
  });

  it('shows a newswire credit as a credit', () => {
    expect(textOf(page('/sources/newswire/').tree)).toContain('Credit: Reporting by Carla Ruiz in Bogota;');
  });

  it('gives every original link an archived copy at the article’s date, with Robust Links attributes', () => {
    const regional = page('/sources/regional-site/');
    const [original] = links(regional, 'bare-url');
    expect(original?.properties).toMatchObject({
      href: 'https://www.riverlands-news.example/local/2025/11/13/ferry-terminal',
      dataVersionurl: 'https://web.archive.org/web/20251113/https://www.riverlands-news.example/local/2025/11/13/ferry-terminal',
      dataVersiondate: '2025-11-13',
    });
    const [archive] = links(regional, 'archive-link');
    expect(archive?.properties.href).toBe('https://web.archive.org/web/20251113/https://www.riverlands-news.example/local/2025/11/13/ferry-terminal');
    expect(textOf(archive!)).toBe('archived copy');
    // A seed with reviewed metadata: archived at its reviewed publication date.
    const [seedArchive] = links(page('/sources/004_6f9271d87370fc5c/'), 'archive-link');
    expect(String(seedArchive?.properties.href)).toMatch(/^https:\/\/web\.archive\.org\/web\/20251113\/https:\/\/english\.elpais\.com\//);
  });

  it('gives the research-data sources on the home page archived copies too', () => {
    const home = page('/');
    const external = elements(home.tree, (el) => el.tagName === 'a' && /^https?:/.test(String(el.properties.href)) && !String(el.properties.href).startsWith('https://web.archive.org/'));
    const sources = external.filter((a) => a.properties.dataVersionurl !== undefined);
    expect(sources.length).toBeGreaterThan(0);
    // Every original link names its archived copy (Robust Links), at a full date.
    for (const a of sources) {
      expect(String(a.properties.dataVersiondate)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String(a.properties.dataVersionurl)).toBe(`https://web.archive.org/web/${String(a.properties.dataVersiondate).replaceAll('-', '')}/${String(a.properties.href)}`);
    }
    // And a visible "archived copy" link follows each.
    const archives = links(home, 'archive-link');
    expect(archives.length).toBe(sources.length);
    for (const a of archives) expect(String(a.properties.href)).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{8}\/https?:\/\//);
    for (const a of archives) expect(String(a.properties.ariaLabel ?? textOf(a))).toMatch(/^archived copy of /);
    // …after a space: "bnonews.com (archived copy)", never "bnonews.com(archived copy)" (its brackets are CSS).
    for (const path of ['/', '/briefing/', '/sources/regional-site/']) expect(page(path).html, path).not.toMatch(/<\/a><a class="archive-link"/);
  });
});
