// The language server's two-stage start (issue 2: spawn → first diagnostics ≤ 150 ms).
//
// dist/server-core.js (built from server.ts, started by the boot file dist/server.js: lsp/boot.ts) holds the
// LSP wiring and the quick first pass (quickPass.ts: parser, count, format/count rules). The full engine
// (engine.ts) is a second bundle, dist/engine.js, next to it: compiling and initialising it (zod, re2js, libphonenumber, holiday_jp, exifr…) alone costs more than the budget, so the
// first publish cannot wait for it. It is required:
// - right after the first quick publish (the quick pass asks for it), or
// - on first need: a request that must answer from the full engine (code actions, completion, code lenses,
//   counts, executeCommand), a config file opened or changed, or the morphology timer.
// Before requiring it, the lints already scheduled run their quick pass (flushed by `beforeLoad`), so a
// request arriving together with didOpen does not delay that post's first publish by the engine's load.
// Once loaded, every open post is linted again by the full engine (`onLoad`) and the complete set published.
import { join } from 'node:path';
import type { Engine } from './engine';

/**
 * The second bundle, resolved from this file's folder: dist/ in the bundle (esbuild's __dirname is the
 * bundle's), out/server/src/lsp/ when run from tsc output (engine.js is compiled beside this file there).
 * (dist/server-core.js, run by the boot file dist/server.js, gets dist/ as __dirname.) A computed path, so
 * esbuild leaves the require alone instead of bundling the engine into the first stage.
 */
export const ENGINE_FILE = join(__dirname, 'engine.js');

export type EngineModule = typeof import('./engine');

export class StagedEngine {
  private engine?: Engine;
  private loading?: Promise<Engine>;

  constructor(
    private readonly create: (module: EngineModule) => Engine,
    /** Runs just before the engine is required: lets pending quick passes publish first. */
    private readonly beforeLoad: () => Promise<void>,
    /** Runs once the engine is in place: re-lint open posts with it. */
    private readonly onLoad: (engine: Engine) => void,
  ) {}

  /** The full engine, when it has loaded. */
  get current(): Engine | undefined {
    return this.engine;
  }

  /** Loads the engine once (from a timer, so the caller's publish goes out first); every caller shares it. */
  load(): Promise<Engine> {
    this.loading ??= new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => this.beforeLoad())
      .then(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const engine = this.create(require(ENGINE_FILE) as EngineModule);
        this.engine = engine;
        this.onLoad(engine);
        return engine;
      });
    return this.loading;
  }
}
