/**
 * Validators for the published JSON Schema (`schema.json`, generated from `src/types.ts` by
 * `npm run schema`): one for a whole extraction, one for a single fact (`#/definitions/Fact`).
 * The schema is read from disk at run time, so the validators always check the file as published.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Extraction, Fact } from '../../src/types.js';

/** Where the schema is published. */
export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.json', import.meta.url));

/** The key the schema is registered under, so definitions can be referenced as `solieu.json#/definitions/…`. */
const SCHEMA_KEY = 'solieu.json';

/** The schema file as checked in, byte for byte. */
export function readSchemaText(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}

/** The schema as checked in, parsed. */
export function loadSchema(): Record<string, unknown> {
  return JSON.parse(readSchemaText()) as Record<string, unknown>;
}

/** Compiled validators for an {@link Extraction} and for one {@link Fact}. */
export interface SchemaValidators {
  /** Validates `{ article, facts }` against the schema's root. */
  extraction: ValidateFunction<Extraction>;
  /** Validates one fact against `#/definitions/Fact`. */
  fact: ValidateFunction<Fact>;
  /** Validates against one named definition (`'CountFact'`, `'Span'` …), whose errors then say exactly what is wrong. */
  definition: (name: string) => ValidateFunction;
}

let compiled: SchemaValidators | undefined;

/**
 * The validators, compiled once per test file. Ajv runs in strict mode (its default), so a keyword
 * it does not know in a regenerated schema fails here rather than being silently ignored.
 */
export function schemaValidators(): SchemaValidators {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true });
  ajv.addSchema(loadSchema(), SCHEMA_KEY);
  const extraction = ajv.getSchema<Extraction>(SCHEMA_KEY);
  const fact = ajv.getSchema<Fact>(`${SCHEMA_KEY}#/definitions/Fact`);
  if (!extraction || !fact) throw new Error(`${SCHEMA_PATH} has no root schema or no definitions/Fact`);
  const definition = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(`${SCHEMA_KEY}#/definitions/${name}`);
    if (!validate) throw new Error(`${SCHEMA_PATH} has no definitions/${name}`);
    return validate;
  };
  compiled = { extraction, fact, definition };
  return compiled;
}

/** The first few errors of a failed validation, one short line each, for assertion messages. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, limit = 5): string {
  if (!errors || errors.length === 0) return 'no errors';
  const lines = errors.slice(0, limit).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} (${e.schemaPath})`);
  if (errors.length > limit) lines.push(`… and ${errors.length - limit} more`);
  return lines.join('; ');
}
