/**
 * Parity between the editions: the Spanish edition must have every item the English one has (sections by
 * slug, event labels by id, figure texts by key, citations by id), and nothing else. Pure; the build calls
 * `parityProblems` and stops with its lines, one per missing or extra item:
 *
 *   es: missing section 'the-seizures'
 *   es: extra citation 'petro-x-post-old'
 *
 * For the figures' text modules (text.ts / text.es.ts) there is a compile-time check, `TextParity`, and a
 * runtime one, `textShapeProblems`, that compares what the two modules return for the same inputs.
 */
import type { Locale } from './locales.ts';

/** The ids of a set of items: a list of ids, or a record or map keyed by id (values are checked for emptiness). */
export type Items = Iterable<string> | Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>;

export interface ItemSet {
  /** What an item is called in messages: "section", "event label", "figure text", "citation". */
  kind: string;
  en: Items;
  es: Items;
}

function entries(items: Items): [string, unknown][] {
  if (items instanceof Map) return [...items.entries()];
  if (typeof (items as Iterable<string>)[Symbol.iterator] === 'function') return [...(items as Iterable<string>)].map((id) => [id, true]);
  return Object.entries(items);
}

const isEmpty = (value: unknown) => value === '' || (typeof value === 'string' && value.trim() === '') || value === null || value === undefined;

/**
 * One line per problem, in the order of the sets, English order first: items missing from the edition,
 * items only the edition has, items listed twice, and items whose value is empty. Empty when all is well.
 */
export function parityProblems(sets: readonly ItemSet[], locale: Exclude<Locale, 'en'> = 'es'): string[] {
  const problems: string[] = [];
  for (const { kind, en, es } of sets) {
    const english = entries(en);
    const edition = entries(es);
    const englishIds = new Set(english.map(([id]) => id));
    const editionIds = new Set<string>();
    for (const [id] of english) if (!edition.some(([other]) => other === id)) problems.push(`${locale}: missing ${kind} '${id}'`);
    for (const [id, value] of edition) {
      if (editionIds.has(id)) problems.push(`${locale}: ${kind} '${id}' listed twice`);
      editionIds.add(id);
      if (!englishIds.has(id)) problems.push(`${locale}: extra ${kind} '${id}' (not in the English edition)`);
      else if (isEmpty(value)) problems.push(`${locale}: empty ${kind} '${id}'`);
    }
  }
  return problems;
}

/** Throws with every problem, one per line, when the editions differ. */
export function assertParity(sets: readonly ItemSet[], locale: Exclude<Locale, 'en'> = 'es'): void {
  const problems = parityProblems(sets, locale);
  if (problems.length > 0) throw new Error(`Edition parity check failed (${problems.length}):\n${problems.join('\n')}`);
}

// --- Text modules -------------------------------------------------------------------------------------------

/**
 * `true` when the module `Es` has exactly the value exports of `En`, with the same types both ways;
 * otherwise an object type naming what is missing, extra or different, so that
 * `const parity: TextParity<typeof En, typeof Es> = true` fails to compile with the names in the message.
 */
export type TextParity<En, Es> = [Exclude<keyof En, keyof Es>] extends [never]
  ? [Exclude<keyof Es, keyof En>] extends [never]
    ? [DifferentKeys<En, Es>] extends [never]
      ? true
      : { differentType: DifferentKeys<En, Es> }
    : { extra: Exclude<keyof Es, keyof En> }
  : { missing: Exclude<keyof En, keyof Es> };

/** Literal types widened (a `const TITLE = '…'` is typed by its words), deep, so only the shapes are compared. */
export type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends (...args: infer A) => infer R
        ? (...args: A) => Widen<R>
        : T extends object
          ? { [K in keyof T]: Widen<T[K]> }
          : T;

type DifferentKeys<En, Es> = {
  [K in keyof En & keyof Es]: [Widen<Es[K]>] extends [Widen<En[K]>] ? ([Widen<En[K]>] extends [Widen<Es[K]>] ? never : K) : K;
}[keyof En & keyof Es];

/** A run of text, as the figures' phrases are (src/figures/kit/phrases.ts). */
const isSegment = (value: unknown): value is { text: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { text?: unknown }).text === 'string' && Object.keys(value).every((key) => key === 'text' || key === 'cls');
/** Segments, phrases and lists of phrases: words whose count differs between languages. */
const isRun = (value: unknown): boolean => Array.isArray(value) && value.length > 0 && value.every((item) => isSegment(item) || isRun(item));
const runText = (value: unknown): string => (isSegment(value) ? value.text : Array.isArray(value) ? value.map(runText).join(' ') : '');

/**
 * Where the Spanish value has a different shape from the English one, for the same inputs: a string empty
 * in one and not the other, lists of different lengths (a table's headers, a figure's notes), objects with
 * different keys, or a different kind of value. Lists of phrases are compared by their text only, as their
 * word counts differ. A function is called with each argument list in `samples[key]`, where the key is its
 * path from the root ("notes", "PER_DAY.aria"; a function returned by a call: "f()"); without samples it is skipped.
 */
export function textShapeProblems(en: unknown, es: unknown, root: string, samples: Readonly<Record<string, readonly unknown[][]>> = {}): string[] {
  return shape(en, es, root, '', samples);
}

const join = (key: string, part: string) => (key === '' ? part : `${key}.${part}`);

function shape(en: unknown, es: unknown, path: string, key: string, samples: Readonly<Record<string, readonly unknown[][]>>): string[] {
  const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  if (typeof en === 'function' && typeof es === 'function') {
    const calls = samples[key];
    if (!calls) return [];
    return calls.flatMap((args, i) => shape((en as (...a: unknown[]) => unknown)(...args), (es as (...a: unknown[]) => unknown)(...args), `${path}(#${i + 1})`, `${key}()`, samples));
  }
  if (kind(en) !== kind(es)) return [`${path}: ${kind(en)} in English, ${kind(es)} in Spanish`];
  if (typeof en === 'string') {
    const a = en.trim() === '';
    const b = (es as string).trim() === '';
    return a === b ? [] : [`${path}: ${a ? 'empty' : 'text'} in English, ${b ? 'empty' : 'text'} in Spanish`];
  }
  if (Array.isArray(en)) {
    const other = es as unknown[];
    if (isRun(en) || isRun(other)) {
      const a = runText(en).trim() === '';
      const b = runText(other).trim() === '';
      return a === b ? [] : [`${path}: ${a ? 'no words' : 'words'} in English, ${b ? 'no words' : 'words'} in Spanish`];
    }
    if (en.length !== other.length) return [`${path}: ${en.length} items in English, ${other.length} in Spanish`];
    return en.flatMap((item, i) => shape(item, other[i], `${path}[${i}]`, `${key}[]`, samples));
  }
  if (typeof en === 'object' && en !== null) {
    const a = Object.keys(en).sort();
    const b = Object.keys(es as object).sort();
    const missing = a.filter((name) => !b.includes(name)).map((name) => `${path}.${name}: missing in Spanish`);
    const extra = b.filter((name) => !a.includes(name)).map((name) => `${path}.${name}: only in Spanish`);
    const both = a.filter((name) => b.includes(name));
    return [...missing, ...extra, ...both.flatMap((name) => shape((en as Record<string, unknown>)[name], (es as Record<string, unknown>)[name], `${path}.${name}`, join(key, name), samples))];
  }
  return [];
}

/** Every function in a module (or an object in it), by path: "notes", "PER_DAY.aria". */
export function functionPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [path];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => functionPaths(item, path === '' ? key : `${path}.${key}`));
}
