// Word classes as data (server/src/rules/policy/lexicon/*.json), matched over kuromoji tokens by base form.
//
// An entry is written as plain Japanese in dictionary form (「言わざるを得る」「対象外」「傾向にある」); it is tokenized
// once with the same analyser and matched against a sentence's tokens by base form (or surface), so every
// conjugation of it matches: 言わざるを得ません, 言わざるを得ない. `…` in an entry allows a gap of a few tokens
// (「議会…前」 matches 議会に諮る前). Matching is indexed by the first token, so a lexicon of hundreds of entries
// costs a few map look-ups per token.
import type { Morphology, MorphToken } from '../../../engine/morphology';

export interface Entry {
  /** The entry as written in the lexicon. */
  text: string;
  /** Groups of words (base form and surface); a gap of up to GAP tokens is allowed between groups. */
  parts: Unit[][];
  /** Written ending in ない (「納得がいかない」): any negation (ない・ません・ず) must follow within three tokens. */
  negated: boolean;
}

/** A word of an entry: a token matches it when its base form or its surface is the same. */
export interface Unit {
  b: string;
  s: string;
}

export interface Lexicon {
  name: string;
  entries: Entry[];
  byFirst: Map<string, Entry[]>;
}

export interface Hit {
  entry: Entry;
  /** Token indexes [i, j) in the token list searched. */
  i: number;
  j: number;
  /** Offsets in the post text. */
  start: number;
  end: number;
}

const GAP = 8;
const compiled = new WeakMap<Morphology, Map<string, Lexicon>>();

/** Compiles (once per analyser) a word class from its entries. */
export function lexicon(morphology: Morphology, name: string, entries: readonly string[]): Lexicon {
  let byName = compiled.get(morphology);
  if (!byName) compiled.set(morphology, (byName = new Map()));
  let lex = byName.get(name);
  if (lex) return lex;
  lex = { name, entries: [], byFirst: new Map() };
  for (const text of entries) {
    // 「〔男の子〕なんだから」: words in 〔〕 are context for the tokenizer only (なんだから alone is cut differently).
    const parts = text
      .split('…')
      .map((p) => {
        const m = /^〔([^〕]*)〕(.*)$/.exec(p.trim());
        const context = m ? m[1] : '';
        return morphology.tokenize(context + (m ? m[2] : p.trim())).filter((t) => t.start >= context.length);
      })
      .filter((p) => p.length > 0);
    // 「納得がいかない」: the negation is matched in any form (いかない・いきません・いかず), so it is not part of the words.
    const last = parts[parts.length - 1];
    const negated = last.length > 1 && last[last.length - 1].basic === 'ない' && /助動詞|形容詞/.test(last[last.length - 1].pos[0]);
    if (negated) last.pop();
    const bases = parts.map((p) => p.map((t) => ({ b: t.basic, s: t.surface })));
    if (parts.length === 0) continue;
    const entry: Entry = { text, parts: bases, negated };
    lex.entries.push(entry);
    for (const first of new Set([bases[0][0].b, bases[0][0].s])) {
      const list = lex.byFirst.get(first) ?? [];
      list.push(entry);
      lex.byFirst.set(first, list);
    }
  }
  byName.set(name, lex);
  return lex;
}

const same = (t: MorphToken, unit: Unit) => t.basic === unit.b || t.surface === unit.s;

function matchPart(tokens: readonly MorphToken[], at: number, part: Unit[]): boolean {
  if (at + part.length > tokens.length) return false;
  for (let k = 0; k < part.length; k++) if (!same(tokens[at + k], part[k])) return false;
  return true;
}

/** End token index of `entry` matched at token `i`, or -1. */
function matchAt(tokens: readonly MorphToken[], i: number, entry: Entry): number {
  if (!matchPart(tokens, i, entry.parts[0])) return -1;
  let at = i + entry.parts[0].length;
  for (let p = 1; p < entry.parts.length; p++) {
    const part = entry.parts[p];
    let found = -1;
    for (let g = at; g <= Math.min(tokens.length - part.length, at + GAP); g++) {
      if (/^[。！？!?\n]$/.test(tokens[g]?.surface ?? '')) break;
      if (matchPart(tokens, g, part)) {
        found = g;
        break;
      }
    }
    if (found < 0) return -1;
    at = found + part.length;
  }
  if (entry.negated && !negationAt(tokens, at)) return -1;
  return at;
}

const NEGATION = new Set(['ない', 'ん', 'ぬ', 'ず', '無い']);

/** A negation within three tokens from `at` (できません: でき・ませ・ん). */
export function negationAt(tokens: readonly MorphToken[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    const t = tokens[k];
    if (t.pos[0] === '助動詞' && NEGATION.has(t.basic)) return true;
    if (t.pos[0] === '形容詞' && t.basic === 'ない') return true;
    if (t.basic === 'ある' && k === at) continue; // 意味がありません
    if (t.pos[0] !== '助動詞' && t.pos[0] !== '助詞') return false;
  }
  return false;
}

/** Every (longest, non-overlapping) occurrence of the lexicon's entries in `tokens`. */
export function find(tokens: readonly MorphToken[], lex: Lexicon): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const byBasic = lex.byFirst.get(tokens[i].basic);
    const bySurface = tokens[i].surface !== tokens[i].basic ? lex.byFirst.get(tokens[i].surface) : undefined;
    if (!byBasic && !bySurface) continue;
    const candidates = bySurface ? [...(byBasic ?? []), ...bySurface] : byBasic!;
    let best: Hit | undefined;
    for (const entry of candidates) {
      const j = matchAt(tokens, i, entry);
      if (j > i && (!best || j > best.j)) {
        const last = tokens[j - 1];
        best = { entry, i, j, start: tokens[i].start, end: last.start + last.surface.length };
      }
    }
    if (best) {
      hits.push(best);
      i = best.j - 1;
    }
  }
  return hits;
}

export function has(tokens: readonly MorphToken[], lex: Lexicon): boolean {
  return find(tokens, lex).length > 0;
}
