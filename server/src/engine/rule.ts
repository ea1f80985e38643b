// The contract every rule file implements: id, description, clause, check and fixes side by side.
import type { ResolvedConfig } from '../config/resolved';
import type { PostDocument } from './document';
import type { Morphology } from './morphology';
import type { Fix, OffsetRange, Severity, SeverityOrOff } from './types';

export interface LintServices {
  /** Japanese morphology (kuromoji); undefined until the dictionary has loaded. */
  morphology?: Morphology;
  /** Reads a local file relative to the post (for image metadata); undefined when there is no file system. */
  readFile?: (absolutePath: string) => Promise<Uint8Array>;
  /** Guesses the encoding of a file that is not UTF-8 (`SJIS`, `EUCJP`, …), for format/encoding's message. */
  detectEncoding?: (absolutePath: string) => Promise<string | undefined>;
  /** Today's date (format/weekday reads the current year from it); defaults to the clock. Tests fix it. */
  now?: () => Date;
}

export interface Report {
  message: string;
  range: OffsetRange;
  /** Defaults to the configured severity; rules may choose a lower one for weaker evidence. */
  severity?: Severity;
  fixes?: Fix[];
}

export interface RuleContext {
  readonly doc: PostDocument;
  readonly config: ResolvedConfig;
  /** Options from the config (`["warning", {…}]`), validated by the rule. */
  readonly options: Record<string, unknown>;
  /** The configured severity of this rule. */
  readonly severity: Severity;
  /** The clause cited for this rule under the active preset. */
  readonly clause?: string;
  /** Absolute path of the post file, when linting a file. */
  readonly filePath?: string;
  /** Absolute path of the config file whose allowlists quick fixes should edit. */
  readonly configPath?: string;
  readonly services: LintServices;
  report(report: Report): void;
}

export interface Rule {
  /** Stable id, `<group>/<name>`, e.g. `pii/phone`. */
  id: string;
  /** One Japanese line: what the rule checks. */
  description: string;
  /** Clause cited when no preset overrides it. */
  clause?: string;
  /** Severity when the config does not mention the rule; `off` for rules only presets enable. */
  defaultSeverity: SeverityOrOff;
  /** Needs kuromoji: run again when the tokenizer becomes ready. */
  needsMorphology?: boolean;
  /** zod schema of the rule's options (`["warning", {…}]`); the config check reports violations at their position. */
  optionsSchema?: import('zod').ZodType;
  check(ctx: RuleContext): void | Promise<void>;
}

/** Link to the rule's documentation page (shown as the diagnostic code's link). */
export const DOCS_BASE = 'https://github.com/post-policy/post-policy/blob/main/docs/rules/';
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
