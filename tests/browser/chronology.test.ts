/**
 * Figure 1 in real browsers (Chromium and Firefox): deep links, keyboard, the actor filter, layout at phone and
 * desktop width. (axe, with a detail showing: accessibility.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { scrollWidth, useBrowser } from '../support/browser.ts';
import { readEvents } from '../support/content.ts';
import { expectNoOverlaps } from '../support/geometry.ts';

const eventIds = readEvents().map((e) => e.id);
const { visit } = useBrowser();

describe('the chronology', () => {
  it('is complete with JavaScript disabled: every event is in the page', async () => {
    const { page } = await visit('/', { javaScriptEnabled: false });
    const counts = await page.evaluate(
      (ids) => ids.map((id) => [document.querySelectorAll(`[id="event-${id}"]`).length, document.querySelectorAll(`#fig-chronology [data-ref="event-${id}"]`).length]),
      eventIds,
    );
    eventIds.forEach((id, i) => {
      expect(counts[i]![0], `#event-${id}`).toBe(1);
      expect(counts[i]![1], `marks of event-${id}`).toBeGreaterThan(0);
    });
    expect(await page.locator('#event-suspension-order').isVisible()).toBe(true);
  });

  it('opens /#event-suspension-order with the event highlighted and its detail open', async () => {
    const { page, consoleErrors } = await visit('/#event-suspension-order');
    const mark = page.locator('.chronology-wide [data-ref="event-suspension-order"]');
    await expect.poll(() => mark.getAttribute('class')).toContain('is-selected');
    const detail = page.locator('#fig-chronology [data-detail-panel]');
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.innerText()).toContain('Petro orders intelligence services');
    expect(await mark.isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('moves focus between events with the arrow keys', async () => {
    const { page } = await visit('/');
    const marks = page.locator('.chronology-wide [data-ref]');
    await marks.first().focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-ref'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-ref'));
    expect(second).not.toBe(first);
    expect(second).toMatch(/^event-/);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ref'))).toBe(first);
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('data-ref'));
    expect(last).toBe(await marks.last().getAttribute('data-ref'));
    expect(await page.locator('#fig-chronology [data-detail-panel]').innerText()).not.toBe('');
  });

  it('is one tab stop: Tab enters the graphic once', async () => {
    const { page } = await visit('/');
    const tabbable = await page.locator('.chronology-wide [data-ref][tabindex="0"]').count();
    expect(tabbable).toBe(1);
  });

  it('filters events by actor', async () => {
    const { page } = await visit('/');
    const shown = () => page.locator('.chronology-wide [data-ref]:not([data-filtered])').count();
    const listed = () => page.locator('.event-list > li:visible').count();
    const all = await shown();
    const allListed = await listed();
    await page.locator('[data-actor-filter] button[data-actor="venezuela"]').click();
    expect(await shown()).toBeLessThan(all);
    expect(await listed()).toBeLessThan(allListed);
    expect(await page.locator('[data-actor-filter] button[data-actor="venezuela"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-actor-filter] button[data-actor=""]').click();
    expect(await shown()).toBe(all);
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px: no label overlaps another and nothing scrolls sideways`, async () => {
      const { page } = await visit('/', { viewport: { width, height: 900 } });
      const layout = width <= 760 ? '.chronology-narrow' : '.chronology-wide';
      expect(await page.locator(layout).isVisible()).toBe(true);
      await expectNoOverlaps(page, `${layout} text`, { atLeast: eventIds.length + 1 });
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    });
  }

  // The core panel's rework (issue #14): 11–13 November at the centre, wide enough to tap, spans off the days' lanes.
  for (const width of [320, 375, 1280]) {
    it(`at ${width} px: the focus days are the core panel's centre, and every day's mark answers a tap at its centre`, async () => {
      const { page } = await visit('/', { viewport: { width, height: width <= 760 ? 740 : 900 } });
      const layout = width <= 760 ? '.chronology-narrow' : '.chronology-wide';
      const { focus, axis, problems } = await page.locator(layout).evaluate((graphic) => {
        const box = (element: Element) => element.getBoundingClientRect();
        const found: string[] = [];
        // Days' marks (spans overlapping a longer span can still sit under its hit area: hits.ts, issue #14).
        for (const mark of graphic.querySelectorAll<SVGGElement>('.core-panel [data-ref]:has(path.mark-shape)')) {
          const shape = box(mark.querySelector('.mark-shape')!);
          mark.scrollIntoView({ block: 'center', behavior: 'instant' });
          const at = box(mark.querySelector('.mark-shape')!);
          const hit = document.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2)?.closest('[data-ref]');
          if (hit !== mark) found.push(`${mark.dataset.ref} (${shape.width.toFixed(0)} px): centre hits ${hit?.getAttribute('data-ref') ?? 'nothing'}`);
        }
        const { left, top, width: w, height: h } = box(graphic.querySelector('.core-panel .focus-band')!);
        const line = box(graphic.querySelector('.core-panel .axis')!);
        return { focus: { left, top, w, h }, axis: { left: line.left, top: line.top, w: line.width, h: line.height }, problems: found };
      });
      expect(problems).toEqual([]);
      // The focus is centred on the core axis, and its five days are at least 40 px each on screen.
      const [along, centre, axisCentre] = width <= 760 ? [focus.h, focus.top + focus.h / 2, axis.top + axis.h / 2] : [focus.w, focus.left + focus.w / 2, axis.left + axis.w / 2];
      expect(Math.abs(centre - axisCentre)).toBeLessThan(2);
      expect(along / 5).toBeGreaterThanOrEqual(40);
    });
  }
});
