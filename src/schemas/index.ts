/** Every record schema, for the content collections and for tests that read `content/` directly. */
export * from './common.ts';
export * from './article.ts';
export * from './event.ts';
export * from './figure.ts';
export * from './seizure.ts';
export * from './strike.ts';
export * from './narrative.ts';
export * from './corrections.ts';
