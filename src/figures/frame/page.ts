/** Where a figure is drawn: on an embed page (/embed/<name>/, /es/embed/<name>/) the frame draws it alone. */
import { isEmbedPage } from '../../lib/share.ts';
import { pageKey } from '../../lib/ogImage.ts';

/** Whether the page at `pathname` (under the site's `base`) is an embed page. */
export const onEmbedPage = (pathname: string, base: string): boolean => isEmbedPage(pageKey(pathname, base));
