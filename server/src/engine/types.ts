// Core data types of the lint engine. Pure TypeScript: no vscode / LSP imports here.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** Severity as configured: `off` disables a rule. */
export type SeverityOrOff = Severity | 'off';

/** A half-open range of UTF-16 offsets into the whole document: [start, end). */
export interface OffsetRange {
  start: number;
  end: number;
}

/** Replace document[range] with newText (offsets into the linted document). */
export interface TextEdit {
  range: OffsetRange;
  newText: string;
}

/**
 * A change to the team config, described as data so the front end can apply it to the file's
 * current text (open buffer or disk) with comments and formatting preserved.
 */
export interface ConfigChange {
  /** JSON path of an array in the config, e.g. ['allow', 'phones']; created when missing. */
  path: string[];
  /** Value appended to that array (skipped when already present). */
  append: unknown;
}

export interface Fix {
  /** Japanese title shown in the quick-fix menu. */
  title: string;
  /** Edits to the linted document; all applied together as one undoable edit. */
  edits: TextEdit[];
  /** A change to the nearest team config (e.g. allowlisting a value); the file is created if missing. */
  configChange?: ConfigChange;
  /** Preferred fix (Ctrl+. applies it first). */
  isPreferred?: boolean;
  /**
   * Safe to apply without a person reading it (`--fix`, `source.fixAll`): the result is what the policy asks and
   * cannot garble the post. Only preferred, edit-only fixes may be safe.
   */
  safe?: boolean;
}

export interface Finding {
  /** Rule id, e.g. `count/max-length`. */
  rule: string;
  severity: Severity;
  /** Japanese message naming the policy clause. */
  message: string;
  range: OffsetRange;
  /** Policy clause, e.g. 「上尾市保育課 X 運用基準 5(2)カ」. */
  clause?: string;
  fixes: Fix[];
}

/** Per-post count figures: what the status bar, code lens and CLI JSON show. */
export interface PostCount {
  index: number;
  weightedLength: number;
  limit: number;
  /** Offsets of the post region in the document (separator lines excluded). */
  range: OffsetRange;
}
