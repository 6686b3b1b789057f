/**
 * The language switch (the footer's link to the same page in the other edition) keeps the reader's place:
 * on click, the current fragment (#event-…, #p-…, a section) is added to the link, as both editions have
 * the same ids. Without JavaScript the link goes to the top of the other edition's page.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  link.addEventListener('click', () => {
    const url = new URL(link.href);
    url.hash = location.hash;
    link.href = url.href;
  });
}
