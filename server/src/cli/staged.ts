// `check --staged`: the posts staged in git, with their staged bytes (what the commit will contain, not the
// working tree), for the pre-commit hook.
import { execFileSync } from 'node:child_process';
import { UsageError } from './usage';

/** Staged `*.post.md` paths (relative to the current folder) → staged content. Empty when nothing is staged. */
export function stagedPosts(): Map<string, Uint8Array> {
  const git = (args: string[]) => execFileSync('git', args, { maxBuffer: 64 * 1024 * 1024 });
  let names: string[];
  try {
    // --relative: paths as seen from the current folder, like every other input of check.
    names = git(['diff', '--cached', '--name-only', '--relative', '--diff-filter=ACMR', '-z', '--', '*.post.md']).toString('utf8').split('\0').filter(Boolean);
  } catch {
    throw new UsageError('--staged は git リポジトリの中で実行してください');
  }
  const out = new Map<string, Uint8Array>();
  for (const name of names.sort()) out.set(name, new Uint8Array(git(['show', `:./${name}`])));
  return out;
}
