import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { correctionSchema } from './corrections.ts';

describe('a corrections log entry', () => {
  const entry = {
    id: 'a-fix',
    date: '2026-12-01',
    kind: 'correction',
    what: 'Fixed a credit.',
    whatEs: 'Corregimos una atribución.',
    affects: ['the-seizures'],
  };

  it('parses with its Spanish', () => {
    expect(correctionSchema.parse(entry)).toEqual(entry);
  });

  it('stops without its Spanish (whatEs missing, empty or blank), in one line naming the entry', () => {
    const { whatEs: _, ...withoutSpanish } = entry;
    for (const bad of [withoutSpanish, { ...entry, whatEs: '' }, { ...entry, whatEs: '  ' }]) {
      const result = correctionSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
      expect(result.error?.issues[0]?.path).toEqual(['whatEs']);
      expect(result.error?.issues[0]?.message).toBe(`corrections/a-fix: whatEs is missing or empty (the Spanish edition's words for "what")`);
    }
  });

  it('keeps its other rules', () => {
    expect(correctionSchema.safeParse({ ...entry, whatEs: 1 }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entry, what: '' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entry, extra: 1 }).success).toBe(false);
  });

  it('every entry of content/corrections.yaml has its Spanish', () => {
    const log = parse(readFileSync(resolve(import.meta.dirname, '../../content/corrections.yaml'), 'utf8')) as unknown[];
    expect(log.length).toBeGreaterThan(0);
    for (const raw of log) expect(correctionSchema.safeParse(raw).error?.issues ?? []).toEqual([]);
  });
});
