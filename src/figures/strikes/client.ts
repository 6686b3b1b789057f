/**
 * The strike map's date control: moving it shows the strikes announced by that day (filled), those that
 * had happened but were not yet announced (hollow), hides later ones, and updates the totals from the
 * states the page carries (computed at build time). A deep link to a later strike moves the date forward.
 * Nothing here imports d3: it toggles attributes and text only.
 */
import { refreshTabStop } from '../figures/frame/client.ts';

type State = Record<string, string>;

const figure = document.querySelector<HTMLElement>('[data-figure="strikes"]');
const control = figure?.querySelector<HTMLElement>('[data-strike-control]');
const input = control?.querySelector<HTMLInputElement>('[data-strike-date]');

if (figure && control && input) {
  const DAY = 864e5;
  const MONTHS = 'January February March April May June July August September October November December'.split(' ');
  const start = Date.parse(`${control.dataset.start}T00:00:00Z`);
  const states = JSON.parse(control.dataset.states ?? '[]') as State[];
  const output = control.querySelector('output');
  const isoAt = (index: number) => new Date(start + index * DAY).toISOString().slice(0, 10);
  const indexOf = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - start) / DAY);
  const long = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return `${d} ${MONTHS[m - 1]} ${y}`;
  };

  const apply = (index: number): void => {
    const max = Number(input.max);
    const clamped = Math.min(max, Math.max(0, index));
    const iso = isoAt(clamped);
    const date = long(iso);
    const state = states.filter((s) => s.from! <= iso).pop() ?? states[0] ?? {};
    input.value = String(clamped);
    input.setAttribute('aria-valuetext', `${date}: ${state.strikes} strikes, ${state.killed} killed`);
    if (output) output.textContent = date;
    figure.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => {
      el.textContent = el.dataset.t === 'date' ? date : (state[el.dataset.t!] ?? '');
    });
    figure.querySelectorAll<HTMLElement>('[data-if]').forEach((el) => {
      el.hidden = !state[el.dataset.if!];
    });
    figure.querySelectorAll<HTMLElement | SVGElement>('[data-known]').forEach((el) => {
      const { known = '', struck = '' } = el.dataset;
      const mode = known <= iso ? 'announced' : struck !== '' && struck <= iso ? 'pending' : 'later';
      el.dataset.state = mode;
      el.toggleAttribute('data-filtered', mode === 'later');
    });
    refreshTabStop(figure);
  };

  input.addEventListener('input', () => apply(Number(input.value)));
  control.querySelectorAll<HTMLButtonElement>('[data-strike-jump]').forEach((button) => {
    button.addEventListener('click', () => apply(Number(button.dataset.strikeJump)));
  });
  // A deep link (the only source of figure:reveal) moves the date forward to include the strike, and then,
  // as the map is tall and far down the page, brings the strike itself into view at once.
  let revealed: string | null = null;
  figure.addEventListener('figure:reveal', (event) => {
    const { ref } = (event as CustomEvent<{ ref: string }>).detail;
    const holder = figure.querySelector(`[data-ref="${CSS.escape(ref)}"]`)?.closest<HTMLElement | SVGElement>('[data-known]');
    const known = holder?.dataset.known;
    if (known && known > isoAt(Number(input.value))) apply(indexOf(known));
    revealed = ref;
  });
  figure.addEventListener('figure:select', (event) => {
    const { ref } = (event as CustomEvent<{ ref: string }>).detail;
    if (ref !== revealed) return;
    revealed = null;
    requestAnimationFrame(() => {
      const marks = figure.querySelectorAll<SVGElement>(`[data-graphic] [data-ref="${CSS.escape(ref)}"]`);
      [...marks].find((mark) => mark.getClientRects().length > 0)?.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
  });
  // A restored form value (back/forward navigation) must match what is drawn.
  if (input.value !== input.defaultValue) apply(Number(input.value));
}
