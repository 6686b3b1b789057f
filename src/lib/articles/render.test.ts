import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed } from './parse.ts';
import { renderArticleBody } from './render.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('renderArticleBody', () => {
  it('escapes everything: no element from the seed reaches the HTML', () => {
    const article = parseSeed(readFileSync(resolve(root, 'tests/fixtures/odd-seeds/literal-markup.txt')), 'literal-markup.txt');
    const { html } = renderArticleBody(article);
    expect(html).not.toMatch(/<script|<img|<b>|<a href="javascript|<Component/i);
    expect(html).toContain('&#x3C;script>window.__pwned = true&#x3C;/script>');
    expect(html).toContain('[link](javascript:alert(1))');
  });
  it('gives every unit its p-<n> id and permalink, and subheadings an anchor', () => {
    const article = parseSeed(readFileSync(resolve(root, 'seeds/001_ea394f297e7bb120.txt')), '001_ea394f297e7bb120.txt');
    const { html, headings } = renderArticleBody(article);
    for (const unit of article.units) {
      expect(html).toContain(`id="p-${unit.n}"`);
      expect(html).toContain(`href="#p-${unit.n}"`);
    }
    expect(headings.map((h) => h.slug)).toEqual(['background-controversial-us-strikes', 'us-colombia-relations', 'key-takeaways']);
    expect(html).toContain('Section titled “US-Colombia Relations”');
  });
});
