/**
 * Keeps `--header-offset` equal to the sticky header's real height, which varies with the width (its
 * navigation wraps under the site name on narrow screens) and with the reader's font size, so that
 * `scroll-padding-top` lands every permalink target just below the header.
 */
const header = document.querySelector<HTMLElement>('.site-header');

function measure(): void {
  if (!header) return;
  document.documentElement.style.setProperty('--header-offset', `${Math.ceil(header.getBoundingClientRect().height)}px`);
}

measure();
if (header && 'ResizeObserver' in window) new ResizeObserver(measure).observe(header);
