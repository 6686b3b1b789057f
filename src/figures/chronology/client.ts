/**
 * The chronology's actor filter: events not involving the chosen actor fade from the graphic (and leave
 * the keyboard order) and disappear from the list. A permalinked event is always shown.
 */
import { refreshTabStop } from '../frame/client.ts';

const figure = document.querySelector<HTMLElement>('[data-figure="chronology"]');
const filter = figure?.querySelector<HTMLElement>('[data-actor-filter]');

function apply(actor: string): void {
  if (!figure || !filter) return;
  for (const button of filter.querySelectorAll<HTMLButtonElement>('button[data-actor]')) {
    button.setAttribute('aria-pressed', String(button.dataset.actor === actor));
  }
  for (const element of figure.querySelectorAll<HTMLElement | SVGElement>('[data-actors]')) {
    const shown = actor === '' || (element.dataset.actors ?? '').split(' ').includes(actor);
    element.toggleAttribute('data-filtered', !shown);
  }
  refreshTabStop(figure);
}

filter?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-actor]');
  if (button) apply(button.dataset.actor ?? '');
});

figure?.addEventListener('figure:reveal', (event) => {
  const { ref } = (event as CustomEvent<{ ref: string }>).detail;
  if (figure.querySelector(`[data-ref="${CSS.escape(ref)}"][data-filtered]`)) apply('');
});
