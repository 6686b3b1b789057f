import { describe, expect, it } from 'vitest';
import { bibtex, citationText, embedSnippet, firstSentenceOf, headersFile, headersFor, mdxProse, relativeLink, sectionFirstSentence } from './share.ts';
import { mediaMatches, resolveVars } from './shareCascade.ts';

describe('share helpers', () => {
  it('links pages relative to each other', () => {
    expect(relativeLink('', 's/what-happened/')).toBe('s/what-happened/');
    expect(relativeLink('figures/strikes', 'figures/strikes/')).toBe('./');
    expect(relativeLink('figures/strikes', 's/x/')).toBe('../../s/x/');
  });

  it('finds a section’s first sentence in its MDX, past abbreviations, imports and components', () => {
    const body = "import X from './x';\n\nOn 11 November the U.S. Treasury acted.<Cite id=\"a\" /> Then more. And **more**.\n\nNext.";
    expect(mdxProse(body)[0]).toBe('On 11 November the U.S. Treasury acted. Then more. And more.');
    expect(sectionFirstSentence(body)).toBe('On 11 November the U.S. Treasury acted.');
    expect(firstSentenceOf('He said “it ends.” Then left.')).toBe('He said “it ends.”');
  });

  it('writes a citation, a BibTeX entry and an embed snippet', () => {
    const c = { number: 2, title: 'Seas & strikes', siteName: 'Site', url: 'https://x.org/figures/strikes/', date: '2026-02-01', name: 'strikes' as const };
    expect(citationText(c)).toBe('“Figure 2: Seas & strikes.” Site. https://x.org/figures/strikes/ (accessed 2026-02-01).');
    expect(bibtex(c)).toContain('title = {{Figure 2: Seas \\& strikes}}');
    expect(embedSnippet({ name: 'strikes', title: 'A "t"', url: 'https://x.org/embed/strikes/', aspect: { width: 16, height: 13 } })).toBe(
      '<iframe src="https://x.org/embed/strikes/" title="A &quot;t&quot;" data-explainer-embed="strikes" style="width: 100%; aspect-ratio: 16 / 13; border: 0" loading="lazy"></iframe>',
    );
  });

  it('denies framing everywhere but /embed/, with no path under both rules', () => {
    const file = headersFile('/x/', { dirs: ['embed', 'figures', 'sources'], files: ['index.html'] });
    expect(headersFor(file, '/x/')['X-Frame-Options']).toBe('DENY');
    expect(headersFor(file, '/x/figures/strikes/')['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(headersFor(file, '/x/embed/strikes/')).toEqual({ 'Content-Security-Policy': 'frame-ancestors *', 'X-Content-Type-Options': 'nosniff' });
  });

  it('evaluates media queries for a wide light screen and resolves custom properties', () => {
    expect(mediaMatches('(min-width: 761px)')).toBe(true);
    expect(mediaMatches('(max-width: 760px)')).toBe(false);
    expect(mediaMatches('(prefers-color-scheme: dark)')).toBe(false);
    expect(mediaMatches('print')).toBe(false);
    const custom = new Map([['--a', '#123'], ['--b', 'var(--a)']]);
    expect(resolveVars('var(--b)', custom)).toBe('#123');
    expect(resolveVars('1px solid var(--missing, var(--a))', custom)).toBe('1px solid #123');
  });
});
