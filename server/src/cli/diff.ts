// A unified diff of two texts, line by line, for `check --fix-dry-run` (posts are small: an LCS table is fine).

function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export function lineDiff(file: string, before: string, after: string, context = 2): string {
  if (before === after) return '';
  const a = splitKeepingBreaks(before);
  const b = splitKeepingBreaks(after);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  type Op = { kind: ' ' | '-' | '+'; line: string; ai: number; bi: number };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', line: a[i], ai: i++, bi: j++ });
    // Removed lines before added ones, as diff(1) prints them.
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', line: a[i], ai: i++, bi: j });
    else ops.push({ kind: '+', line: b[j], ai: i, bi: j++ });
  }
  const out = [`--- ${file}\n`, `+++ ${file}（修正後）\n`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      k++;
      continue;
    }
    let from = Math.max(0, k - context);
    let to = k;
    // Extend the hunk while changes are within 2 × context lines of each other.
    while (to < ops.length) {
      let next = to;
      while (next < ops.length && ops[next].kind !== ' ') next++;
      let gap = next;
      while (gap < ops.length && ops[gap].kind === ' ') gap++;
      to = next;
      if (gap < ops.length && gap - next <= context * 2) to = gap;
      else break;
    }
    const end = Math.min(ops.length, to + context);
    const hunk = ops.slice(from, end);
    const aStart = hunk[0].ai + 1;
    const bStart = hunk[0].bi + 1;
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@\n`);
    for (const o of hunk) out.push(`${o.kind}${o.line.replace(/\r?\n$|\r$/, '')}\n`);
    k = end;
    from = end;
  }
  return out.join('');
}
