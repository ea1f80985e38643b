// "Add to the team's terms": asks which wording the team uses instead, then lets the server edit the config.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ADD_TERM_INTERACTIVE_COMMAND, APPLY_CONFIG_CHANGE_COMMAND } from '../../server/src/protocol';

export function registerAddTermCommand(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand(ADD_TERM_INTERACTIVE_COMMAND, async (uri: string, word: string) => {
    const expected = await vscode.window.showInputBox({
      title: vscode.l10n.t('Add "{0}" to the team\'s terms', word),
      prompt: vscode.l10n.t('Wording the team uses instead (leave empty to only flag it)'),
      value: '',
    });
    if (expected === undefined) return; // cancelled
    const term: Record<string, string> = { pattern: word };
    if (expected.trim()) term.expected = expected.trim();
    await client()?.sendRequest('workspace/executeCommand', { command: APPLY_CONFIG_CHANGE_COMMAND, arguments: [uri, { path: ['terms'], append: term }] });
  });
}
