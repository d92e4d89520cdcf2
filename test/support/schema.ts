/**
 * Validators for the published JSON Schema (`schema.json`, generated from `src/types.ts`):
 * one for a whole extraction, one for a single fact.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

/** Where the schema is published. */
export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.json', import.meta.url));

/** The schema as checked in. */
export function loadSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

/** Compiled validators for an `Extraction` and for one `Fact`. */
export function schemaValidators(): { extraction: ValidateFunction; fact: ValidateFunction } {
  const schema = loadSchema();
  const ajv = new Ajv({ allErrors: true, strict: false });
  const extraction = ajv.compile(schema);
  const fact = ajv.compile({ $schema: schema.$schema as string, definitions: schema.definitions as Record<string, object>, $ref: '#/definitions/Fact' });
  return { extraction, fact };
}
