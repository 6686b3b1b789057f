/**
 * Reads the research data in content/*.yaml through the same Zod schemas the build uses (src/schemas/), so a
 * test sees the records as the site does (defaults applied, types checked) and a record the build would
 * reject fails the test with one line naming it, instead of being cast to a type it may not have.
 *
 * Astro's file loader gives each record its id: list files are arrays of records with an `id` field, and
 * article-meta.yaml is a map keyed by id. A schema may declare `id` itself (then it checks it) or leave it
 * to the loader; either way every record read here has its `id`.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { z } from 'zod';
import { articleMetaSchema, citationSchema, eventSchema, figureSchema, seizureSchema, strikeSchema } from '../../src/schemas/index.ts';
import { projectRoot, tempDir } from './build.ts';

/** A record as a collection entry holds it: its id and what its schema makes of the rest (per schema of a union). */
export type Entry<S extends z.ZodTypeAny> = S extends unknown ? Omit<z.output<S>, 'id'> & { id: string } : never;

/** The list collections: content/<name>.yaml, each an array of records. */
const LISTS = {
  events: eventSchema,
  figures: figureSchema,
  seizures: seizureSchema,
  strikes: strikeSchema,
  citations: citationSchema,
};
export type ListName = keyof typeof LISTS;
export const LIST_NAMES = Object.keys(LISTS) as ListName[];

const readYaml = (file: string): unknown => parse(readFileSync(join(projectRoot, 'content', file), 'utf8'));

/** Whether the schema itself has an `id` key (an object schema, possibly inside .refine()). */
function declaresId(schema: z.ZodTypeAny): boolean {
  let current: { _def?: { schema?: unknown }; shape?: Record<string, unknown> } = schema;
  // .refine() and .transform() wrap the object schema as ZodEffects, with the inner one in _def.schema.
  while (current._def?.schema) current = current._def.schema as typeof current;
  return current.shape !== undefined && 'id' in current.shape;
}

/** Validates one record (with its id), throwing one line that names the file, the record and every issue. */
function validate<S extends z.ZodTypeAny>(file: string, schema: S, id: string, record: Record<string, unknown>): Entry<S> {
  const { id: _id, ...rest } = record;
  const result = schema.safeParse(declaresId(schema) ? { ...rest, id } : rest);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`);
    throw new Error(`content/${file}: ${id}: ${issues.join('; ')}`);
  }
  return { ...(result.data as object), id } as Entry<S>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every record of a list collection, validated, in file order. */
export function readCollection<N extends ListName>(name: N): Entry<(typeof LISTS)[N]>[] {
  const file = `${name}.yaml`;
  const records = readYaml(file);
  if (!Array.isArray(records)) throw new Error(`content/${file}: expected a list of records`);
  const schema: z.ZodTypeAny = LISTS[name];
  return records.map((record, index) => {
    if (!isRecord(record) || typeof record.id !== 'string') throw new Error(`content/${file}: record ${index + 1} has no id`);
    // What `schema` parsed is what LISTS[name] outputs; TypeScript cannot follow the index to say so.
    return validate(file, schema, record.id, record) as Entry<(typeof LISTS)[N]>;
  });
}

export const readEvents = () => readCollection('events');
export const readFigures = () => readCollection('figures');
export const readSeizures = () => readCollection('seizures');
export const readStrikes = () => readCollection('strikes');
export const readCitations = () => readCollection('citations');

export type EventEntry = ReturnType<typeof readEvents>[number];
export type FigureEntry = ReturnType<typeof readFigures>[number];
export type SeizureEntry = ReturnType<typeof readSeizures>[number];
export type StrikeEntry = ReturnType<typeof readStrikes>[number];
export type CitationEntry = ReturnType<typeof readCitations>[number];

/** content/article-meta.yaml: seed article id → its reviewed metadata (outlet, URL, date), validated. */
export function readArticleMeta(): Record<string, Entry<typeof articleMetaSchema>> {
  const file = 'article-meta.yaml';
  const map = readYaml(file);
  if (!isRecord(map)) throw new Error(`content/${file}: expected a map of article id to metadata`);
  return Object.fromEntries(
    Object.entries(map).map(([id, record]) => {
      if (!isRecord(record)) throw new Error(`content/${file}: ${id}: expected a record`);
      return [id, validate(file, articleMetaSchema, id, record)];
    }),
  );
}

/**
 * A copy of content/ in a temporary folder (for a build's CONTENT_DIR), with `changes` applied: each maps one
 * list file's records (as YAML gives them) to new ones.
 */
export function contentCopy(changes: Record<string, (records: Record<string, unknown>[]) => Record<string, unknown>[]>): string {
  const dir = join(tempDir('content'), 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const records = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
    writeFileSync(join(dir, file), stringify(change(records), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
  }
  return dir;
}
