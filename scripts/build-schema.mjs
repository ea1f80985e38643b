// Writes schemas/postpolicy.schema.json from the zod config schema (issue 6). Needs tsc's out/ first;
// scripts/build.mjs calls it after type-checking. Also runnable alone: node scripts/build-schema.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function buildSchema() {
  const require = createRequire(import.meta.url);
  const { jsonSchemaText } = require(join(root, 'out/server/src/config/jsonSchema.js'));
  mkdirSync(join(root, 'schemas'), { recursive: true });
  writeFileSync(join(root, 'schemas/postpolicy.schema.json'), jsonSchemaText());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildSchema();
