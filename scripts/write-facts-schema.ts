// Writes schemas/facts.schema.json from the schema object in src/core/facts/schema.ts (its single source).
// Run after changing that object: `npx tsx scripts/write-facts-schema.ts`. A unit test fails when they differ.
import { writeFileSync } from 'node:fs';
import { FACTS_SCHEMA } from '../src/core/facts/schema.js';

writeFileSync(new URL('../schemas/facts.schema.json', import.meta.url), `${JSON.stringify(FACTS_SCHEMA, null, 2)}\n`);
