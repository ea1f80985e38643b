// A rule link in a diagnostic points at the page bundled in the extension (docs/rules/**, offline). VS Code opens a
// file link as source text; reviewers want to read the page, so a bundled rule page is shown as a Markdown preview
// in place of its source tab.
import * as vscode from 'vscode';

export function registerRuleDocsPreview(context: vscode.ExtensionContext): vscode.Disposable {
  // While developing the extension, the docs are files to edit: leave them as source.
  if (context.extensionMode === vscode.ExtensionMode.Development) return new vscode.Disposable(() => undefined);
  const root = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').path + '/';
  const isRulePage = (uri: vscode.Uri) => uri.scheme === context.extensionUri.scheme && uri.path.startsWith(root) && uri.path.endsWith('.md');
  const showAsPreview = async (editor: vscode.TextEditor | undefined) => {
    const uri = editor?.document.uri;
    if (!uri || !isRulePage(uri)) return;
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    const source = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    if (source) await vscode.window.tabGroups.close(source);
  };
  return vscode.window.onDidChangeActiveTextEditor((e) => void showAsPreview(e));
}
