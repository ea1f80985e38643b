// Team allowlists (`allow.phones` / `allow.emails` / `allow.addresses` / `allow.names` in .postpolicy.json).
// An entry is an exact value, compared after normalising width, hyphens and spaces, or a `/regex/flags`
// pattern evaluated with RE2 (linear time), so a team pattern can never hang the editor.
import { RE2JS } from 're2js';
import { normalizeWidth } from '../../engine/text';

export type AllowKind = 'phones' | 'emails' | 'addresses' | 'names';

/** The comparable form of a value of this kind. */
export function normalizeAllowValue(kind: AllowKind, value: string): string {
  const v = normalizeWidth(value).trim();
  switch (kind) {
    case 'phones':
      // Digits only: 048-775-5111, (048)775-5111 and ０４８７７５５１１１ are the same number; +81 → 0.
      return v.replace(/^\+81[\s-]*\(?0?\)?/, '0').replace(/\D/g, '');
    case 'emails':
      return v.toLowerCase().replace(/\s/g, '');
    case 'addresses':
      return v.replace(/^〒/, '').replace(/[\s]/g, '').replace(/-+/g, '-');
    case 'names':
      return v.replace(/[\s・]/g, '');
  }
}

const REGEX_ENTRY = /^\/(.+)\/([a-z]*)$/s;
const compiled = new Map<string, RE2JS | null>();

/** Compiles a `/pattern/flags` entry with RE2; null when it is not one or does not compile. */
export function compileAllowPattern(entry: string): RE2JS | null {
  if (compiled.has(entry)) return compiled.get(entry)!;
  const m = REGEX_ENTRY.exec(entry);
  let re: RE2JS | null = null;
  if (m) {
    let flags = 0;
    if (m[2].includes('i')) flags |= RE2JS.CASE_INSENSITIVE;
    if (m[2].includes('m')) flags |= RE2JS.MULTILINE;
    if (m[2].includes('s')) flags |= RE2JS.DOTALL;
    try {
      re = RE2JS.compile(m[1], flags);
    } catch {
      re = null; // config validation reports it; here an invalid pattern simply matches nothing
    }
  }
  if (compiled.size > 1000) compiled.clear();
  compiled.set(entry, re);
  return re;
}

/** True when `value` (as written in the post) is on the team's allowlist of this kind. */
export function isAllowed(kind: AllowKind, value: string, entries: readonly string[] | undefined): boolean {
  if (!entries || entries.length === 0) return false;
  const norm = normalizeAllowValue(kind, value);
  for (const entry of entries) {
    if (typeof entry !== 'string' || entry.length === 0) continue;
    if (REGEX_ENTRY.test(entry)) {
      const re = compileAllowPattern(entry);
      if (re && (re.matcher(value).find() || re.matcher(norm).find())) return true;
    } else if (normalizeAllowValue(kind, entry) === norm && norm.length > 0) return true;
  }
  return false;
}
