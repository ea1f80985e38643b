// Explorer view 「Post Policy: 投稿」 (issue 12): the workspace's posts grouped by status (下書き / 承認待ち /
// 承認済み / 投稿済み), each with its scheduled time and error/warning counts, sorted by schedule. The server lints
// and classifies (postPolicy/postsSummary); this file only lists. Updates as posts change on disk or in the editor.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { POSTS_SUMMARY_REQUEST, type PostSummary } from '../../server/src/previewProtocol';

type Bucket = PostSummary['bucket'];
const BUCKETS: Bucket[] = ['draft', 'pending', 'approved', 'posted'];

function bucketLabel(b: Bucket): string {
  switch (b) {
    case 'draft':
      return vscode.l10n.t('Drafts');
    case 'pending':
      return vscode.l10n.t('Awaiting approval');
    case 'approved':
      return vscode.l10n.t('Approved');
    case 'posted':
      return vscode.l10n.t('Posted');
  }
}

const BUCKET_ICONS: Record<Bucket, string> = { draft: 'edit', pending: 'inbox', approved: 'pass', posted: 'check-all' };

type Node = { kind: 'bucket'; bucket: Bucket; items: PostSummary[] } | { kind: 'post'; item: PostSummary };

/** A tree row as the tests read it (command postPolicy.posts.snapshot). */
export interface PostsSnapshot {
  label: string;
  bucket: Bucket;
  items: { label: string; description: string; uri: string }[];
}

function scheduleKey(s: PostSummary): string {
  // Unscheduled posts last; ISO-like strings sort by time.
  return s.scheduled ? `0${s.scheduled}` : `1${s.uri}`;
}

class PostsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private summaries: PostSummary[] = [];
  private loading?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.post.md');
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.schedule()),
      watcher.onDidChange(() => this.schedule()),
      watcher.onDidDelete(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'postmd') this.schedule(600);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.languageId === 'postmd') this.schedule();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()),
      this.changed,
    );
  }

  schedule(delay = 200): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Re-reads every post of the workspace. */
  refresh(): Promise<void> {
    const run = async () => {
      const client = this.getClient();
      if (!client) return;
      const files = await vscode.workspace.findFiles('**/*.post.md', '**/node_modules/**');
      this.summaries = await client.sendRequest<PostSummary[]>(POSTS_SUMMARY_REQUEST, { uris: files.map((f) => f.toString()) });
      this.changed.fire(undefined);
    };
    this.loading = (this.loading ?? Promise.resolve()).then(run, run).catch(() => undefined);
    return this.loading;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return BUCKETS.map((bucket) => ({
        kind: 'bucket' as const,
        bucket,
        items: this.summaries.filter((s) => s.bucket === bucket).sort((a, b) => scheduleKey(a).localeCompare(scheduleKey(b))),
      }));
    }
    return node.kind === 'bucket' ? node.items.map((item) => ({ kind: 'post' as const, item })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'bucket') {
      const item = new vscode.TreeItem(`${bucketLabel(node.bucket)} (${node.items.length})`, node.items.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `bucket:${node.bucket}`;
      item.iconPath = new vscode.ThemeIcon(BUCKET_ICONS[node.bucket]);
      item.contextValue = 'postPolicy.bucket';
      return item;
    }
    const s = node.item;
    const uri = vscode.Uri.parse(s.uri);
    const item = new vscode.TreeItem(vscode.workspace.asRelativePath(uri, false), vscode.TreeItemCollapsibleState.None);
    item.id = `post:${s.uri}`;
    item.resourceUri = uri;
    const counts = [s.errors ? vscode.l10n.t('{0} errors', s.errors) : '', s.warnings ? vscode.l10n.t('{0} warnings', s.warnings) : ''].filter(Boolean).join(' · ');
    item.description = [s.scheduled ?? vscode.l10n.t('not scheduled'), counts].filter(Boolean).join(' · ');
    item.tooltip = [vscode.workspace.asRelativePath(uri, false), `${bucketLabel(s.bucket)}${s.status ? ` (status: ${s.status})` : ''}`, item.description, s.configError ?? ''].filter(Boolean).join('\n');
    item.iconPath = new vscode.ThemeIcon(s.errors ? 'error' : s.warnings ? 'warning' : BUCKET_ICONS[s.bucket]);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open post'), arguments: [uri] };
    item.contextValue = 'postPolicy.post';
    return item;
  }

  snapshot(): PostsSnapshot[] {
    return this.getChildren().map((b) => {
      const bucket = b as Extract<Node, { kind: 'bucket' }>;
      return {
        label: String(this.getTreeItem(bucket).label),
        bucket: bucket.bucket,
        items: this.getChildren(bucket).map((n) => {
          const t = this.getTreeItem(n);
          return { label: String(t.label), description: String(t.description ?? ''), uri: (n as Extract<Node, { kind: 'post' }>).item.uri };
        }),
      };
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Registers the Explorer view 「Post Policy: 投稿」 and its refresh command. */
export function registerPostsTree(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const tree = new PostsTree(getClient);
  tree.schedule(0);
  return [
    tree,
    vscode.window.createTreeView('postPolicy.posts', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.commands.registerCommand('postPolicy.posts.refresh', () => tree.refresh()),
    vscode.commands.registerCommand('postPolicy.posts.snapshot', async (refresh?: boolean) => {
      if (refresh) await tree.refresh();
      return tree.snapshot();
    }),
  ];
}
