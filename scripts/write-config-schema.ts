// Writes the per-rule entries of schemas/factmark.schema.json from the rule registry (src/core/rules.ts), so
// adding a rule is one registry entry plus its docs section: run `npx tsx scripts/write-config-schema.ts` after.
// The rest of the schema (the other keys) is kept as it is. A unit test fails when the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../src/core/rules.js';

const path = new URL('../schemas/factmark.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(path, 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };
const level = {
  oneOf: [
    { enum: ['error', 'warning', 'information', 'hint', 'off'] },
    { type: 'boolean', description: 'true: on at its default severity; false: off.' },
  ],
};
schema.properties.rules.properties = Object.fromEntries(
  RULES.filter((r) => r.scope === 'article').map((r) => [r.code, { ...level, markdownDescription: `[${r.code}](docs/rules.md#${r.code})` }]),
);
writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
