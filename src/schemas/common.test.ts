import { describe, expect, it } from 'vitest';
import { sourceSchema, urlSourceSchema } from './common.ts';

describe('a URL source', () => {
  const spanish = { url: 'https://www.wradio.com.co/a', quote: 'En este periodo se han incautado 700 toneladas', language: 'es' };

  it('needs our translation when its quote is not in English; the message names the quote', () => {
    const result = urlSourceSchema.safeParse(spanish);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('a quote in "es" needs an English translation: "En este periodo se han incautado 700 toneladas"');
    expect(urlSourceSchema.safeParse({ ...spanish, translation: 'In this period 700 tons have been seized' }).success).toBe(true);
  });

  it('needs its language, as a BCP 47 tag; English (any region) needs no translation', () => {
    expect(urlSourceSchema.safeParse({ url: 'https://x.org/a', quote: 'A quote' }).success).toBe(false);
    expect(urlSourceSchema.safeParse({ url: 'https://x.org/a', quote: 'A quote', language: 'Spanish' }).success).toBe(false);
    expect(urlSourceSchema.safeParse({ url: 'https://x.org/a', quote: 'A quote', language: 'en-GB' }).success).toBe(true);
    expect(sourceSchema.safeParse({ url: 'https://x.org/a', quote: 'صادرت', language: 'ar' }).success).toBe(false);
  });
});
