/** Security on the production build: a strict Content-Security-Policy on every page, no HTML injection points in the code. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { elements, readPages } from '../support/html.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(astro|ts|mjs)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('Content-Security-Policy', () => {
  it("every page has default-src 'self' and scripts only from this site or by hash, never 'unsafe-inline'", () => {
    for (const page of readPages(inject('distDir'))) {
      const meta = elements(page.tree, (el) => el.tagName === 'meta' && String(el.properties.httpEquiv).toLowerCase() === 'content-security-policy')[0];
      const policy = String(meta?.properties.content ?? '');
      expect(policy, page.path).toContain("default-src 'self'");
      const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      expect(scriptSrc, page.path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
      expect(policy, page.path).not.toContain("'unsafe-eval'");
      expect(scriptSrc, page.path).not.toContain("'unsafe-inline'");
    }
  });
});

describe('no HTML injection points', () => {
  it('no set:html, innerHTML, outerHTML or insertAdjacentHTML anywhere in src/', () => {
    const offenders = sourceFiles(join(projectRoot, 'src')).filter((file) => /set:html|\.innerHTML|\.outerHTML|insertAdjacentHTML/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
