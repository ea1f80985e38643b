// Custom LSP messages shared by the client and the server (declared once, imported by both).
// Plain method names and types, so client and server need not share one protocol library version.

export interface PostCountInfo {
  index: number;
  weightedLength: number;
  limit: number;
  /** Post region as LSP positions. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface PostCountsParams {
  textDocument: { uri: string };
}

export interface PostCountsResult {
  /** Document version the counts were computed for. */
  version: number;
  posts: PostCountInfo[];
  /** Problem with the team config, shown in the status bar (Japanese). */
  configError?: string;
  /**
   * With a config error, which config is checking the post: `lastGood` = the last good version of the team's
   * file (it was valid earlier in this session), `defaults` = the built-in defaults (no good version was ever loaded).
   */
  configState?: ConfigErrorState;
  /** The first problem of the broken config: its file and message (Japanese). */
  configProblem?: { path: string; message: string };
}

export type ConfigErrorState = 'lastGood' | 'defaults';

/** Request: counts of every post in a document, computed by the server's engine (the client never recounts). */
export const POST_COUNTS_REQUEST = 'postPolicy/postCounts';

/** Notification (server → client) after each lint of a document, so the status bar can refresh. */
export const COUNTS_CHANGED_NOTIFICATION = 'postPolicy/countsChanged';

export interface CountsChangedParams {
  uri: string;
  version: number;
}

/** Client command offered by the "add to terms" code action: asks for the wording, then runs APPLY_CONFIG_CHANGE_COMMAND. */
export const ADD_TERM_INTERACTIVE_COMMAND = 'postPolicy.addTermInteractive';

/**
 * Server command for clients without ADD_TERM_INTERACTIVE_COMMAND (Neovim, Emacs eglot, …): arguments [postUri, word].
 * Asks with window/showMessageRequest, then adds `{ pattern: word }` (flag only; the team writes `expected` in the file).
 */
export const ADD_TERM_COMMAND = 'postPolicy.addTerm';

/** initializationOptions.clientCommands: client-side commands the client implements (the VS Code client sends these). */
export const CLIENT_COMMANDS = [ADD_TERM_INTERACTIVE_COMMAND] as const;

/** Server command (workspace/executeCommand): arguments [postUri, ConfigChange]; edits the post's team config. */
export const APPLY_CONFIG_CHANGE_COMMAND = 'postPolicy.applyConfigChange';

/** Code action kind of "apply every safe fix" (for `editor.codeActionsOnSave`); same edits as `post-policy check --fix`'s first pass. */
export const FIX_ALL_KIND = 'source.fixAll.postPolicy';

/** Request: the findings that block an approval of a document (errors other than policy/approval), freshly linted. */
export const APPROVAL_CHECK_REQUEST = 'postPolicy/approvalCheck';

export interface ApprovalCheckParams {
  textDocument: { uri: string };
}

export interface BlockingFinding {
  rule: string;
  message: string;
  /** LSP position (0-based line, UTF-16 character) of the finding's start. */
  start: { line: number; character: number };
}

export interface ApprovalCheckResult {
  /** Document version the findings were computed for. */
  version: number;
  errors: BlockingFinding[];
}

/** Request: lint every `*.post.md` in the workspace folders and publish diagnostics for the ones not open. */
export const LINT_WORKSPACE_REQUEST = 'postPolicy/lintWorkspace';

export interface LintWorkspaceResult {
  /** Posts found (open or not). */
  files: number;
  /** Posts with at least one error / warning finding. */
  withErrors: number;
  withWarnings: number;
}
