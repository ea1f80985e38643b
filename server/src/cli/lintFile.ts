// Lints one post file the way every CLI command does: the nearest config (or --config), the file read exactly as
// the editor reads it (BOM stripped, not-UTF-8 bytes as U+FFFD), the tokenizer loaded once for the whole run.
import { dirname, relative, resolve } from 'node:path';
import { existsFor, findConfigFile, loadConfigFile, loadConfigForPost, readTextFromDisk, type ConfigDiagnostic, type LoadedConfig } from '../config/load';
import { LineIndex } from '../engine/lineIndex';
import { lint, type LintResult } from '../engine/lint';
import { readBoundedText, RefusedFileError } from '../io/boundedRead';
import { outsideMessage } from '../io/confine';
import { decodePostBytes, readPostFile, type PostFileText } from '../io/postFile';
import { allRules } from '../rules';
import { createNodeServices, ensureMorphology, needsMorphology } from '../services';
import { CliScope } from './scope';

/** Rule id of the finding for a post file that was not read (not a configurable rule: it cannot be checked). */
export const REFUSED_FILE_RULE = 'format/unreadable-file';

export interface LintedFile {
  /** As given on the command line (for display). */
  file: string;
  text: string;
  bom: boolean;
  result: LintResult;
  loaded: LoadedConfig;
  /** Findings fixed by --fix / --fix-dry-run. */
  fixedCount?: number;
}

export interface FileLinter {
  /** Lints a file from disk, or the given bytes as that file (e.g. its staged content). */
  lint(file: string, bytes?: Uint8Array): Promise<LintedFile | { configError: string }>;
  /** Lints a new text for a file already read (after fixes). */
  lintText(file: string, text: string): Promise<LintedFile>;
  /** The folders the post's images may be read from (the report embeds them). */
  rootsFor(file: string): readonly string[];
  /** True when the file's config enables a rule that needs the tokenizer. */
  needsMorphology(file: string): boolean;
}

/**
 * `named`: the files, folders and globs given on the command line. A named file is read wherever it is; anything
 * else (posts found in a folder, images, extends) only inside the repository or a named folder (cli/scope.ts).
 */
export function createFileLinter(configPath?: string, named: readonly string[] = []): FileLinter {
  const scope = new CliScope(configPath ? [...named, configPath] : named);
  const rootsOf = (path: string) => scope.rootsFor(path);
  const explicit: LoadedConfig | undefined = configPath ? loadConfigFile(resolve(configPath), undefined, { roots: rootsOf(resolve(configPath)), named: true }) : undefined;
  const cache = new Map<string, LoadedConfig>();
  const byFile = new Map<string, LoadedConfig>();
  const services = createNodeServices();
  // Folders under the same config file share one load: the file is read and validated once, and the engine sees one
  // config object (a new one per folder made V8 recompile lint() for every folder).
  const loadShared = (absolute: string): LoadedConfig => {
    const file = findConfigFile(dirname(absolute), undefined, existsFor(readTextFromDisk)) ?? '';
    let loaded = byFile.get(file);
    if (!loaded) byFile.set(file, (loaded = loadConfigForPost(absolute, undefined, undefined, rootsOf)));
    return loaded;
  };
  const configFor = (absolute: string): LoadedConfig => {
    // Posts in one folder share their config: look it up once per folder.
    const dir = dirname(absolute);
    let loaded = explicit ?? cache.get(dir);
    if (!loaded) cache.set(dir, (loaded = loadShared(absolute)));
    return loaded;
  };
  const lintText = async (file: string, text: string, bom = false): Promise<LintedFile> => {
    const absolute = resolve(file);
    const loaded = configFor(absolute);
    // kuromoji is loaded once for all files, and only when a rule that needs it is enabled.
    await ensureMorphology(services, allRules, loaded.config!);
    const result = await lint(text, { rules: allRules, config: loaded.config!, services, filePath: absolute, configPath: loaded.path, readRoots: rootsOf(absolute) });
    return { file, text, bom, result, loaded };
  };
  return {
    async lint(file, bytes) {
      const loaded = configFor(resolve(file));
      if (!loaded.config) return { configError: formatConfigErrors(loaded.diagnostics) };
      let read: PostFileText | undefined;
      let refused: string;
      try {
        if (!bytes && !scope.mayRead(file)) throw new RefusedFileError(file, 'outside', `${outsideMessage(file)}（リポジトリの外を指すシンボリックリンクです。読むにはこのファイルを直接指定してください）`);
        read = bytes ? decodePostBytes(bytes) : readPostFile(resolve(file));
        refused = `投稿ファイル ${file} を読み込めません。`;
      } catch (e) {
        refused = e instanceof RefusedFileError ? e.message : `投稿ファイル ${file} を読み込めません（${(e as Error).message}）。`;
      }
      if (read) return lintText(file, read.text, read.bom);
      // A device, FIFO or oversized file is not read: one error finding, so CI fails visibly instead of hanging.
      const empty = await lint('', { rules: [] });
      const result: LintResult = { ...empty, posts: [], findings: [{ rule: REFUSED_FILE_RULE, severity: 'error', message: refused, range: { start: 0, end: 0 }, fixes: [] }] };
      return { file, text: '', bom: false, result, loaded };
    },
    lintText: (file, text) => lintText(file, text),
    rootsFor: (file) => rootsOf(resolve(file)),
    needsMorphology(file) {
      const config = configFor(resolve(file)).config;
      return !!config && needsMorphology(allRules, config);
    },
  };
}

/** `file:line:col: 設定エラー: message`, one line per problem. */
export function formatConfigErrors(diags: ConfigDiagnostic[]): string {
  const texts = new Map<string, LineIndex>();
  return diags
    .filter((d) => !d.reference) // the root causes, once (an extends chain would repeat them per level)
    .map((d) => {
      let idx = texts.get(d.file);
      // At the start no text is needed (a refused file, e.g. a link out of the repository, is not read for it).
      if (!idx && d.range.start === 0) idx = new LineIndex('');
      if (!idx) {
        let text = '';
        try {
          text = readBoundedText(d.file, 'config') ?? '';
        } catch {
          /* unreadable: position 0 */
        }
        texts.set(d.file, (idx = new LineIndex(text)));
      }
      const p = idx.positionAt(d.range.start);
      return `${relative(process.cwd(), d.file) || d.file}:${p.line + 1}:${p.character + 1}: 設定エラー: ${d.message}`;
    })
    .join('\n');
}
