/**
 * The strike map's date control: moving it shows the strikes announced by that day (filled), those that
 * had happened but were not yet announced (hollow), hides later ones, and updates the totals from the
 * states the page carries (computed at build time). A deep link to a later strike moves the date forward;
 * the frame's script then selects the strike and brings it into view. Nothing here imports d3: it toggles
 * attributes and text only, with the model's date maths and the map's words.
 */
import { refreshTabStop, type FigureEventDetail } from '../frame/client.ts';
import { formatDate } from '../../i18n/format.ts';
import { isLocale } from '../../i18n/locales.ts';
import { dayIndex, isoAt, markState } from './model.ts';
import { valueText, type TotalsText } from './text.ts';

const figure = document.querySelector<HTMLElement>('[data-figure="strikes"]');
const control = figure?.querySelector<HTMLElement>('[data-strike-control]');
const input = control?.querySelector<HTMLInputElement>('[data-strike-date]');

if (figure && control && input) {
  const start = control.dataset.start ?? '';
  // The page's words: each state's value text (with "{date}" for the day) and the edition dates are written in.
  const states = JSON.parse(control.dataset.states ?? '[]') as (TotalsText & { valueText?: string })[];
  const locale = isLocale(control.dataset.locale) ? control.dataset.locale : 'en';
  const output = control.querySelector('output');

  const apply = (index: number): void => {
    const max = Number(input.max);
    const clamped = Math.min(max, Math.max(0, index));
    const iso = isoAt(clamped, start);
    const date = formatDate(locale, iso);
    const state: Partial<TotalsText & { valueText: string }> = states.filter((s) => s.from <= iso).pop() ?? states[0] ?? {};
    input.value = String(clamped);
    input.setAttribute('aria-valuetext', state.valueText?.replace('{date}', date) ?? valueText(date, state.strikes, state.killed));
    if (output) output.textContent = date;
    figure.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => {
      el.textContent = el.dataset.t === 'date' ? date : (state[el.dataset.t as keyof TotalsText] ?? '');
    });
    figure.querySelectorAll<HTMLElement>('[data-if]').forEach((el) => {
      el.hidden = !state[el.dataset.if as keyof TotalsText];
    });
    figure.querySelectorAll<HTMLElement | SVGElement>('[data-known]').forEach((el) => {
      const mode = markState({ known: el.dataset.known || null, struck: el.dataset.struck || null }, iso);
      el.dataset.state = mode;
      el.toggleAttribute('data-filtered', mode === 'later');
    });
    refreshTabStop(figure);
  };

  input.addEventListener('input', () => apply(Number(input.value)));
  control.querySelectorAll<HTMLButtonElement>('[data-strike-jump]').forEach((button) => {
    button.addEventListener('click', () => apply(Number(button.dataset.strikeJump)));
  });
  // A deep link (the only source of figure:reveal) moves the date forward to include the strike.
  figure.addEventListener('figure:reveal', (event) => {
    const { ref } = (event as CustomEvent<FigureEventDetail>).detail;
    const holder = figure.querySelector(`[data-ref="${CSS.escape(ref)}"]`)?.closest<HTMLElement | SVGElement>('[data-known]');
    const known = holder?.dataset.known;
    if (known && known > isoAt(Number(input.value), start)) apply(dayIndex(known, start));
  });
  // A restored form value (back/forward navigation) must match what is drawn.
  if (input.value !== input.defaultValue) apply(Number(input.value));
}
