import { describe, expect, it } from 'vitest';
import { createSlugger, seedSlug, slugify } from './slug.ts';

describe('slugs', () => {
  it('slugify keeps words of any script and drops accents and punctuation', () => {
    expect(slugify('Who said what: Petro, Benedetti & Sánchez')).toBe('who-said-what-petro-benedetti-sanchez');
    expect(slugify('¿Qué pasó?')).toBe('que-paso');
    expect(slugify('!!!')).toBe('section');
  });
  it('createSlugger de-duplicates and respects reserved ids', () => {
    const slug = createSlugger(['p-1']);
    expect([slug('Notes'), slug('Notes'), slug('p 1')]).toEqual(['notes', 'notes-2', 'p-1-2']);
  });
  it('seedSlug derives the page slug from the file name only', () => {
    expect(seedSlug('004_6f9271d87370fc5c.txt')).toBe('004_6f9271d87370fc5c');
    expect(seedSlug('My Article (copy).TXT')).toBe('my-article-copy');
  });
});
