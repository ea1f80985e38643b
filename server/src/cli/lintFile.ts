// Lints one post file the way every CLI command does: the nearest config (or --config), the file read exactly as
// the editor reads it (BOM stripped, not-UTF-8 bytes as U+FFFD), the tokenizer loaded once for the whole run.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { loadConfigFile, loadConfigForPost, type ConfigDiagnostic, type LoadedConfig } from '../config/load';
import { LineIndex } from '../engine/lineIndex';
import { lint, type LintResult } from '../engine/lint';
import { decodePostBytes, readPostFile } from '../io/postFile';
import { allRules } from '../rules';
import { createNodeServices, ensureMorphology } from '../services';

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
}

export function createFileLinter(configPath?: string): FileLinter {
  const explicit: LoadedConfig | undefined = configPath ? loadConfigFile(resolve(configPath)) : undefined;
  const cache = new Map<string, LoadedConfig>();
  const services = createNodeServices();
  const configFor = (absolute: string): LoadedConfig => {
    // Posts in one folder share their config: look it up once per folder.
    const dir = dirname(absolute);
    let loaded = explicit ?? cache.get(dir);
    if (!loaded) cache.set(dir, (loaded = loadConfigForPost(absolute)));
    return loaded;
  };
  const lintText = async (file: string, text: string, bom = false): Promise<LintedFile> => {
    const absolute = resolve(file);
    const loaded = configFor(absolute);
    // kuromoji is loaded once for all files, and only when a rule that needs it is enabled.
    await ensureMorphology(services, allRules, loaded.config!);
    const result = await lint(text, { rules: allRules, config: loaded.config!, services, filePath: absolute, configPath: loaded.path });
    return { file, text, bom, result, loaded };
  };
  return {
    async lint(file, bytes) {
      const loaded = configFor(resolve(file));
      if (!loaded.config) return { configError: formatConfigErrors(loaded.diagnostics) };
      const { text, bom } = bytes ? decodePostBytes(bytes) : readPostFile(resolve(file));
      return lintText(file, text, bom);
    },
    lintText: (file, text) => lintText(file, text),
  };
}

/** `file:line:col: 設定エラー: message`, one line per problem. */
export function formatConfigErrors(diags: ConfigDiagnostic[]): string {
  const texts = new Map<string, LineIndex>();
  return diags
    .map((d) => {
      let idx = texts.get(d.file);
      if (!idx) {
        let text = '';
        try {
          text = readFileSync(d.file, 'utf8');
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
