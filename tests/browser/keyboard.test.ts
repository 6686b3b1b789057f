/** Every interactive figure is usable by keyboard alone: reach it with Tab, move with arrows, read the detail. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const { visit } = useBrowser();

describe('figures by keyboard alone', () => {
  for (const figure of ['chronology', 'seizures', 'strikes']) {
    it(`Figure ${figure}: Tab reaches its marks, arrows move, Enter shows the detail, Escape closes it`, async () => {
      const { page } = await visit('/');
      // Start from the figure's own permalink and Tab forward until focus enters the graphic.
      await page.locator(`#fig-${figure} .figure-permalink a`).focus();
      let inGraphic = false;
      for (let i = 0; i < 40 && !inGraphic; i++) {
        await page.keyboard.press('Tab');
        inGraphic = await page.evaluate((name) => !!document.activeElement?.closest(`#fig-${name} [data-graphic]`), figure);
      }
      expect(inGraphic, 'Tab never reached the graphic').toBe(true);
      const first = await page.evaluate(() => document.activeElement?.getAttribute('data-ref'));
      expect(first).toBeTruthy();
      await page.keyboard.press('ArrowRight');
      const second = await page.evaluate(() => document.activeElement?.getAttribute('data-ref'));
      expect(second).toBeTruthy();
      expect(second).not.toBe(first);
      await page.keyboard.press('Enter');
      const panel = page.locator(`#fig-${figure} [data-detail-panel]`);
      expect(await panel.isVisible()).toBe(true);
      expect((await panel.innerText()).length).toBeGreaterThan(20);
      await page.keyboard.press('Escape');
      expect(await panel.isVisible()).toBe(false);
    });
  }
});
