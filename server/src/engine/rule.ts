// The contract every rule file implements: id, description, clause, check and fixes side by side.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  /** Folders whose files rules may read (the workspace, or the repository in the CLI); default: the post's own folder. */
  readonly readRoots?: readonly string[];
  readonly services: LintServices;
  report(report: Report): void;
  /** Gives the event loop a turn when the server's time slice is used up (a no-op in the CLI): rules that work
   * through a huge text piece by piece await it between pieces, so no rule blocks the editor for long. */
  pause?(): Promise<void>;
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

/** The bundled docs/rules/ folder (shipped in the .vsix and the CLI package), found upwards from this file. */
let docsRoot: string | undefined | null = null;
export function bundledDocsDir(): string | undefined {
  if (docsRoot !== null) return docsRoot;
  docsRoot = undefined;
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'docs', 'rules'))) return (docsRoot = join(dir, 'docs', 'rules'));
  }
  return docsRoot;
}

/** ruleDocsUrl's bundled pages by rule id (the bundled folder never moves while the process runs). */
const bundledUrls = new Map<string, string>();

/**
 * Link to the rule's documentation page (the diagnostic code's link): the team's `docsBaseUrl` when set (offices
 * that host the docs), else the page bundled with the extension or CLI, which opens offline.
 */
export function ruleDocsUrl(ruleId: string, docsBaseUrl?: string): string | undefined {
  if (docsBaseUrl) return `${docsBaseUrl.replace(/\/?$/, '/')}${ruleId}.md`;
  const dir = bundledDocsDir();
  if (!dir) return undefined;
  // Asked for every finding the CLI reports; building a file URL costs more than the rest of the finding's report.
  let url = bundledUrls.get(ruleId);
  if (url === undefined) bundledUrls.set(ruleId, (url = pathToFileURL(join(dir, `${ruleId}.md`)).href));
  return url;
}
