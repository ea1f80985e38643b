// Everything the language server does with posts, apart from LSP plumbing: lint with the right
// config, remember results per document version, and turn them into diagnostics, actions and counts.
import { dirname, join } from 'node:path';
import { CodeActionKind, CompletionItemKind, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit, type WorkspaceEdit, type CodeAction, type CodeLens, type CompletionItem, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, type ConfigDiagnostic, type ReadText } from '../config/load';
import { fullWidthUnits } from '../engine/count';
import { shownTerm } from './shownTerm';
import { LineIndex } from '../engine/lineIndex';
import { lint, type LintResult } from '../engine/lint';
import type { LintServices } from '../engine/rule';
import type { ConfigChange, Finding } from '../engine/types';
import { safeEdits } from '../engine/fixAll';
import { blockingErrors } from '../rules/policy/approvalHash';
import { FIX_ALL_KIND, type BlockingFinding, type ConfigErrorState, type PostCountsResult } from '../protocol';
import { allRules } from '../rules';
import { frontMatterCompletions } from '../rules/policy/completions';
import { parsePostDocument } from '../engine/document';
import { ConfigStore } from './configStore';
import { configChangeEdits, toCodeAction } from './convert';
import { toDiagnostic, toRange } from './diagnostics';
import { isConfigUri, uriToPath } from './paths';
import { workspaceRootsFor } from './readRoots';
import { ADD_TERM_COMMAND, ADD_TERM_INTERACTIVE_COMMAND } from '../protocol';

export interface LintedDocument {
  uri: string;
  version: number;
  result: LintResult;
  index: LineIndex;
  diagnostics: Diagnostic[];
  configPath?: string;
  configError?: string;
  configState?: ConfigErrorState;
  configProblem?: { path: string; message: string };
}

export { isConfigUri, uriToPath };

/** Between rules, the server yields to the event loop after this long, so one document never blocks it for long. */
export const YIELD_EVERY_MS = 10;

export class PostService {
  readonly configs: ConfigStore;
  private readonly results = new Map<string, LintedDocument>();

  /** Client-side commands the client implements (initializationOptions.clientCommands); others get server commands. */
  clientCommands: ReadonlySet<string> = new Set();

  constructor(read: ReadText, readonly services: LintServices, private readonly workspaceDirs: () => string[]) {
    this.configs = new ConfigStore(read, (p) => this.readRoots(p));
  }

  /** Folders whose files a post or config at `path` may make the server read (images, extends): the workspace. */
  readRoots(path: string): readonly string[] {
    return workspaceRootsFor(path, this.workspaceDirs());
  }

  async lint(doc: TextDocument): Promise<LintedDocument> {
    const path = uriToPath(doc.uri);
    const state = this.configs.forPost(path, this.workspaceDirs()[0]);
    const text = doc.getText();
    const readRoots = path ? this.readRoots(path) : undefined;
    const result = await lint(text, { rules: allRules, config: state.config, services: this.services, filePath: path, configPath: state.path, readRoots, yieldEveryMs: YIELD_EVERY_MS });
    const index = new LineIndex(text);
    const linted: LintedDocument = {
      uri: doc.uri,
      version: doc.version,
      result,
      index,
      diagnostics: result.findings.map((f) => toDiagnostic(f, index, state.config.docsBaseUrl)),
      configPath: state.path,
      configError: state.diagnostics.length ? describeConfigError(state.diagnostics[0], !!state.usingDefaults) : undefined,
      configState: state.diagnostics.length ? (state.usingDefaults ? 'defaults' : 'lastGood') : undefined,
      configProblem: state.diagnostics.length ? { path: state.diagnostics[0].file, message: state.diagnostics[0].message } : undefined,
    };
    return linted;
  }

  remember(linted: LintedDocument): void {
    this.results.set(linted.uri, linted);
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  get(uri: string): LintedDocument | undefined {
    return this.results.get(uri);
  }

  counts(uri: string): PostCountsResult | null {
    const r = this.results.get(uri);
    if (!r) return null;
    return {
      version: r.version,
      posts: r.result.posts.map((p) => ({ index: p.index, weightedLength: p.weightedLength, limit: p.limit, range: toRange(r.index, p.range) })),
      configError: r.configError,
      configState: r.configState,
      configProblem: r.configProblem,
    };
  }

  /**
   * `source.fixAll.postPolicy`: one action with every safe fix of the document (engine/fixAll.ts safeEdits, the same
   * edits as the first pass of `post-policy check --fix`), or undefined when there is nothing safe to fix.
   */
  fixAllAction(uri: string): CodeAction | undefined {
    const r = this.results.get(uri);
    if (!r) return undefined;
    const { edits, fixed } = safeEdits(r.result.findings);
    if (edits.length === 0) return undefined;
    return {
      title: `安全な修正をすべて適用（${fixed.length} 件）`,
      kind: FIX_ALL_KIND,
      diagnostics: fixed.map((f) => r.diagnostics[r.result.findings.indexOf(f)]),
      edit: {
        documentChanges: [
          TextDocumentEdit.create(
            OptionalVersionedTextDocumentIdentifier.create(uri, r.version),
            edits.map((e) => TextEdit.replace(toRange(r.index, e.range), e.newText)),
          ),
        ],
      },
    };
  }

  /** The findings that block an approval (errors other than policy/approval), as LSP positions. */
  blockingFindings(linted: LintedDocument): BlockingFinding[] {
    return blockingErrors(linted.result.findings).map((f) => ({ rule: f.rule, message: f.message, start: linted.index.positionAt(f.range.start) }));
  }

  /**
   * Quick fixes and refactorings for `range`, and the fix-all source action; `only` (the request's
   * context.only) limits the kinds, as `editor.codeActionsOnSave` asks for `source.fixAll` alone.
   */
  codeActions(uri: string, range: Range, read: ReadText, only?: readonly string[]): CodeAction[] {
    const wanted = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions = wanted(CodeActionKind.QuickFix) || wanted(CodeActionKind.RefactorRewrite) ? this.rangeActions(uri, range, read) : [];
    const all = wanted(FIX_ALL_KIND) ? this.fixAllAction(uri) : undefined;
    if (all) actions.push(all);
    return actions.filter((a) => wanted(a.kind ?? ''));
  }

  private rangeActions(uri: string, range: Range, read: ReadText): CodeAction[] {
    const r = this.results.get(uri);
    if (!r) return [];
    const start = r.index.offsetAt(range.start);
    const end = r.index.offsetAt(range.end);
    const actions: CodeAction[] = [];
    r.result.findings.forEach((f, i) => {
      if (!overlaps(f, start, end)) return;
      for (const fix of f.fixes) {
        const target = fix.configChange ? this.configTarget(uri, r, read) : undefined;
        const action = toCodeAction(fix, r.diagnostics[i], uri, r.version, r.index, target);
        if (action) actions.push(action);
      }
    });
    const term = this.addTermAction(uri, r, start, end);
    if (term) actions.push(term);
    return actions;
  }

  /** On a selected word in a post's text: add it to the team's `terms` (the client asks for the wording to use). */
  private addTermAction(uri: string, r: LintedDocument, start: number, end: number): CodeAction | undefined {
    const word = r.result.doc.text.slice(start, end);
    if (end <= start || start < r.result.doc.bodyStart || word.length > 40 || /[\r\n]/.test(word) || !word.trim()) return undefined;
    return {
      title: `「${shownTerm(word)}」をチームの用語リスト（terms）に追加…`,
      kind: CodeActionKind.RefactorRewrite,
      // The VS Code client asks for the wording itself; any other client gets the server command (asks yes/no).
      command: this.clientCommands.has(ADD_TERM_INTERACTIVE_COMMAND)
        ? { title: 'チームの用語リストに追加', command: ADD_TERM_INTERACTIVE_COMMAND, arguments: [uri, word] }
        : { title: 'チームの用語リストに追加', command: ADD_TERM_COMMAND, arguments: [uri, word] },
    };
  }

  /** The workspace edit applying a config change to the config in force for `uri` (created when missing). */
  configChangeEdit(uri: string, change: ConfigChange, read: ReadText): WorkspaceEdit | undefined {
    const r = this.results.get(uri);
    const target = r ? this.configTarget(uri, r, read) : undefined;
    return target ? { documentChanges: configChangeEdits(change, target) } : undefined;
  }

  /** Code lenses for threads: `1/3 · 264/280` at each post's first line. */
  codeLenses(uri: string): CodeLens[] {
    const r = this.results.get(uri);
    if (!r || r.result.posts.length < 2) return [];
    const n = r.result.posts.length;
    return r.result.posts.map((p) => {
      const at = r.index.positionAt(r.result.doc.posts[p.index].toDocumentOffset(0));
      const over = p.weightedLength > p.limit ? ' ⚠ 上限超過' : '';
      return {
        range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } },
        command: { title: `${p.index + 1}/${n} · ${p.weightedLength}/${p.limit} · 全角${fullWidthUnits(p.weightedLength)}/${fullWidthUnits(p.limit)}${over}`, command: '' },
      };
    });
  }

  /** Front-matter completions (category, status, account…) from the config in force for the post. */
  completions(doc: TextDocument, position: Position): CompletionItem[] {
    const text = doc.getText();
    const index = new LineIndex(text);
    const offset = index.offsetAt(position);
    const state = this.configs.forPost(uriToPath(doc.uri), this.workspaceDirs()[0]);
    return frontMatterCompletions(parsePostDocument(text), offset, state.config).map((c, i) => ({
      label: c.label,
      kind: c.insertText ? CompletionItemKind.Property : CompletionItemKind.EnumMember,
      detail: c.detail,
      documentation: c.documentation,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range: toRange(index, c.range), newText: c.insertText ?? c.label },
    }));
  }

  private configTarget(uri: string, r: LintedDocument, read: ReadText) {
    if (r.configPath) return { path: r.configPath, text: read(r.configPath) };
    // No config yet: create one at the workspace folder holding the post (or beside it).
    const path = uriToPath(uri);
    const root = this.workspaceDirs().find((d) => path?.startsWith(d + '/')) ?? (path ? dirname(path) : this.workspaceDirs()[0]);
    return root ? { path: join(root, CONFIG_FILE_NAMES[0]), text: undefined } : undefined;
  }
}

function overlaps(f: Finding, start: number, end: number): boolean {
  return f.range.start <= end && start <= f.range.end;
}

function describeConfigError(d: ConfigDiagnostic, usingDefaults: boolean): string {
  return usingDefaults
    ? `設定ファイルに誤りがあります（正しい設定を一度も読み込めていないため、組み込みの既定の設定（recommended）で検査中）: ${d.message}`
    : `設定ファイルに誤りがあります（直前の正しい設定で検査中）: ${d.message}`;
}
