// Small helpers for the benchmark scripts: percentiles and a fixed-seed text generator.

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

export function summary(ms: number[]): { p50: number; p95: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] };
}

export function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

/** Deterministic PRNG so every run lints the same posts. */
export function rng(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SENTENCES = [
  '子育てひろばでクリスマス会を開催します🎄',
  '日時：12月20日（土）10時～11時30分',
  '場所：上尾市子育て支援センター 多目的室',
  '申込不要・参加無料です。',
  '詳しくは市ホームページをご覧ください。https://www.city.ageo.lg.jp/page/hoiku.html',
  '保育所等の入所申込の一次募集を12月1日（月）から受け付けます。',
  '就労証明書は勤務先で記入していただく必要があります。',
  'ご不明な点は保育課（048-775-5111）までお問い合わせください。',
  'インフルエンザが流行しています。手洗い・うがいを心がけましょう😷',
  '#上尾市 #子育て #保育園',
  '本日の給食は、さつまいもご飯と豚汁でした🍠',
  '園庭で元気に遊ぶ子どもたちの様子をお届けします。',
  '台風接近のため、明日は臨時休園とします。',
  'ＦＡＱもあわせてご確認ください。',
];

/**
 * A realistic post file: optional front matter, 1–3 posts of a few sentences each. Posts are filled up to
 * about X's limit (140 full-width characters), as staff write them; one in ten runs over.
 */
export function generatePost(r: () => number): string {
  const pick = () => SENTENCES[Math.floor(r() * SENTENCES.length)];
  const posts: string[] = [];
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const lines: string[] = [];
    const budget = r() < 0.1 ? 200 : 60 + Math.floor(r() * 80);
    for (let used = 0; used < budget; ) {
      const s = pick();
      lines.push(s);
      used += s.length;
    }
    if (r() < 0.3) lines.push('![写真](images/photo.jpg)');
    if (r() < 0.3) lines.push('<!-- 担当メモ：投稿後に課内へ報告 -->');
    posts.push(lines.join('\n'));
  }
  const fm = r() < 0.7 ? '---\naccount: ageo_hoiku\ncategory: event\nscheduled: 2026-12-01T10:00+09:00\n---\n' : '';
  return fm + posts.join('\n---\n') + '\n';
}
