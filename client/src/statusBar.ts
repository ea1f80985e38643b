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

/**
 * What the status bar is showing: the count (`normal`, or `over` the limit), or a broken team config, either with
 * its last good version still in force (`configLastGood`) or, when no good version was ever loaded, the built-in
 * defaults (`configDefaults`: error colour, so it is not mistaken for an over-limit post).
 */
export type StatusBarState = 'hidden' | 'normal' | 'over' | 'configLastGood' | 'configDefaults';

export class CountStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('postPolicy.count', vscode.StatusBarAlignment.Right, 100);
  visible = false;
  state: StatusBarState = 'hidden';
  /** Theme colour id of the background, if any. */
  background?: 'statusBarItem.errorBackground' | 'statusBarItem.warningBackground';

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
    const over = post.weightedLength > post.limit;
    // Older servers sent only configError: that meant the last good config.
    const config = result.configState ?? (result.configError ? 'lastGood' : undefined);
    this.state = config === 'defaults' ? 'configDefaults' : config === 'lastGood' ? 'configLastGood' : over ? 'over' : 'normal';
    const icon = this.state === 'configDefaults' ? '$(error) ' : config ? '$(warning) ' : '';
    this.item.text = icon + formatCount(post, result.posts.length, units);
    this.background =
      this.state === 'configDefaults' ? 'statusBarItem.errorBackground' : this.state !== 'normal' ? 'statusBarItem.warningBackground' : undefined;
    this.item.backgroundColor = this.background ? new vscode.ThemeColor(this.background) : undefined;
    const tooltip = [
      over
        ? vscode.l10n.t('Over X\'s limit by {0} (weighted; CJK counts 2, a URL 23).', post.weightedLength - post.limit)
        : vscode.l10n.t('{0} left of X\'s limit (weighted; CJK counts 2, a URL 23).', post.limit - post.weightedLength),
    ];
    if (config === 'defaults') {
      tooltip.push(vscode.l10n.t('The team config has an error, and no valid version of it has been loaded since VS Code started: posts are checked with the built-in defaults (the recommended preset), not with the team\'s rules. Fix the file to apply them.'));
    } else if (config === 'lastGood') {
      tooltip.push(vscode.l10n.t('The team config has an error: the last valid version of it is still in force until the file is fixed.'));
    }
    if (result.configProblem) tooltip.push(`${vscode.workspace.asRelativePath(result.configProblem.path)}: ${result.configProblem.message}`);
    else if (result.configError) tooltip.push(result.configError);
    this.item.tooltip = tooltip.join('\n\n');
    this.item.show();
    this.visible = true;
  }

  hide(): void {
    this.item.hide();
    this.visible = false;
    this.state = 'hidden';
  }

  dispose(): void {
    this.item.dispose();
  }
}
