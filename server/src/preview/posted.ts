// 「投稿済みにする」(上尾 4(3)ウ・エ): after posting, the front matter records that it went out, when, and where.
import { parsePostDocument } from '../engine/document';
import type { TextEdit } from '../engine/types';
import { formatJst } from '../rules/policy/approvalHash';
import { setFrontMatterEdits, yamlScalar } from '../rules/policy/util';

/** An X post's address: https://x.com/<user>/status/<id> (twitter.com accepted). */
export const POST_URL = /^https:\/\/(?:x|twitter)\.com\/[A-Za-z0-9_]{1,15}\/status\/\d+(?:[/?#].*)?$/;

/** A Japanese message when `url` is not an X post's address ('' is allowed: the URL is optional). */
export function checkPostUrl(url: string): string | undefined {
  const u = url.trim();
  if (!u || POST_URL.test(u)) return undefined;
  return 'X の投稿の URL（https://x.com/アカウント/status/番号）を入力するか、空欄にしてください。';
}

/**
 * Front-matter edits recording a post as posted: `status: posted`, `posted_at` (JST) and, when given, `posted_url`.
 * The approval fields are kept (they still tie the record to the approved text). Throws (Japanese) on a broken
 * front matter or a URL that is not an X post's.
 */
export function postedEdits(text: string, now: Date = new Date(), url?: string): TextEdit[] {
  const problem = url !== undefined ? checkPostUrl(url) : undefined;
  if (problem) throw new Error(problem);
  const doc = parsePostDocument(text);
  const entries: [string, string | undefined][] = [
    ['status', 'posted'],
    ['posted_at', formatJst(now)],
  ];
  if (url && url.trim()) entries.push(['posted_url', yamlScalar(url.trim())]);
  return setFrontMatterEdits(doc, entries);
}
