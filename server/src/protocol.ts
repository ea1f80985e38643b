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
}

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

/** Server command (workspace/executeCommand): arguments [postUri, ConfigChange]; edits the post's team config. */
export const APPLY_CONFIG_CHANGE_COMMAND = 'postPolicy.applyConfigChange';
