// Clauses for the personal-data rules, shared by the presets so every pii/* rule cites the preset's own policy.

/** Every personal-data rule id (a test checks this matches server/src/rules/pii). */
export const PII_RULE_IDS = [
  'pii/person',
  'pii/phone',
  'pii/email',
  'pii/postal-code',
  'pii/address',
  'pii/my-number',
  'pii/passport',
  'pii/drivers-license',
  'pii/bank-account',
  'pii/card-number',
  'pii/photo',
  'pii/photo-metadata',
] as const;

/** `personal` for every pii rule, `portrait` for the photo-consent reminder. */
export function piiClauses(personal: string, portrait: string): Record<string, string> {
  return Object.fromEntries(PII_RULE_IDS.map((id) => [id, id === 'pii/photo' ? portrait : personal]));
}
