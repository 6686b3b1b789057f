import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parityProblems } from '../i18n/parity.ts';
import { headingIds, narrativeItemSets } from './editionParity.ts';
import { uncitedSentences, sentences } from './narrativeCheck.ts';

const load = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const source = readFileSync(`${dir}/${name}`, 'utf8');
      return { slug: /\nslug:\s*(\S+)/.exec(source)![1]!, body: source, method: /\nmethod:\s*true/.test(source) };
    });

describe('edition parity', () => {
  it('finds the same headings in Markdown and JSX', () => {
    expect(headingIds('### How the dates were pinned\n\ntext\n\n### Pete Hegseth, U.S. defense secretary')).toEqual(['how-the-dates-were-pinned', 'pete-hegseth-u-s-defense-secretary']);
    expect(headingIds('<h3 id="how-the-dates-were-pinned">Cómo fijamos las fechas</h3>')).toEqual(['how-the-dates-were-pinned']);
  });
  it('the committed editions match, and the citation check passes on both', () => {
    const en = load('content/explainer');
    const es = load('content/explainer-es');
    expect(parityProblems(narrativeItemSets(en, es))).toEqual([]);
    expect(uncitedSentences(es)).toEqual([]);
    expect(uncitedSentences(en)).toEqual([]);
  });
  it('names a missing section, heading and citation', () => {
    const en = [{ slug: 'a', body: '### Head one\n\nText.<Cite id="x" />' }, { slug: 'b', body: 'Text.<Cite id="y" />' }];
    const es = [{ slug: 'a', body: 'Texto.' }];
    expect(parityProblems(narrativeItemSets(en, es))).toEqual(["es: missing section 'b'", "es: missing heading id 'a#head-one'", "es: missing Cite id 'a#x'", "es: missing Cite id 'b#y'"]);
  });
  it('Spanish sentences: EE. UU., JSX headings, number words', () => {
    expect(sentences('Las agencias de EE. UU. siguieron.<Cite id="x" />')).toHaveLength(1);
    expect(uncitedSentences([{ slug: 's', body: '<h3 id="h">Dos cosas</h3>\n\nHubo veintidós ataques. Ya.<Cite id="x" />' }])).toEqual([{ slug: 's', sentence: 'Hubo veintidós ataques.', reason: 'number' }]);
    expect(uncitedSentences([{ slug: 's', body: 'Una lancha. Un millón de dólares.<Cite id="x" />' }])).toEqual([]);
  });
});

describe('missingPages', () => {
  it('names each English page without its Spanish counterpart, one line each', async () => {
    const { missingPages } = await import('./editionParity.ts');
    expect(missingPages(['/', '/briefing/', '/sources/', '/es/', '/es/sources/'])).toEqual(['es: missing page /es/briefing/ (the Spanish edition of /briefing/)']);
    expect(missingPages(['/', '/es/'])).toEqual([]);
  });
});
