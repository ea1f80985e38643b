// Helpers for tests that run inside the extension host.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'post-policy.post-policy';

export interface PostPolicyApi {
  statusBarText(): string;
  statusBarWarning(): boolean;
  refreshStatusBar(): Promise<void>;
}

export function workspaceDir(): string {
  const dir = process.env.POST_POLICY_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'a workspace folder is open');
  return dir;
}

let counter = 0;
/** A fresh folder per test (the config lookup walks up from the post), removed by cleanup(). */
export function freshDir(name: string): string {
  const dir = join(workspaceDir(), `${name}-${Date.now()}-${counter++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function openPost(dir: string, name: string, text: string): Promise<vscode.TextEditor> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc);
}

export async function api(): Promise<PostPolicyApi> {
  const ext = vscode.extensions.getExtension<PostPolicyApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.activate();
}

/** Polls until `predicate` holds for the document's diagnostics from Post Policy. */
export async function waitForDiagnostics(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diags = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'post-policy');
    if (predicate(diags)) return diags;
    if (Date.now() > deadline) throw new Error(`timed out; diagnostics now: ${JSON.stringify(diags.map((d) => [code(d), d.message]))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function waitFor<T>(what: string, get: () => T | PromiseLike<T>, ok: (v: T) => boolean, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function code(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function href(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? d.code.target.toString() : undefined;
}

export function covered(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return doc.getText(d.range);
}
