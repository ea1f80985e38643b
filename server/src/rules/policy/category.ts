// policy/category: `category` must be one of the categories the policy allows (上尾 4(2)ア〜オ; 狛江 第5条).
import { z } from 'zod';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { atMost, fmRange, fmStartRange, fmString, parseOptions, setFrontMatterEdits, yamlScalar } from './util';

export const categoryOptionsSchema = z.object({
  /** What each category covers (shown in messages and completion), e.g. {"event": "公開行事等（4(2)ウ）"}. */
  descriptions: z.record(z.string(), z.string()).optional(),
  /** Report posts without a category (as a warning). Default true. */
  required: z.boolean().optional(),
}).strict();

export function categoryDescriptions(options: Record<string, unknown> | undefined): Record<string, string> {
  const parsed = categoryOptionsSchema.safeParse(options ?? {});
  return (parsed.success && parsed.data.descriptions) || {};
}

/** Edit distance, for picking the most likely intended category. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

export const category: Rule = {
  id: 'policy/category',
  optionsSchema: categoryOptionsSchema,
  description: 'front matter の category が、運用基準で発信できる情報の区分のいずれかか',
  clause: '発信する情報の区分',
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    const allowed = ctx.config.categories ?? [];
    if (allowed.length === 0 || doc.frontMatter.errors.length > 0) return;
    const options = parseOptions(ctx, 'policy/category', categoryOptionsSchema, {});
    const descriptions = options.descriptions ?? {};
    const list = allowed.map((c) => (descriptions[c] ? `${c}（${descriptions[c]}）` : c)).join('、');
    const raw = doc.frontMatter.data.category;
    const value = fmString(doc, 'category');
    if (value === undefined) {
      if (options.required === false && (raw === undefined || raw === null)) return;
      ctx.report({
        message: `category（発信する情報の区分）がありません。次のいずれかを書いてください: ${list}`,
        range: raw === undefined ? fmStartRange(doc) : fmRange(doc, 'category'),
        severity: atMost(ctx.severity, 'warning'),
        fixes: allowed.slice(0, 10).map((c) => ({ title: `category: ${c} を設定する${descriptions[c] ? `（${descriptions[c]}）` : ''}`, edits: setFrontMatterEdits(doc, [['category', yamlScalar(c)]]) })),
      });
      return;
    }
    if (allowed.includes(value)) return;
    const range = fmRange(doc, 'category');
    const best = [...allowed].sort((a, b) => distance(value.toLowerCase(), a.toLowerCase()) - distance(value.toLowerCase(), b.toLowerCase()))[0];
    const fixes: Fix[] = allowed.slice(0, 10).map((c) => ({
      title: `「${c}」に変更する${descriptions[c] ? `（${descriptions[c]}）` : ''}`,
      edits: setFrontMatterEdits(doc, [['category', yamlScalar(c)]]),
      isPreferred: c === best && distance(value.toLowerCase(), c.toLowerCase()) <= 2,
    }));
    ctx.report({ message: `category「${value}」は発信できる情報の区分にありません。次のいずれかにしてください: ${list}`, range, fixes });
  },
};
