/**
 * One Open Graph card per page, in its edition's words, rendered at build time: the SVG from
 * src/lib/ogImage.ts, turned into a 1200×630 PNG by sharp. The same page data always yields the same bytes.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import sharp from 'sharp';
import { getSiteData } from '../../data/site.ts';
import { OG_PNG_OPTIONS, cardSvg, keyFact, ogPages, ogParam, sectionCard, sectionKey, siteNameIn } from '../../lib/ogImage.ts';
import { sectionFirstSentence } from '../../lib/share.ts';
import { LOCALES } from '../../i18n/locales.ts';

export const getStaticPaths = (async () => {
  const { articles, events, sections, sectionsEs } = await getSiteData();
  return LOCALES.flatMap((locale) => {
    const fact = keyFact(events, locale);
    return [
      ...ogPages(articles, events, locale).map((page) => ({
        params: { path: ogParam(page.key) },
        props: { card: { siteName: siteNameIn(locale), kicker: page.kicker, title: page.title, fact } },
      })),
      // Share pages of the narrative sections (/s/<id>/, /es/s/<id>/). Figure cards are drawn from the built
      // figure pages by src/integrations/shareAssets.ts.
      ...(locale === 'en' ? sections : sectionsEs).map((section) => ({
        params: { path: ogParam(sectionKey(section.data.slug, locale)) },
        props: { card: sectionCard({ id: section.data.slug, title: section.data.title, sentence: sectionFirstSentence(section.body ?? '') }, locale) },
      })),
    ];
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await sharp(Buffer.from(cardSvg(props.card))).png(OG_PNG_OPTIONS).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
