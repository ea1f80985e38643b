// Team config per post, with the last good config kept in force while the file is broken.
import { dirname } from 'node:path';
import { defaultConfig, existsFor, findConfigFile, loadConfigFile, type ConfigDiagnostic, type ReadText } from '../config/load';
import type { ResolvedConfig } from '../config/resolved';

export interface ConfigState {
  config: ResolvedConfig;
  /** Nearest config file, if any. */
  path?: string;
  /**
   * Problems in that file (and files it extends); non-empty means `config` is the last good one, or the built-in
   * defaults when `usingDefaults`.
   */
  diagnostics: ConfigDiagnostic[];
  /** The file is broken and no good version of it was ever loaded in this session: `config` is the built-in defaults. */
  usingDefaults?: boolean;
}

export class ConfigStore {
  private readonly lastGood = new Map<string, ResolvedConfig>();
  private readonly states = new Map<string, ConfigState>();
  private readonly nearest = new Map<string, string | undefined>();
  /** Files read by some config (nearest files and the files they extend), to react to their changes. */
  private readonly used = new Set<string>();

  /** `rootsFor`: the folders a config file's `extends` may reach (the workspace; see config/load.ts ConfigScope). */
  constructor(
    private readonly read: ReadText,
    private readonly rootsFor?: (configFile: string) => readonly string[],
  ) {}

  /** Drops cached results so the next lookup re-reads the files (after a config edit or save). */
  invalidate(): void {
    this.states.clear();
    this.nearest.clear();
  }

  forPost(postPath: string | undefined, fallbackDir?: string): ConfigState {
    const dir = postPath ? dirname(postPath) : fallbackDir;
    if (dir && !this.nearest.has(dir)) this.nearest.set(dir, findConfigFile(dir, undefined, existsFor(this.read)));
    const path = dir ? this.nearest.get(dir) : undefined;
    if (!path) return { config: defaultConfig(), diagnostics: [] };
    let state = this.states.get(path);
    if (!state) {
      const loaded = loadConfigFile(path, this.read, { roots: this.rootsFor?.(path) });
      for (const f of loaded.files ?? [path]) this.used.add(f);
      if (loaded.config) this.lastGood.set(path, loaded.config);
      const lastGood = this.lastGood.get(path);
      // While the file is broken: checking goes on with the last good config, or the built-in default if there was none.
      state = { config: loaded.config ?? lastGood ?? defaultConfig(), path, diagnostics: loaded.diagnostics, usingDefaults: !loaded.config && !lastGood };
      this.states.set(path, state);
    }
    return state;
  }

  /** True when `path` is a config file or a file one extends (a change to it must reload configs). */
  uses(path: string | undefined): boolean {
    return !!path && this.used.has(path);
  }

  /** Every config file looked at so far, with its current problems (to publish or clear). */
  all(): [string, ConfigState][] {
    return [...this.states.entries()];
  }
}
