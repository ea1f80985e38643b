// Publishes a post's diagnostics from either stage (quick pass or full engine) with two guarantees:
// - never older content over newer, across stages (quick passes stop once the engine is in, so this should not
//   arise; the guard makes it independent of timing). "Older" is by the order the server received the content
//   (`seq`), not by the client's version number: a client whose version goes down (a reopened buffer, a buggy
//   client) must still see its newest text checked;
// - a full result identical to the quick publish of the same version is not sent again: the editor already
//   shows it, and a second identical publish would look like a re-check to the client.
import type { Diagnostic } from 'vscode-languageserver';

export type Stage = 'quick' | 'full';

interface Last {
  seq: number;
  version: number;
  stage: Stage;
  /** The quick publish's diagnostics, serialised, to compare the full result with. */
  quickKey?: string;
}

export class DiagnosticsPublisher {
  private readonly last = new Map<string, Last>();

  constructor(private readonly send: (uri: string, version: number, diagnostics: Diagnostic[]) => Promise<void>) {}

  /**
   * Sends unless outdated or redundant; resolves to true when sent. `seq` orders the contents received for
   * `uri` (defaults to `version` for callers that trust the client's numbering).
   */
  async publish(uri: string, version: number, diagnostics: Diagnostic[], stage: Stage, seq = version): Promise<boolean> {
    const prev = this.last.get(uri);
    if (prev && seq < prev.seq) return false;
    // A quick result never replaces anything published for the same content.
    if (stage === 'quick' && prev && prev.seq >= seq) return false;
    if (stage === 'full' && prev?.stage === 'quick' && prev.seq === seq && prev.quickKey === JSON.stringify(diagnostics)) {
      this.last.set(uri, { seq, version, stage });
      return false;
    }
    this.last.set(uri, { seq, version, stage, quickKey: stage === 'quick' ? JSON.stringify(diagnostics) : undefined });
    await this.send(uri, version, diagnostics);
    return true;
  }

  /** The document was closed: its next open starts a new version sequence. */
  forget(uri: string): void {
    this.last.delete(uri);
  }
}
