// The status bar item: the count of the post under the cursor, as the server computed it.
import * as vscode from 'vscode';
import type { PostCountInfo, PostCountsResult } from '../../server/src/protocol';

export type CountUnits = 'both' | 'weighted' | 'fullWidth';

/** Text for one post, e.g. `𝕏 264/280 · 全角132/140` (thread: `𝕏 2/3 · …`), in the user's preferred units. */
export function formatCount(post: PostCountInfo, total: number, units: CountUnits = 'both'): string {
  const fw = (n: number) => Math.ceil(n / 2);
  const thread = total > 1 ? `${post.index + 1}/${total} · ` : '';
  const weighted = `${post.weightedLength}/${post.limit}`;
  const fullWidth = vscode.l10n.t('Full-width {0}/{1}', fw(post.weightedLength), fw(post.limit));
  const counts = units === 'weighted' ? weighted : units === 'fullWidth' ? fullWidth : `${weighted} · ${fullWidth}`;
  return `𝕏 ${thread}${counts}`;
}

/** The post whose region holds `line` (the last post starting at or before it). */
export function postAtLine(posts: PostCountInfo[], line: number): PostCountInfo | undefined {
  let found = posts[0];
  for (const p of posts) if (p.range.start.line <= line) found = p;
  return found;
}

export class CountStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('postPolicy.count', vscode.StatusBarAlignment.Right, 100);
  visible = false;

  constructor() {
    this.item.name = vscode.l10n.t('Post Policy: character count');
  }

  show(result: PostCountsResult | null, line: number): void {
    const post = result ? postAtLine(result.posts, line) : undefined;
    if (!result || !post) {
      this.hide();
      return;
    }
    const units = vscode.workspace.getConfiguration('postPolicy').get<CountUnits>('statusBar.units', 'both');
    this.item.text = (result.configError ? '$(warning) ' : '') + formatCount(post, result.posts.length, units);
    const over = post.weightedLength > post.limit;
    this.item.backgroundColor = over || result.configError ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = [
      over
        ? vscode.l10n.t('Over X\'s limit by {0} (weighted; CJK counts 2, a URL 23).', post.weightedLength - post.limit)
        : vscode.l10n.t('{0} left of X\'s limit (weighted; CJK counts 2, a URL 23).', post.limit - post.weightedLength),
    ];
    if (result.configError) tooltip.push(result.configError);
    this.item.tooltip = tooltip.join('\n\n');
    this.item.show();
    this.visible = true;
  }

  hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    this.item.dispose();
  }
}
