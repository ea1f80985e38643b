// Fast path for the common front matter: one `key: value` per line with plain or simply quoted scalars. Reading
// it by hand is ~10× cheaper than the yaml library (bench/frontMatter.ts); anything it is not sure of returns
// undefined and goes to the library, so results stay those of YAML 1.2 (the library's core schema).
// test/unit/engine/flatYaml.test.ts compares both on generated front matter.

export interface FlatEntry {
  key: string;
  value: string | number | boolean | null;
  /** Offsets in the YAML text, as the library's node ranges (value end excludes trailing spaces and comments). */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

// What the fast path accepts: printable ASCII, LF or CRLF, and other text except C1 controls, line/paragraph
// separators, the BOM and unpaired surrogates (tabs, lone CRs and such go to the library).
const SAFE_TEXT = /^(?:[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|[\ud800-\udbff][\udc00-\udfff]|\r\n|\n)*$/;
// `key:` then end of line or spaces; the key is short (the library limits implicit keys to 1024 characters).
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,199}):(?: +|$)/;
// Keys that YAML reads as null or booleans, and the one a JS object cannot take as a plain property.
const SPECIAL_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
// A plain scalar must not start with an indicator or flow character.
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`]/;
// Simple quoted scalars (no escapes, no embedded quote), then optional spaces and a comment.
const SINGLE_QUOTED = /'([^']*)'(?: *$| +#)/y;
const DOUBLE_QUOTED = /"([^"\\]*)"(?: *$| +#)/y;
// The core schema's non-string plain scalars (yaml/dist/schema/core): null, bool, int, float.
const NULL_VALUE = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_VALUE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const SMALL_INT = /^[0-9]{1,15}$/;
const OTHER_NUMBER =
  /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** The entries of a flat `key: value` mapping, or undefined when the text needs the full YAML parser. */
export function parseFlatYaml(text: string): FlatEntry[] | undefined {
  if (!SAFE_TEXT.test(text)) return undefined;
  const entries: FlatEntry[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const line = text.slice(lineStart, lineEnd);
    if (line === '' || line[0] === '#') {
      lineStart = next;
      continue;
    }
    const entry = parseLine(line, lineStart);
    if (!entry) return undefined;
    entries.push(entry);
    lineStart = next;
  }
  return entries;
}

function parseLine(line: string, at: number): FlatEntry | undefined {
  const k = KEY_LINE.exec(line);
  if (!k || SPECIAL_KEYS.has(k[1])) return undefined;
  const key = k[1];
  const start = k[0].length;
  let value: FlatEntry['value'] = null;
  let end = start;
  const first = line[start];
  // Nothing (or only a comment) after the colon: null, an empty range where the value would start.
  if (first === undefined || first === '#') {
    // value stays null, range stays empty
  } else if (first === "'" || first === '"') {
    const re = first === "'" ? SINGLE_QUOTED : DOUBLE_QUOTED;
    re.lastIndex = start;
    const q = re.exec(line);
    if (!q) return undefined;
    value = q[1];
    end = start + q[1].length + 2;
  } else {
    if (!PLAIN_START.test(first)) return undefined;
    // A comment starts at ` #`; trailing spaces are not part of the value.
    const hash = line.indexOf(' #', start);
    end = hash < 0 ? line.length : hash;
    while (line.charCodeAt(end - 1) === 32) end--;
    const raw = line.slice(start, end);
    // `: ` or a final `:` would start a nested mapping (an error the library reports).
    if (raw.includes(': ') || raw.endsWith(':')) return undefined;
    if (NULL_VALUE.test(raw)) value = null;
    else if (BOOL_VALUE.test(raw)) value = first === 't' || first === 'T';
    else if (SMALL_INT.test(raw)) value = parseInt(raw, 10);
    // Other numbers (signs, floats, hex, octal, big integers) are left to the library's conversions.
    else if (OTHER_NUMBER.test(raw)) return undefined;
    else value = raw;
  }
  return { key, value, keyStart: at, keyEnd: at + key.length, valueStart: at + start, valueEnd: at + end };
}
