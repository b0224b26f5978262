/**
 * The checked-in JSON Schema (docs/scenario.schema.json) is generated from the zod schema; this test
 * fails when it is stale. Fix with `npm run scenario:schema`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, scenarioJsonSchema, scenarioSchemaText } from '../../src/cli/scenario-schema.ts';

const checkedIn = readFileSync(new URL(`../../${SCHEMA_FILE}`, import.meta.url), 'utf8');

describe('docs/scenario.schema.json', () => {
  it('is up to date with game/schema.ts (run `npm run scenario:schema` if not)', async () => {
    expect(checkedIn).toBe(await scenarioSchemaText());
  });

  it('describes the scenario format: required fields, closed objects, descriptions', () => {
    const schema = scenarioJsonSchema() as {
      required: string[];
      additionalProperties: unknown;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'rounds', 'regions', 'teacherNotes']));
    expect(schema.required).not.toContain('$schema');
    expect(schema.required).not.toContain('tutorial');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.rounds?.description).toMatch(/rounds/i);
    expect(checkedIn).not.toContain('9007199254740991');
  });
});
