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
  'pii/id-number',
  'pii/photo',
  'pii/photo-metadata',
] as const;

/**
 * Severity ceilings for the personal-data rules in a preset that treats them as prohibitions: strong evidence (a
 * child's name, a private phone, a home address, GPS in a photo) is an error; each rule reports uncertain
 * evidence (a name without context, a number that may be the office's) as a warning at most.
 */
export function piiProhibited(): Record<string, 'error'> {
  return Object.fromEntries(PII_RULE_IDS.filter((id) => id !== 'pii/photo').map((id) => [id, 'error' as const]));
}

/** `personal` for every pii rule, `portrait` for the photo-consent reminder. */
export function piiClauses(personal: string, portrait: string): Record<string, string> {
  return Object.fromEntries(PII_RULE_IDS.map((id) => [id, id === 'pii/photo' ? portrait : personal]));
}
