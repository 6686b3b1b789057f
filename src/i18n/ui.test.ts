import { describe, expect, it } from 'vitest';
import { AS_STATED } from '../lib/articleMeta.ts';
import { LANGUAGE_NAMES } from '../lib/articles/language.ts';
import { SITE_NAME } from '../lib/ogImage.ts';
import { correctedNote } from '../lib/narrativeCheck.ts';
import { functionPaths, textShapeProblems } from './parity.ts';
import { UI } from './ui.ts';

const samples: Record<string, unknown[][]> = {
  'site.description': [['two days']],
  'site.headline': [['two days']],
  lastUpdated: [['13 November 2025']],
  'heading.sectionTitled': [['The seizures']],
  'figure.number': [[1]],
  'figure.details': [['Record seizures']],
  'announce.linkCopied': [['https://example.org/#fig-seizures']],
  'announce.copyThisLink': [['https://example.org/#fig-seizures']],
  'figurePage.recordsCaption': [[12]],
  'figurePage.accessed': [['2026-01-08']],
  'figurePage.embedLink': [['Colombia, the U.S. and the boat strikes']],
  'figurePage.sourceLine': [[['CNN', 'El País'], 0], [['CNN', 'El País', 'AP', 'Reuters'], 9]],
  'share.read': [['What happened']],
  'source.paragraph': [[5]],
  'source.archivedCopyOf': [['reuters.com']],
  'source.withTranslation': [['we seized']],
  'corrections.note': [['correction', '1 December 2026'], ['clarification', '1 December 2026'], ['update', '1 December 2026']],
  'sourcesPage.dek': [[5]],
  'article.kickerWithOutlet': [['Reuters']],
  'article.summary': [['Reuters', 'Colombia halts intelligence sharing']],
  'article.by': [['Jane Doe']],
  'article.asStatedQuoting': [['Nov 13, 2025']],
  'article.publicationDateKnownTo': [['month'], ['year']],
  cutoffs: [['8 January 2026', '23 February 2026']],
  'briefing.description': [['two-day']],
  'briefing.ogTitle': [['two-day']],
  'briefing.asOf': [['the story told to 8 January 2026, strike records to 23 February 2026']],
  'briefing.orLater': [['4 November 2025']],
  'briefing.records': [[43, 17, 'https://example.org/']],
};

describe('the site’s words', () => {
  it('are the words the English site prints today', () => {
    const en = UI.en;
    expect(en.site.name).toBe(SITE_NAME);
    expect(en.article.asStated).toBe(AS_STATED);
    expect(en.article.languageNames).toEqual(LANGUAGE_NAMES);
    const entry = { id: 'x', date: '2026-12-01', kind: 'correction' as const, what: '', whatEs: '', affects: [] };
    expect(en.corrections.note('correction', '1 December 2026')).toBe(correctedNote(entry).text);
    expect(en.corrections.notes.update).toBe('Updated');
    expect(en.announce.linkCopied('u')).toBe('Link copied: u');
    expect(en.languageSwitch.label).toBe('Español');
    expect(UI.es.languageSwitch.label).toBe('English');
    expect(UI.es.source.ourTranslation).toBe('traducción propia');
  });

  it('has every word in both editions, of the same shape, and a sample for every function', () => {
    expect(functionPaths(UI.en).filter((path) => !(path in samples))).toEqual([]);
    expect(textShapeProblems(UI.en, UI.es, 'ui', samples)).toEqual([]);
  });
});
