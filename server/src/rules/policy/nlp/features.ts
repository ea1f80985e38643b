// Features of one sentence for the statistical layer (nlp/model.ts, trained by `npm run train`), computed from the
// same per-sentence analysis the rules read (engine/postAnalysis.ts: kuromoji tokens, quotations, the writer's own
// words) and the same word classes (lexicon/*.json through nlp/lexicon.ts).
//
// A feature is a family and one to four keys, written as a string `family:key1|key2…` in the model files
// (`w:思う`, `b:と|思う`, `ec:思う|ます`, `l:opinion.evaluative`). Extraction does not build those strings: it calls
// `sink(family, k1, k2, k3, k4, start, end)` with the keys as they stand in the tokens, so scoring a sentence is a
// few Map look-ups per token (nlp/model.ts) and training (test/eval/train.ts) builds the strings from the same calls.
// `start`/`end` are the post-text offsets of the words that carry the feature (-1 for a sentence-level flag): a
// finding names them as its cue words.
//
// Families:
//   w   a base form of the writer's own words (outside 「…」『…』); numbers are # / ##, ASCII runs their shape
//   u   a word of a link (its domain: box.com, lg.jp; its pieces); mentions are left out
//   b   two consecutive own words (base forms)
//   q   a base form inside a quotation
//   e1 e2 e3   the last one, two, three own words before the sentence's closing symbols
//   ec  the sentence's last content word with the auxiliaries and final particles after it (思う|ます, ない|でしょ|う)
//   ea  those auxiliaries alone
//   l / lq  a word class (lexicon/*.json) hit in the own words / only inside a quotation; le: the entry itself;
//       lk: the kind of a group word (性別, 国籍・出身・ルーツ, …)
//   pol the polarity (+ / -) of an own content word (lexicon/polarity.json), alone and after an adverb (pol:+|adv)
//   pe  the sentence's last content word as a class: its part of speech, its polarity and the first auxiliary after it
//       (形容詞|-|です): an evaluation the lexicons have never seen still has the shape of one
//   f   flags: the sentence has a quotation, a quotation followed by と／って, ends as a question, the post has a
//       link, a source line, a mention; has a clock time, has one with a whereabouts word (a group of children going somewhere)
import type { MorphToken } from '../../../engine/morphology';
import type { Morphology } from '../../../engine/morphology';
import type { PostAnalysis, Sentence } from '../../../engine/postAnalysis';
import DISCRIMINATION from '../lexicon/discrimination.json';
import POLARITY from '../lexicon/polarity.json';
import { CLOCK, mentionsOf, urlsOf } from '../util';
import { scanAll, type Hit, type Lexicon } from './lexicon';
import { compileWordClasses } from './wordClasses';

export type Sink = (family: string, k1: string, k2: string | undefined, k3: string | undefined, k4: string | undefined, start: number, end: number) => void;

/** Shapes of ASCII runs: which character kinds (a A 9 !) and a length class, precomputed (no string building per token). */
const KIND_OF = new Map(Object.entries(DISCRIMINATION.groups).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

const SHAPES: string[] = [];
for (let kinds = 0; kinds < 16; kinds++) {
  for (const len of ['2', '4', '8', '16']) {
    SHAPES.push(`~${kinds & 1 ? 'a' : ''}${kinds & 2 ? 'A' : ''}${kinds & 4 ? '9' : ''}${kinds & 8 ? '!' : ''}${len}`);
  }
}

function asciiShape(s: string): string | undefined {
  if (s.length < 2) return undefined;
  let kinds = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) kinds |= 1;
    else if (c >= 0x41 && c <= 0x5a) kinds |= 2;
    else if (c >= 0x30 && c <= 0x39) kinds |= 4;
    else if (c > 0x20 && c < 0x7f) kinds |= 8;
    else return undefined;
  }
  // A plain word (password, Wi, Fi, Zoom) keeps its form; runs mixing kinds are values, described by their shape.
  if (kinds === 1 || kinds === 2 || ((kinds === 3) && s.length <= 8 && /^[A-Z]?[a-z]+$/.test(s))) return undefined;
  const len = s.length < 4 ? 0 : s.length < 8 ? 1 : s.length < 16 ? 2 : 3;
  return SHAPES[kinds * 4 + len];
}

/** The key of a token in the w/t/b/e families: its base form; numbers and code-like ASCII runs by their shape. */
export function keyOf(t: MorphToken): string {
  if (t.pos[1] === '数') return t.surface.length >= 4 ? '##' : '#';
  const c = t.surface.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return asciiShape(t.surface) ?? t.basic.toLowerCase();
  return t.basic;
}

const POLARITY_OF = new Map<string, string>([...POLARITY.positive.map((w) => [w, '+'] as const), ...POLARITY.negative.map((w) => [w, '-'] as const)]);
/** The polarity of a content word, or undefined. */
function polarityOf(t: MorphToken): string | undefined {
  const p = t.pos[0];
  if (p !== '名詞' && p !== '形容詞' && p !== '動詞' && p !== '副詞') return undefined;
  return POLARITY_OF.get(t.basic);
}
/** A word's class for pe: the part of speech, with the 名詞 kinds that predicate (形容動詞語幹, サ変接続). */
function classOf(t: MorphToken): string {
  return t.pos[0] === '名詞' ? `名詞-${t.pos[1]}` : t.pos[0];
}

const end = (t: MorphToken) => t.start + t.surface.length;
/** A token of spaces (kuromoji keeps runs of spaces as tokens). */
function blank(t: MorphToken): boolean {
  const s = t.surface;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x3000 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xa0) return false;
  }
  return true;
}
const BRACKETS = new Set(['「', '」', '『', '』']);
/** Closing symbols, emoji and spaces at the end of a sentence (not words). */
const closing = (t: MorphToken) => t.pos[0] === '記号' || blank(t);
const AUX = new Set(['助動詞']);
/** Final particles and the particles of a sentence ending (か, よ, ね, な, の, けど, のに). */
const ENDING_PARTICLE = new Set(['終助詞', '接続助詞', '副助詞／並立助詞／終助詞']);

const AUX_SCRATCH: string[] = [];
const NO_HITS: readonly Hit[] = [];
let indexedIn: readonly Lexicon[] | undefined;
const indexOfName = new Map<string, number>();
/** Index of the word class `name` in the analyser's list (looked up once per list). */
function lexiconIndex(lexicons: readonly Lexicon[], name: string): number {
  if (indexedIn !== lexicons) {
    indexedIn = lexicons;
    indexOfName.clear();
  }
  let at = indexOfName.get(name);
  if (at === undefined) indexOfName.set(name, (at = lexicons.findIndex((l) => l.name === name)));
  return at;
}


const QUESTION_END = /[？?🤔](?:[\s\p{Extended_Pictographic}\uFE0F]|#\S+)*$/u;
const SOURCE = /(?:出典|引用元|出所|参照元|参考|Source)[ \t\u3000]*[:：】\]]|[（(][^）)\n]*(?:調べ|集計|発表|より|に掲載|で公開)[）)]/i;

interface PostFlags {
  url: boolean;
  source: boolean;
  mention: boolean;
  /** Links and mentions: start, end, kind (1 link, 2 mention), … */
  entities: number[];
}
const postFlags = new WeakMap<PostAnalysis, PostFlags>();

function flagsOf(a: PostAnalysis, text: string): PostFlags {
  let f = postFlags.get(a);
  if (!f) {
    const urls = urlsOf(text);
    const mentions = text.includes('@') || text.includes('＠') ? mentionsOf(text) : [];
    const entities: number[] = [];
    for (const u of urls) entities.push(u.indices[0], u.indices[1], 1);
    for (const m of mentions) entities.push(m.indices[0], m.indices[1], 2);
    postFlags.set(a, (f = { url: urls.length > 0, source: SOURCE.test(text), mention: mentions.length > 0, entities }));
  }
  return f;
}

function entityAt(entities: number[], offset: number): number {
  for (let k = 0; k < entities.length; k += 3) if (entities[k] <= offset && offset < entities[k + 1]) return entities[k + 2];
  return 0;
}

/** The last two labels of a host (box.com, lg.jp, go.jp), lower case. */
function domainOf(host: string): string {
  const labels = host.toLowerCase().split('/')[0].split('.').filter(Boolean);
  return labels.slice(-2).join('.');
}

/**
 * Calls `sink` once per feature occurrence of sentence `s` of the post (`text` is the post's text, `a` its
 * analysis). The order of the calls is fixed (same sentence → same calls).
 */
export function sentenceFeatures(morphology: Morphology, text: string, a: PostAnalysis, s: Sentence, sink: Sink): void {
  compileWordClasses(morphology);
  const own = s.own;
  const f = flagsOf(a, text);
  // Own words: unigrams and bigrams. Words of a link are u (its domain, its pieces);
  // a mention is left out (a handle says nothing about the sentence).
  let prev: string | undefined;
  let prevStart = -1;
  let last = -1;
  for (let i = 0; i < own.length; i++) {
    const t = own[i];
    if (blank(t) || BRACKETS.has(t.surface)) continue;
    const e = end(t);
    const entity = f.entities.length === 0 ? 0 : entityAt(f.entities, t.start);
    if (entity !== 0) {
      if (entity === 1 && !closing(t)) sink('u', t.surface.includes('.') ? domainOf(t.surface) : keyOf(t), undefined, undefined, undefined, t.start, e);
      prev = undefined;
      continue;
    }
    const k = keyOf(t);
    sink('w', k, undefined, undefined, undefined, t.start, e);
    const pol = polarityOf(t);
    if (pol !== undefined) sink('pol', pol, i > 0 && own[i - 1].pos[0] === '副詞' ? 'adv' : undefined, undefined, undefined, t.start, e);
    if (prev !== undefined) sink('b', prev, k, undefined, undefined, prevStart, e);
    prev = k;
    prevStart = t.start;
    if (!closing(t)) last = i;
  }
  // Quoted words.
  if (own !== s.tokens) {
    let j = 0;
    for (const t of s.tokens) {
      while (j < own.length && own[j].start < t.start) j++;
      if (j < own.length && own[j] === t) continue;
      if (blank(t) || BRACKETS.has(t.surface)) continue;
      sink('q', keyOf(t), undefined, undefined, undefined, t.start, end(t));
    }
  }
  // The sentence ending: the last words before closing symbols; the last content word and the auxiliaries after it.
  if (last >= 0) {
    const t1 = own[last];
    sink('e1', keyOf(t1), undefined, undefined, undefined, t1.start, end(t1));
    let p2 = last - 1;
    while (p2 >= 0 && blank(own[p2])) p2--;
    if (p2 >= 0) {
      const t2 = own[p2];
      sink('e2', keyOf(t2), keyOf(t1), undefined, undefined, t2.start, end(t1));
      let p3 = p2 - 1;
      while (p3 >= 0 && blank(own[p3])) p3--;
      if (p3 >= 0) sink('e3', keyOf(own[p3]), keyOf(t2), keyOf(t1), undefined, own[p3].start, end(t1));
    }
    let c = last;
    while (c >= 0 && (AUX.has(own[c].pos[0]) || ENDING_PARTICLE.has(own[c].pos[1]) || (own[c].pos[0] === '動詞' && own[c].pos[1] === '非自立') || blank(own[c]))) c--;
    // Up to three auxiliaries after the content word, in order.
    const from = c + 1;
    const aux: string[] = AUX_SCRATCH;
    aux.length = 0;
    for (let k = from; k <= last && aux.length < 3; k++) if (!blank(own[k])) aux.push(own[k].basic);
    if (c >= 0) {
      sink('ec', keyOf(own[c]), aux[0], aux[1], aux[2], own[c].start, end(t1));
      sink('pe', classOf(own[c]), polarityOf(own[c]) ?? '0', aux[0] ?? '', undefined, own[c].start, end(t1));
    }
    if (aux.length > 0) sink('ea', aux[0], aux[1], aux[2], undefined, own[from].start, end(t1));
  }
  // Word classes in the own words and in quotations.
  const ownHits = scanAll(own, morphology);
  for (let id = 0; id < ownHits.hits.length; id++) {
    const hits = ownHits.hits[id];
    if (!hits || hits.length === 0) continue;
    const name = ownHits.lexicons[id].name;
    sink('l', name, undefined, undefined, undefined, hits[0].start, hits[0].end);
    for (const h of hits) sink('le', name, h.entry.text, undefined, undefined, h.start, h.end);
  }
  if (own !== s.tokens && s.quotes.length > 0) {
    const all = scanAll(s.tokens, morphology);
    for (let id = 0; id < all.hits.length; id++) {
      const hits = all.hits[id];
      if (!hits || hits.length === 0 || (ownHits.hits[id]?.length ?? 0) > 0) continue;
      const h = hits.find((x) => a.inQuote(x.start));
      if (h) sink('lq', all.lexicons[id].name, undefined, undefined, undefined, h.start, h.end);
    }
  }
  const groups = lexiconIndex(ownHits.lexicons, 'discrimination.groups');
  for (const h of ownHits.hits[groups] ?? NO_HITS) sink('lk', KIND_OF.get(h.entry.text) ?? '', undefined, undefined, undefined, h.start, h.end);
  // Flags.
  if (s.quotes.length > 0) {
    sink('f', 'quote', undefined, undefined, undefined, s.quotes[0].start, s.quotes[0].end);
    for (const q of s.quotes) {
      const after = s.tokens.find((t) => t.start >= q.end);
      if (after && (after.surface === 'と' || after.surface === 'って' || after.surface === 'との' || after.surface === 'という')) {
        sink('f', 'quote-to', undefined, undefined, undefined, q.start, end(after));
        break;
      }
    }
  }
  if (QUESTION_END.test(s.text)) sink('f', 'question', undefined, undefined, undefined, -1, -1);
  // When, for what staff know from their work (上尾 5(2)カ): a clock time, and a clock time together with a group of
  // children going somewhere (their time and place). A person named by an initial (Aくん) is no sign by itself: it is
  // what pii/person's own fix writes in place of a name (secretKnowledge.ts still reads an initial with circumstances).
  const clock = CLOCK.exec(s.text);
  if (clock) {
    sink('f', 'clock', undefined, undefined, undefined, s.start + clock.index, s.start + clock.index + clock[0].length);
    const where = ownHits.hits[lexiconIndex(ownHits.lexicons, 'secret.whereabouts')];
    if (where && where.length > 0) sink('f', 'clock-where', undefined, undefined, undefined, where[0].start, where[0].end);
  }
  if (f.url) sink('f', 'url', undefined, undefined, undefined, -1, -1);
  if (f.source) sink('f', 'source', undefined, undefined, undefined, -1, -1);
  if (f.mention) sink('f', 'mention', undefined, undefined, undefined, -1, -1);
}

/**
 * What the features of sentence `s` depend on besides its words (lexicon.ts's sameWords) and its text: the post's
 * flags (link, source, mention) as a number; undefined when they also depend on where the sentence stands (a
 * quotation, or a link or a mention inside it). Keep in step with sentenceFeatures.
 */
export function sentenceFeatureFlags(text: string, a: PostAnalysis, s: Sentence): number | undefined {
  if (s.own !== s.tokens || s.quotes.length > 0) return undefined;
  const f = flagsOf(a, text);
  for (let k = 0; k < f.entities.length; k += 3) if (f.entities[k] < s.end && s.start < f.entities[k + 1]) return undefined;
  return (f.url ? 1 : 0) | (f.source ? 2 : 0) | (f.mention ? 4 : 0);
}

/** The feature string of a sink call (training, model files); undefined when a key holds the separator. */
export function featureString(family: string, k1: string, k2?: string, k3?: string, k4?: string): string | undefined {
  const keys = k4 !== undefined ? [k1, k2!, k3!, k4] : k3 !== undefined ? [k1, k2!, k3] : k2 !== undefined ? [k1, k2] : [k1];
  if (keys.some((k) => k.includes('|'))) return undefined;
  return `${family}:${keys.join('|')}`;
}
