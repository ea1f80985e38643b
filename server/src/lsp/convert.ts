// Converts engine findings and fixes into LSP diagnostics and code actions.
import {
  CodeAction,
  CodeActionKind,
  CreateFile,
  Diagnostic,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../engine/lineIndex';
import type { ConfigChange, Fix } from '../engine/types';
import { configEdits, newConfigText } from '../config/edit';
import { toRange } from './diagnostics';


/** Where a fix's config change goes: the nearest config file, or a new one to create. */
export interface ConfigTarget {
  path: string;
  /** Current text (open buffer or disk); undefined when the file does not exist yet. */
  text?: string;
}

/** Document changes applying a config change to its target file, creating the file when missing. */
export function configChangeEdits(change: ConfigChange, config: ConfigTarget): NonNullable<WorkspaceEdit['documentChanges']> {
  const fileUri = pathToFileURL(config.path).toString();
  if (config.text === undefined) {
    return [
      CreateFile.create(fileUri, { ignoreIfExists: true }),
      TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(fileUri, null), [
        TextEdit.insert({ line: 0, character: 0 }, newConfigText(change, config.path)),
      ]),
    ];
  }
  const configIndex = new LineIndex(config.text);
  const edits = configEdits(config.text, change, config.path);
  if (edits.length === 0) return [];
  return [
    TextDocumentEdit.create(
      OptionalVersionedTextDocumentIdentifier.create(fileUri, null),
      edits.map((e) => TextEdit.replace(toRange(configIndex, e.range), e.newText)),
    ),
  ];
}

/** One code action per fix: the document edit and any config edit together in one WorkspaceEdit. */
export function toCodeAction(fix: Fix, diagnostic: Diagnostic, uri: string, version: number, index: LineIndex, config?: ConfigTarget): CodeAction | undefined {
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
  if (fix.edits.length > 0) {
    documentChanges.push(
      TextDocumentEdit.create(
        OptionalVersionedTextDocumentIdentifier.create(uri, version),
        fix.edits.map((e) => TextEdit.replace(toRange(index, e.range), e.newText)),
      ),
    );
  }
  if (fix.configChange) {
    if (!config) return undefined;
    documentChanges.push(...configChangeEdits(fix.configChange, config));
  }
  const action = CodeAction.create(fix.title, { documentChanges }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (fix.isPreferred) action.isPreferred = true;
  return action;
}
