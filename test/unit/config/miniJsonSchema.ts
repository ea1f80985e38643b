// A small JSON Schema (draft-07 subset) checker, enough for the keywords our generated schema uses.
// It proves the shipped schema file itself encodes the constraints (not just zod at run time).
type Schema = Record<string, any> | boolean;

export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [`${path}: not allowed`];
  const errors: string[] = [];
  const s = schema;
  if (s.anyOf) {
    const ok = (s.anyOf as Schema[]).some((alt) => validate(alt, value, path).length === 0);
    if (!ok) errors.push(`${path}: matches none of anyOf`);
  }
  if (s.enum && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${path}: not in enum`);
  if (s.type) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const ok = types.some((t) => t === actual || (t === 'integer' && Number.isInteger(value)) || (t === 'number' && actual === 'number'));
    if (!ok) return [...errors, `${path}: expected ${types.join('|')}`];
  }
  if (typeof value === 'string') {
    if (s.minLength !== undefined && value.length < s.minLength) errors.push(`${path}: too short`);
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${path}: pattern`);
  }
  if (typeof value === 'number') {
    if (s.maximum !== undefined && value > s.maximum) errors.push(`${path}: > maximum`);
    if (s.minimum !== undefined && value < s.minimum) errors.push(`${path}: < minimum`);
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) errors.push(`${path}: <= exclusiveMinimum`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) errors.push(`${path}: too few items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) errors.push(`${path}: too many items`);
    if (Array.isArray(s.items)) {
      value.forEach((v, i) => {
        if (i < s.items.length) errors.push(...validate(s.items[i], v, `${path}[${i}]`));
        else if (s.additionalItems === false) errors.push(`${path}[${i}]: additional item`);
      });
    } else if (s.items) value.forEach((v, i) => errors.push(...validate(s.items, v, `${path}[${i}]`)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const req of s.required ?? []) if (!(req in (value as object))) errors.push(`${path}.${req}: required`);
    for (const [k, v] of Object.entries(value)) {
      if (k in props) errors.push(...validate(props[k], v, `${path}.${k}`));
      else if (s.additionalProperties === false) errors.push(`${path}.${k}: unknown key`);
      else if (s.additionalProperties !== undefined) errors.push(...validate(s.additionalProperties, v, `${path}.${k}`));
    }
  }
  return errors;
}
