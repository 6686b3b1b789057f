/** Share and land: copy-link puts the absolute URL on the clipboard; permalinks land visibly, highlighted, with figure state. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from '../support/engine.ts';
import { useBrowser } from '../support/browser.ts';
import { idsOf, readPage } from '../support/html.ts';

const { visit, withVisit } = useBrowser();

const homeIds = () => idsOf(readPage(inject('distDir'), '/'));

/** Whether an element is inside the viewport and not hidden under the sticky header. */
async function visibleBelowHeader(page: Page, selector: string, partly = false): Promise<boolean> {
  return page.evaluate(
    ([sel, part]) => {
      const element = document.querySelector(sel as string);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      if (box.height === 0) return false;
      // A long paragraph reached through a text fragment is scrolled to the quoted words, not its top.
      return part ? box.bottom > header.bottom && box.top < window.innerHeight : box.top >= header.bottom - 1 && box.top < window.innerHeight;
    },
    [selector, partly] as const,
  );
}

const settle = (page: Page) => page.waitForTimeout(900);

describe('copy link', () => {
  // Links are built from the address the reader is on (here the test server), and a figure's or a section's
  // copy-link hands out its share page, which unfurls as that figure or section.
  it('puts the absolute URL of the permalink on the clipboard and says so', async () => {
    const { page } = await visit('/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('origin') });
    await page.locator('#fig-chronology .figure-permalink a[data-copy-link]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${inject('origin')}/figures/chronology/`);
    expect(await page.locator('#copy-status').innerText()).toContain('Link copied');
    expect(await page.locator('#copy-status').getAttribute('role')).toBe('status');
  });

  it('works on an article paragraph and on a section heading', async () => {
    const { page } = await visit('/sources/004_6f9271d87370fc5c/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('origin') });
    await page.locator('#p-3 .unit-link').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${inject('origin')}/sources/004_6f9271d87370fc5c/#p-3`);
    await page.goto(inject('origin') + '/');
    await page.locator('#what-happened .anchor-link').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${inject('origin')}/s/what-happened/`);
  });
});

describe('landing on a permalink', () => {
  it('/#event-… shows the event highlighted below the header with its detail open', async () => {
    const { page } = await visit('/#event-suspension-order');
    await settle(page);
    expect(await page.locator('#event-suspension-order').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await visibleBelowHeader(page, '.chronology-wide [data-ref="event-suspension-order"].is-selected')).toBe(true);
    expect(await page.locator('#fig-chronology [data-detail-panel]').isVisible()).toBe(true);
    expect(await visibleBelowHeader(page, '#fig-chronology [data-detail-panel]')).toBe(true);
  });

  it('/#fig-… lands on the figure, highlighted', async () => {
    const { page } = await visit('/#fig-chronology');
    await settle(page);
    expect(await page.locator('#fig-chronology').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await visibleBelowHeader(page, '#fig-chronology')).toBe(true);
  });

  it('/#fig-seizures-… opens the data point', async () => {
    const id = homeIds().find((candidate) => candidate.startsWith('fig-seizures-') && !candidate.endsWith('-title') && !candidate.endsWith('-desc'));
    expect(id, 'the seizure chart has per-datum ids').toBeDefined();
    const { page } = await visit(`/#${id}`);
    await settle(page);
    expect(await page.locator(`#fig-seizures [data-ref="${id}"].is-selected`).count()).toBeGreaterThan(0);
    expect(await page.locator('#fig-seizures [data-detail-panel]').isVisible()).toBe(true);
    expect(await visibleBelowHeader(page, `#fig-seizures [data-ref="${id}"].is-selected`)).toBe(true);
  });

  it('/#strike-… opens the strike, with the date control moved to include it', async () => {
    const ids = homeIds().filter((candidate) => /^strike-\d+(-\d+)?$/.test(candidate));
    const late = ids.find((candidate) => candidate === 'strike-36') ?? ids.at(-1)!;
    const { page } = await visit(`/#${late}`);
    await settle(page);
    const mark = `#fig-strikes [data-ref="${late}"]`;
    expect(await page.locator(`${mark}.is-selected`).count()).toBeGreaterThan(0);
    expect(await page.locator('#fig-strikes [data-detail-panel]').isVisible()).toBe(true);
    expect(await visibleBelowHeader(page, `${mark}.is-selected`)).toBe(true);
    const filtered = await page.locator(`${mark}[data-filtered], ${mark}[hidden]`).count();
    expect(filtered).toBe(0);
  });

  it('/sources/<slug>/#p-3 lands on the paragraph, visible and highlighted', async () => {
    for (const width of [375, 1280]) {
      await withVisit('/sources/004_6f9271d87370fc5c/#p-3', { viewport: { width, height: 800 } }, async ({ page }) => {
        await settle(page);
        expect(await page.locator('#p-3').evaluate((el) => el.matches(':target'))).toBe(true);
        expect(await visibleBelowHeader(page, '#p-3')).toBe(true);
        const background = await page.locator('#p-3').evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(background).not.toBe('rgba(0, 0, 0, 0)');
      });
    }
  });

  it('a citation lands on the quoted paragraph with the words highlighted', async () => {
    const { page } = await visit('/');
    const href = await page.locator('a.cite').first().getAttribute('href');
    expect(href).toMatch(/^\/sources\/[^/]+\/#p-\d+:~:text=/);
    await page.goto(inject('origin') + href!);
    await settle(page);
    const target = href!.split('#')[1]!.split(':~:')[0]!;
    expect(await page.locator(`#${target}`).evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await visibleBelowHeader(page, `#${target}`, true)).toBe(true);
  });
});
