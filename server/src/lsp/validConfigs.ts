// Team config texts the full loader accepted, remembered between starts (issue 13: a config must not slow the
// first diagnostics). The quick first pass cannot validate a config (zod alone takes longer to load than the
// whole start-up budget), so it trusts its cheap read of a team file only when this exact text was accepted by
// the loader of this very build before; otherwise it publishes only what the team config and the default agree on.
// Only hashes are stored (never a config's content), in the install's cache folder beside the V8 code cache.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** How many accepted texts are remembered (a handful of repositories and their recent edits). */
const KEEP = 64;

/** Two FNV-1a variants and the length: 72 bits, ample for telling a handful of texts apart (no node:crypto at start-up). */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}-${text.length.toString(16)}`;
}

/**
 * The memo file for the engine bundle at `engineFile`: named after its size and modification time, so a rebuilt
 * or updated engine (whose schema may accept other texts) starts a new memo. Undefined when there is no engine file.
 */
export function memoFileFor(engineFile: string): string | undefined {
  try {
    const st = statSync(engineFile);
    return join(dirname(engineFile), '.v8-cache', `valid-configs-${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}.json`);
  } catch {
    return undefined;
  }
}

export class ValidConfigMemo {
  private hashes: string[] | undefined;

  /** `file`: undefined when there is no build hash to tie the memo to (tsc output): nothing is remembered. */
  constructor(private readonly file: string | undefined) {}

  has(text: string): boolean {
    return this.load().includes(textHash(text));
  }

  /** Records an accepted text; written at once (write then rename), failures ignored (a read-only install). */
  add(text: string): void {
    const h = textHash(text);
    const list = this.load();
    if (list.includes(h) || !this.file) return;
    list.push(h);
    if (list.length > KEEP) list.splice(0, list.length - KEEP);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(list));
      renameSync(tmp, this.file);
    } catch {
      // not writable: the quick pass stays on the agreed findings only
    }
  }

  private load(): string[] {
    if (this.hashes) return this.hashes;
    try {
      const parsed = this.file ? (JSON.parse(readFileSync(this.file, 'utf8')) as unknown) : [];
      this.hashes = Array.isArray(parsed) ? parsed.filter((h): h is string => typeof h === 'string') : [];
    } catch {
      this.hashes = [];
    }
    return this.hashes;
  }
}
