/** A record's sources as two CSV cells: the links (absolute) and the quotes, each joined by " | ". */
import { sourceHref } from './paths.ts';
import type { ResolvedSource } from './provenance.ts';

export function sourceCells(sources: readonly ResolvedSource[], absoluteBase: string): [string, string] {
  const base = new URL(absoluteBase);
  return [
    sources.map((source) => new URL(sourceHref(source, base.pathname), base).href).join(' | '),
    sources.map((source) => source.quote).join(' | '),
  ];
}
