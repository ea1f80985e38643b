// Stage 2 of the language server: the full engine, bundled on its own as dist/engine.js (see
// scripts/build.mjs) and loaded by staging.ts right after the first publish, or earlier when a request
// needs it. Everything heavy lives behind this file: the config loader (zod), every rule (re2js,
// libphonenumber, holiday_jp, exifr…) and the morphology loader (kuromoji).
import type { Diagnostic } from 'vscode-languageserver';
import type { ReadText } from '../config/load';
import { LineIndex } from '../engine/lineIndex';
import type { Morphology } from '../engine/morphology';
import { loadMorphology } from '../morphology';
import { compileWordClassesSliced } from '../rules/policy/nlp/wordClasses';
import { createNodeServices } from '../services';
import { SOURCE, toRange } from './diagnostics';
import { PostService, type LintedDocument } from './postService';
import { findPosts, isWorkspacePostPath, readPostText } from './workspacePosts';
import { previewOf, reportOf, summariesOf } from './previewService';
import type { PostsSummaryParams, PostSummary, PreviewParams, PreviewResult, ReportResult } from '../previewProtocol';

export interface Engine {
  readonly service: PostService;
  /** Loads kuromoji (once per process); the caller attaches it and re-lints. */
  loadMorphology(): Promise<Morphology | undefined>;
  /** Problems of every config file in use, by absolute path (files without problems are absent). */
  configProblems(): Map<string, Diagnostic[]>;
  /** Every `*.post.md` under the workspace folders (node_modules and hidden folders skipped). */
  findPosts(dirs: readonly string[]): string[];
  /** True when `path` is a post the workspace scan includes. */
  isWorkspacePost(path: string, dirs: readonly string[]): boolean;
  /** A post file's text as the CLI reads it (BOM stripped), undefined when unreadable. */
  readPost(path: string): string | undefined;
  /** Preview, approver's sheet and posts overview (issue 12, lsp/previewService.ts). */
  preview(linted: LintedDocument, params: PreviewParams): PreviewResult;
  report(linted: LintedDocument): ReportResult;
  summaries(params: PostsSummaryParams): Promise<PostSummary[]>;
}

export function createEngine(read: ReadText, workspaceDirs: () => string[]): Engine {
  const service = new PostService(read, createNodeServices(), workspaceDirs);
  return {
    service,
    async loadMorphology() {
      const m = await loadMorphology();
      // The semantic rules' word classes are compiled here, one class per turn of the event loop, instead of in one
      // ~100 ms block inside the first lint that needs them.
      if (m) await compileWordClassesSliced(m, () => new Promise<void>((resolve) => setTimeout(resolve, 0)));
      return m;
    },
    findPosts,
    isWorkspacePost: isWorkspacePostPath,
    readPost: readPostText,
    preview: (linted, params) => previewOf(service, linted, params),
    report: (linted) => reportOf(service, linted),
    summaries: (params) => summariesOf(service, read, params),
    configProblems() {
      const byFile = new Map<string, Diagnostic[]>();
      for (const [, state] of service.configs.all()) {
        for (const d of state.diagnostics) {
          let text = '';
          try {
            // At the start no text is needed (a refused file, e.g. a link out of the workspace, is not read for it).
            text = d.range.start > 0 ? (read(d.file) ?? '') : '';
          } catch {
            /* refused (device, FIFO, too large): positions fall back to the start */
          }
          const list = byFile.get(d.file) ?? [];
          list.push({ range: toRange(new LineIndex(text), d.range), severity: 1, source: SOURCE, code: 'config', message: d.message });
          byFile.set(d.file, list);
        }
      }
      return byFile;
    },
  };
}
