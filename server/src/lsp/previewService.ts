// The preview, report and posts-overview requests, answered from the full engine's lint results.
// Lives in the engine bundle (dist/engine.js): the renderer uses the policy rules' helpers.
import { existsSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReadText } from '../config/load';
import { approvalState, postGates, statusBucket } from '../preview/gate';
import { imageDataUri, imagePath } from '../preview/images';
import { renderPreviewPage } from '../preview/page';
import { renderThread } from '../preview/render';
import { renderReportHtml } from '../preview/report';
import { IMAGE_PLACEHOLDER, type PostsSummaryParams, type PostSummary, type PreviewParams, type PreviewResult, type ReportResult } from '../previewProtocol';
import { fmString } from '../rules/policy/util';
import { uriToPath } from './paths';
import type { LintedDocument, PostService } from './postService';

export function previewOf(service: PostService, linted: LintedDocument, params: PreviewParams): PreviewResult {
  const path = uriToPath(linted.uri);
  const config = service.configs.forPost(path, undefined).config;
  const images: string[] = [];
  const html = renderThread(linted.result, {
    config,
    actions: true,
    imageSrc: (img) => {
      const abs = path ? imagePath(path, img, service.readRoots(path)) : undefined;
      if (!abs || !existsSync(abs)) return undefined;
      let i = images.indexOf(abs);
      if (i < 0) i = images.push(abs) - 1;
      return `${IMAGE_PLACEHOLDER}${i}`;
    },
  });
  const gates = postGates(linted.result, config);
  const result: PreviewResult = {
    uri: linted.uri,
    version: linted.version,
    html,
    images,
    posts: linted.result.doc.posts.map((p) => ({ index: p.index, text: p.text, start: p.range.start, end: p.range.end, allowed: gates[p.index].allowed, reasons: gates[p.index].reasons })),
    bodyStart: linted.result.doc.bodyStart,
  };
  if (params.page) result.page = renderPreviewPage(html, { ...params.page, title: 'Post Policy: プレビュー', toolbar: true });
  return result;
}

export function reportOf(service: PostService, linted: LintedDocument): ReportResult {
  const path = uriToPath(linted.uri);
  const config = service.configs.forPost(path, undefined).config;
  const file = path ?? linted.uri;
  return { html: renderReportHtml([{ file, text: linted.result.doc.text, result: linted.result, config, imageSrc: (img) => (path ? imageDataUri(path, img, service.readRoots(path)) : undefined) }]) };
}

/** Lints each post (open buffer or disk) and sums it up for the posts view. */
export async function summariesOf(service: PostService, read: ReadText, params: PostsSummaryParams): Promise<PostSummary[]> {
  const out: PostSummary[] = [];
  for (const uri of params.uris) {
    const path = uriToPath(uri);
    const known = service.get(uri);
    let linted = known;
    if (!linted) {
      const text = path ? read(path) : undefined;
      if (text === undefined) continue;
      linted = await service.lint(TextDocument.create(uri, 'postmd', 0, text.replace(/^\uFEFF/, '')));
    }
    const config = service.configs.forPost(path, undefined).config;
    const { doc, findings } = linted.result;
    const approval = approvalState(doc, config);
    out.push({
      uri,
      bucket: statusBucket(approval, findings),
      status: approval.status,
      scheduled: fmString(doc, 'scheduled'),
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      configError: linted.configError,
    });
  }
  return out;
}
