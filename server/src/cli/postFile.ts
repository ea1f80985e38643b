// Reads a post for `check` without trusting the repository: a post symlinked to /dev/zero, a FIFO or a file
// above the cap is not read; it gets one error finding instead, so CI fails visibly rather than hanging.
import { lint, type LintResult } from '../engine/lint';
import { readBoundedText, RefusedFileError } from '../io/boundedRead';

export type PostFileRead = { ok: true; text: string } | { ok: false; result: LintResult };

/** Rule id of the finding for a post file that was not read (not a configurable rule: it cannot be checked). */
export const REFUSED_FILE_RULE = 'format/unreadable-file';

export async function readPostFile(path: string): Promise<PostFileRead> {
  let message: string;
  try {
    const text = readBoundedText(path, 'post');
    if (text !== undefined) return { ok: true, text };
    message = `投稿ファイル ${path} を読み込めません。`;
  } catch (e) {
    message = e instanceof RefusedFileError ? e.message : `投稿ファイル ${path} を読み込めません（${(e as Error).message}）。`;
  }
  const empty = await lint('', { rules: [] });
  const result: LintResult = { ...empty, posts: [], findings: [{ rule: REFUSED_FILE_RULE, severity: 'error', message, range: { start: 0, end: 0 }, fixes: [] }] };
  return { ok: false, result };
}
