import { describe, expect, it } from 'vitest';
import { allIds, applyAliases, missingPermalinks, permalinkIds } from './permalinks.ts';

const html = `<main id="main"><h2 id="what-happened" class="anchored">What happened</h2><p id="p-3">x</p>
<li id="event-suspension-order"></li><tr id="strike-7"></tr><figure id="fig-strikes"></figure><li id="ref-1"></li><h3 id="notes">Notes</h3></main>`;

describe('permalinks', () => {
  it('collects heading ids and the permalink kinds, not internal ids', () => {
    expect(permalinkIds(html)).toEqual(['event-suspension-order', 'fig-strikes', 'notes', 'p-3', 'strike-7', 'what-happened']);
  });
  it('reports a published id that is gone, and a page that is gone', () => {
    const pages = new Map([['/', allIds(html)]]);
    expect(missingPermalinks({ '/': ['what-happened', 'event-old-name'], '/sources/x/': ['p-1'] }, pages)).toEqual([
      '/#event-old-name',
      '/sources/x/#p-1 (the page is gone)',
    ]);
  });
  it('an alias puts the old id just before the new target, so the old link lands there', () => {
    const aliased = applyAliases(html, [{ page: '/', from: 'event-old-name', to: 'event-suspension-order' }]);
    expect(aliased).toContain('<span id="event-old-name" class="permalink-alias"></span><li id="event-suspension-order">');
    expect(missingPermalinks({ '/': ['event-old-name'] }, new Map([['/', allIds(aliased)]]))).toEqual([]);
  });
  it('an alias to an id that does not exist changes nothing', () => {
    expect(applyAliases(html, [{ page: '/', from: 'a', to: 'nope' }])).toBe(html);
  });
});
