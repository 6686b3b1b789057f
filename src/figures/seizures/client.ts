/**
 * Figure 2's one addition to the shared figure script: a permalink to a table row that has no mark (the
 * worldwide totals, the share claim as recorded, figures given only in words) opens the data table, so the
 * row it names is shown. Rows with marks are handled by src/figures/frame/client.ts.
 */
import { FIGURE_NAME, refFor } from './model.ts';

const figure = document.querySelector<HTMLElement>(`[data-figure="${FIGURE_NAME}"]`);

function reveal(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!figure || !id.startsWith(refFor(''))) return;
  const target = document.getElementById(id);
  const details = target?.closest('details');
  if (!target || !details || !figure.contains(details) || details.open) return;
  details.open = true;
  target.scrollIntoView({ block: 'start' });
}

window.addEventListener('hashchange', reveal);
if (document.readyState === 'complete') reveal();
else window.addEventListener('load', reveal, { once: true });
