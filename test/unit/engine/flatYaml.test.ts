// Property test: the front-matter fast path (engine/flatYaml.ts) gives exactly what the yaml library gives, on
// realistic, tricky and hostile generated front matter. Deterministic (fixed seed); any difference fails.
import { strict as assert } from 'node:assert';
import { parseFlatYaml } from '../../../server/src/engine/flatYaml';
import { parseFrontMatter, parseFrontMatterSlow, type FrontMatter } from '../../../server/src/engine/frontMatter';

const SEED = 20261201;

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const KEYS = [
  'account', 'category', 'scheduled', 'status', 'approved_by', 'approved_at', 'approved_hash', 'approved_override',
  'reply_to', 'in_reply_to', 'quote', 'repost', 'urgent', 'type', 'corrects', 'photo_consent', 'posted_at', 'posted_url',
];
const REALISTIC: Record<string, string[]> = {
  account: ['ageo_hoiku', 'komae_kosodate', 'city_ageo', '@ageo_hoiku', 'Ageo_Bousai'],
  category: ['event', 'notice', 'info', 'policy', 'other', 'emergency', 'イベント'],
  scheduled: ['2026-12-01T10:00+09:00', '2026-06-09T10:00+09:00', '2027-02-03T06:45+09:00', '2026-12-01', '2026-12-01 10:00', '12月1日 10時'],
  status: ['approved', 'draft', 'posted', 'review'],
  approved_by: ['保育課長', '広報課 山田', 'ＦＡＱ担当', 'Yamada Taro'],
  approved_at: ['2026-11-30T10:00:00+09:00', '2026-11-21T14:57:30+09:00', '2026-11-21T14:57:30.123Z'],
  approved_hash: ['sha256:5dc99192f62286e99994f19e53ffb72e76b6ab538372de304b670334229bf4c9', 'sha256:0', '"sha256:abc"'],
  approved_override: ['"error を確認のうえ承認: 緊急のため"', '緊急のため'],
  reply_to: ['https://x.com/ageo_hoiku/status/1234567890123456789', '1234567890123456789', '123456789012345'],
  in_reply_to: ['https://twitter.com/a/status/1'],
  quote: ['https://x.com/a/status/2', "'https://x.com/a/status/2'"],
  repost: ['https://x.com/city_ageo/status/3', 'true'],
  urgent: ['true', 'false', 'True', 'FALSE', 'yes', 'no'],
  type: ['correction', 'post', 'thread'],
  corrects: ['https://x.com/ageo_hoiku/status/99', 'posts/2026-12-01.post.md'],
  photo_consent: ['true', 'false', '~', 'null', ''],
  posted_at: ['2026-12-01T10:00:05+09:00'],
  posted_url: ['https://x.com/ageo_hoiku/status/1867000000000000000'],
};
const TRICKY = [
  '2026-12-01T10:00+09:00', 'true', 'True', 'TRUE', 'tRUE', 'false', 'null', 'Null', 'NULL', 'nULL', '~', '~x', '1e3', '1E3', '1e', '0x1F', '0x', '0o17', '0o8', '017',
  '.5', '5.', '-5', '+5', '-0', '0', '00', '123456789012345', '1234567890123456', '12345678901234567890', '.inf', '-.Inf', '.NaN', '.nan.', '1_000', '12:30',
  '1.2.3', '1e3x', '- x', '-x', '-', '?x', '? x', ':x', ': x', 'x:', 'x: y', 'x:y', 'a #b', 'a#b', '#b', ' #b', 'x  ', 'x \t', '', '   ',
  "'quoted'", '"quoted"', "'q' # c", '"q"  # c', "'q'#c", '"q"#c', "'q' x", '"q"x', "'it''s'", '"a\\"b"', '"tab\\t"', "''", '""', "'a' b", '"a"b', "'unterminated", '"unterminated',
  '全角　', '　全角', 'ｙｅｓ', '：コロン', 'url: https://x.com/a', 'https://x.com/a', 'https://x.com/a#frag', 'https://x.com/a #c', 'a, b', '[a]', '{a: b}',
  'a [b]', 'a {b}', 'a,b', '&anchor', '*alias', '!tag x', '|', '>', '%x', '@x', '`x`', 'a|b', 'a>b', 'a&b', 'a*b', 'a!b', 'a%b', 'a@b', 'x\u3000',
  'yes', 'no', 'on', 'off', 'y', 'n', '😀', 'a😀b', '\u00a0x', 'x\u00a0', '\u0085', 'x\u2028y', '\ufeffx', 'x\\y', "x'y", 'x"y', '<<', '=',
];
// Characters YAML gives a meaning to, plus whitespace, line breaks and some non-ASCII.
const HOSTILE = [...'-?:,[]{}#&*!|>\'"%@`~ \t\r\n\\.+_=<eEx0123456789abcXYZ', '\r\n', '\u3000', '：', 'あ', '😀', '\u0085', '\u2028', '\ufeff', '\u00a0', '\u0000', '\u007f', '\ud800'];

type Gen = () => number;
const pick = <T>(r: Gen, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const spaces = (r: Gen, p: number) => (r() < p ? ' '.repeat(1 + Math.floor(r() * 3)) : '');

function realistic(r: Gen): string {
  const keys = KEYS.filter(() => r() < 0.45);
  const eol = r() < 0.15 ? '\r\n' : '\n';
  const lines: string[] = [];
  for (const k of keys) {
    if (r() < 0.05) lines.push(pick(r, ['', '# 承認欄', '#', '# TODO: 確認']));
    let v = pick(r, REALISTIC[k]);
    if (r() < 0.2) v = v.replace(/\d(?=\D*$)/, String(Math.floor(r() * 10)));
    const sep = r() < 0.05 ? ':' + spaces(r, 1) : ': ';
    lines.push(`${k}${v === '' ? ':' + spaces(r, 0.3) : sep + v}${spaces(r, 0.05)}${r() < 0.03 ? ' # メモ' : ''}`);
  }
  if (r() < 0.03 && keys.length > 0) lines.push(`${pick(r, keys)}: dup`);
  return lines.map((l) => l + eol).join('') + (r() < 0.05 ? '' : '');
}

function tricky(r: Gen): string {
  const n = 1 + Math.floor(r() * 4);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = r() < 0.9 ? pick(r, KEYS) : pick(r, ['true', 'null', 'Yes', 'x-y', '_', 'a', 'k', 'a1', '__proto__', 'constructor', '1a', 'a b', 'ａ', '"k"', "'k'", '? k', 'k ']);
    const v = pick(r, TRICKY);
    lines.push(`${k}:${v === '' ? '' : ' '}${v}${spaces(r, 0.1)}`);
  }
  const eol = r() < 0.2 ? '\r\n' : '\n';
  return lines.join(eol) + (r() < 0.9 ? eol : '');
}

function hostile(r: Gen): string {
  const n = 1 + Math.floor(r() * 5);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const shape = r();
    if (shape < 0.1) {
      // Very long lines: long keys near the library's 1024-character limit for implicit keys, long values.
      lines.push(`${'k'.repeat(Math.floor(r() * 1100))}: ${'v'.repeat(Math.floor(r() * 3000))}`);
    } else if (shape < 0.2) {
      lines.push(`${pick(r, KEYS)}: ${pick(r, TRICKY)}`, `${pick(r, KEYS)}: ${pick(r, TRICKY)}`);
    } else {
      const junk = () => Array.from({ length: Math.floor(r() * 8) }, () => pick(r, HOSTILE)).join('');
      lines.push(r() < 0.6 ? `${r() < 0.8 ? pick(r, KEYS) : junk()}:${r() < 0.7 ? ' ' : ''}${junk()}` : junk());
    }
  }
  return lines.join(r() < 0.8 ? '\n' : '\r\n') + '\n';
}

/** Realistic front matter with a few characters YAML cares about dropped in: near misses for the fast path. */
function mutated(r: Gen): string {
  let t = realistic(r);
  for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
    const at = Math.floor(r() * (t.length + 1));
    t = t.slice(0, at) + pick(r, HOSTILE) + t.slice(at + (r() < 0.3 ? 1 : 0));
  }
  return t;
}

function fileOf(content: string, r: Gen): string {
  return `---${r() < 0.1 ? '\r\n' : '\n'}${content}${r() < 0.05 ? '...' : '---'}\n本文です。\n`;
}

/** Names to ask keyRange/valueRange for: every `name:` in the text and a couple that are absent. */
function probeKeys(text: string): string[] {
  const found = text.match(/(?<=^|[\r\n])[^:\r\n]*(?=:)/g) ?? [];
  return [...new Set([...found, ...found.map((k) => k.trim()), 'account', 'absent'])];
}

function assertSame(text: string): void {
  const fast = parseFrontMatter(text);
  const slow = parseFrontMatterSlow(text);
  const where = `front matter ${JSON.stringify(text.slice(0, 300))}`;
  assert.equal(fast.bodyStart, slow.bodyStart, where);
  const view = (fm: FrontMatter, keys: string[]) => ({
    range: fm.range,
    contentRange: fm.contentRange,
    present: fm.present,
    data: fm.data,
    errors: fm.errors,
    keyRanges: keys.map((k) => [k, fm.keyRange(k)]),
    valueRanges: keys.map((k) => [k, fm.valueRange(k)]),
  });
  const keys = probeKeys(text);
  // deepStrictEqual compares primitives with Object.is: -0, NaN and number vs. string all count.
  assert.deepStrictEqual(view(fast.frontMatter, keys), view(slow.frontMatter, keys), where);
}

/** Share of generated front matter the fast path reads itself (the rest falls back to the library). */
function fastShare(texts: string[]): number {
  let n = 0;
  for (const t of texts) {
    const open = /^---[ \t]*(\r\n|\n|\r)/.exec(t);
    const close = /^(---|\.\.\.)[ \t]*(\r\n|\n|\r|$)/m.exec(t.slice(open ? open[0].length : 0));
    if (open && close && parseFlatYaml(t.slice(open[0].length, open[0].length + close.index))) n++;
  }
  return n / texts.length;
}

describe('engine: front-matter fast path = yaml library (property test)', function () {
  this.timeout(20000);
  const r = rng(SEED);
  const sets = {
    realistic: Array.from({ length: 4000 }, () => fileOf(realistic(r), r)),
    tricky: Array.from({ length: 4000 }, () => fileOf(tricky(r), r)),
    hostile: Array.from({ length: 4000 }, () => fileOf(hostile(r), r)),
    mutated: Array.from({ length: 4000 }, () => fileOf(mutated(r), r)),
  };
  // The library emits process warnings for hostile keys such as `? k: v` (slow path behaviour, not tested here).
  const emitWarning = process.emitWarning;
  before(() => {
    process.emitWarning = ((w: string | Error, ...rest: never[]) => {
      if (!String(w).includes('Keys with collection values')) emitWarning.call(process, w, ...rest);
    }) as typeof process.emitWarning;
  });
  after(() => {
    process.emitWarning = emitWarning;
  });
  for (const [name, texts] of Object.entries(sets)) {
    it(`${texts.length} ${name} front matters (seed ${SEED})`, () => {
      for (const t of texts) assertSame(t);
    });
  }
  const share = Object.fromEntries(Object.entries(sets).map(([name, texts]) => [name, fastShare(texts)]));
  const pct = (name: keyof typeof sets) => `${name} ${(share[name] * 100).toFixed(0)} %`;
  it(`the fast path reads most front matter itself (${pct('realistic')}, ${pct('tricky')}, ${pct('mutated')}, ${pct('hostile')})`, () => {
    // Else the test would compare the library with itself.
    assert.ok(share.realistic > 0.7 && share.tricky > 0.2 && share.mutated > 0.2, JSON.stringify(share));
  });
  it('examples from the issue', () => {
    for (const v of TRICKY) assertSame(`---\nscheduled: ${v}\n---\n`);
    assertSame('---\r\naccount: ageo_hoiku\r\ncategory: event\r\n---\r\n本文\r\n');
    assertSame('---\naccount: a\naccount: b\ncategory: event\ncategory: c\n---\n');
    assertSame('---\na: 1\nb: 2\na: 3\n---\n');
    assertSame('---\napproved_by:\nurl: https://x.com/a\n# メモ\n\napproved_at:   \n---\n');
  });
});
