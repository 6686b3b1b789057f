/**
 * Copy-link behaviour for every element marked `data-copy-link`: the permalink goes to the clipboard, and a
 * live region announces it. Without JavaScript these are ordinary links.
 *
 * The link is resolved against the address the reader is on, not the canonical URL: a copy of the site
 * served from another host or sub-path (a preview, a mirror, a local build) hands out links that work there.
 * The words announced are the page's own (data-announce-* on <body>, from src/i18n/ui.ts), so each edition
 * speaks its language; English if a page carries none.
 */

type Announcement = 'copied' | 'copyThis' | 'shared' | 'codeCopied' | 'selectCode';
const ENGLISH: Record<Announcement, string> = {
  copied: 'Link copied: {url}',
  copyThis: 'Copy this link: {url}',
  shared: 'Link shared',
  codeCopied: 'Copied',
  selectCode: 'Select the code and copy it',
};
const DATASET_KEYS: Record<Announcement, string> = {
  copied: 'announceCopied',
  copyThis: 'announceCopyThis',
  shared: 'announceShared',
  codeCopied: 'announceCodeCopied',
  selectCode: 'announceSelectCode',
};

/** The page's words for an announcement, with the link in place of "{url}". */
function words(kind: Announcement, url = ''): string {
  return (document.body.dataset[DATASET_KEYS[kind]] ?? ENGLISH[kind]).replace('{url}', url);
}

/**
 * A section's or figure's link is its share page (`data-share-path`, relative to this page: /s/<id>/ or
 * /figures/<name>/), whose link preview is its own card; other permalinks are the fragment itself.
 */
function permalinkFor(link: HTMLAnchorElement): string {
  return new URL(link.dataset.sharePath ?? link.getAttribute('href') ?? '', location.href).href;
}

function statusRegion(): HTMLElement {
  let region = document.getElementById('copy-status');
  if (!region) {
    region = document.createElement('div');
    region.id = 'copy-status';
    region.className = 'copy-status';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  return region;
}

function fallbackCopy(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  return copied;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return fallbackCopy(text);
  }
}

let hideTimer: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string): void {
  const region = statusRegion();
  region.textContent = message;
  region.classList.add('is-visible');
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => region.classList.remove('is-visible'), 2500);
}

/** On touch devices the system share sheet is the natural way to pass a link on. */
const prefersShareSheet = () => typeof navigator.share === 'function' && window.matchMedia('(pointer: coarse)').matches;

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  // Copying a link must not move the page (following the fragment would jump to the target).
  event.preventDefault();
  const url = permalinkFor(link);
  if (prefersShareSheet()) {
    try {
      await navigator.share({ url, title: document.title });
      announce(words('shared'));
      return;
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return;
    }
  }
  const copied = await copyText(url);
  announce(words(copied ? 'copied' : 'copyThis', url));
});

// "Copy" buttons for a block of code (a figure page's BibTeX and embed snippet): shown only with JavaScript.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copyFrom ?? '')?.textContent ?? '';
    announce((await copyText(text)) ? (button.dataset.copied ?? words('codeCopied')) : words('selectCode'));
  });
}
