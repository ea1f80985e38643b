// Generates the JSON Schema shipped as schemas/postpolicy.schema.json from the zod schema (the single
// source of truth), adding what editors use for completion and hover: every rule id with its
// description and options, and the preset names. Run at build time (scripts/build.mjs).
import { z } from 'zod';
import { DIRECTIVE_RULES } from '../engine/directives';
import { allRules } from '../rules';
import { presets } from './presets';
import { configSchema, ruleSettingSchema } from './schema';

export const SCHEMA_ID = 'https://post-policy.github.io/schemas/postpolicy.schema.json';

type Json = Record<string, unknown>;

export function buildJsonSchema(): Json {
  const toJson = (schema: z.ZodType): Json => z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Json;
  const root = toJson(configSchema);
  const props = root.properties as Record<string, Json>;

  // Rules: a property per known id (completion + hover), any other id still validated as a setting.
  const setting = strip(toJson(ruleSettingSchema));
  const ruleProps: Record<string, Json> = {};
  for (const rule of allRules) {
    const s = structuredClone(setting);
    if (rule.optionsSchema) {
      const withOptions = (s.anyOf as Json[]).find((alt) => Array.isArray(alt.items) && alt.items.length === 2);
      if (withOptions) (withOptions.items as Json[])[1] = strip(toJson(rule.optionsSchema));
    }
    ruleProps[rule.id] = { ...s, description: rule.description };
  }
  for (const [id, description] of Object.entries(DIRECTIVE_RULES)) ruleProps[id] = { ...structuredClone(setting), description };
  props.rules.properties = ruleProps;

  const items = (props.extends.items ?? {}) as Json;
  items.examples = Object.keys(presets).sort();
  props.extends.items = items;

  return {
    $schema: root.$schema,
    $id: SCHEMA_ID,
    title: 'Post Policy チーム設定',
    ...withoutKeys(root, ['$schema']),
    // VS Code's JSON service: .postpolicy.json is JSON with comments.
    allowComments: true,
    allowTrailingCommas: true,
  };
}

/** The schema as the file's text (stable, ends with a newline). */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

function strip(schema: Json): Json {
  return withoutKeys(schema, ['$schema']);
}

function withoutKeys(o: Json, keys: string[]): Json {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}
