/**
 * An embed tells the page that frames it how tall it is, on load and whenever its size changes, so the
 * host can size the <iframe> to fit (the listener is in README, "Embedding a figure").
 */
const root = document.querySelector<HTMLElement>('[data-embed]');
const embedName = root?.dataset.embed ?? '';
let last = 0;

function post(): void {
  if (!root || window.parent === window) return;
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  window.parent.postMessage({ type: 'explainer:height', name: embedName, height }, '*');
}

window.addEventListener('load', post);
window.addEventListener('resize', post);
if (root && 'ResizeObserver' in window) new ResizeObserver(post).observe(root);

export {};
