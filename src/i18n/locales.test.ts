import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, INTL_TAGS, LOCALES, alternatePath, alternates, isLocale, localeOfPath, localePath, otherLocale, unlocalizedPath } from './locales.ts';

describe('locales', () => {
  it('has English by default, formatted as en-GB, and Spanish as es-CO', () => {
    expect(LOCALES).toEqual(['en', 'es']);
    expect(DEFAULT_LOCALE).toBe('en');
    expect(INTL_TAGS).toEqual({ en: 'en-GB', es: 'es-CO' });
    expect(isLocale('es')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(otherLocale('en')).toBe('es');
    expect(otherLocale('es')).toBe('en');
  });

  it('puts English at the root and Spanish under es/, with or without a leading slash', () => {
    expect(localePath('en', '')).toBe('');
    expect(localePath('es', '')).toBe('es/');
    expect(localePath('es', '/')).toBe('/es/');
    expect(localePath('es', 'sources/')).toBe('es/sources/');
    expect(localePath('es', '/sources/x/#p-3')).toBe('/es/sources/x/#p-3');
    expect(localePath('en', 'es/briefing/')).toBe('briefing/');
    expect(localePath('es', 'es/briefing/')).toBe('es/briefing/');
    expect(localePath('es', 'estimates/')).toBe('es/estimates/');
  });

  it('tells a path’s edition and finds the same page in the other', () => {
    expect(localeOfPath('es/sources/')).toBe('es');
    expect(localeOfPath('/es/')).toBe('es');
    expect(localeOfPath('es')).toBe('es');
    expect(localeOfPath('estimates/')).toBe('en');
    expect(unlocalizedPath('es/sources/')).toBe('sources/');
    expect(unlocalizedPath('/es/')).toBe('/');
    expect(unlocalizedPath('es')).toBe('');
    expect(alternatePath('')).toBe('es/');
    expect(alternatePath('es/')).toBe('');
    expect(alternatePath('/es/sources/x/')).toBe('/sources/x/');
    expect(alternatePath('briefing/', 'en')).toBe('briefing/');
    expect(alternates('sources/')).toEqual({ en: 'sources/', es: 'es/sources/' });
  });
});
