// Reading and writing post files exactly as the editor does: UTF-8, a BOM stripped on read and put back on
// write, bytes that are not UTF-8 decoded to U+FFFD (format/encoding reports them), writes atomic.
import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Encoding from 'encoding-japanese';
import { readBoundedBytes } from './boundedRead';

export interface PostFileText {
  /** The text the engine lints: no BOM. */
  text: string;
  /** The file started with a UTF-8 BOM (kept when the file is written back). */
  bom: boolean;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodePostBytes(bytes: Uint8Array): PostFileText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: decoder.decode(bom ? bytes.subarray(3) : bytes), bom };
}

/**
 * Reads a post without trusting the repository (regular files only, size-capped: see boundedRead.ts). Undefined when
 * it does not exist; throws RefusedFileError for a device, FIFO or oversized file.
 */
export function readPostFile(path: string): PostFileText | undefined {
  const bytes = readBoundedBytes(path, 'post');
  return bytes && decodePostBytes(bytes);
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writePostFile(path: string, text: string, bom: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, bom ? Buffer.concat([BOM, Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8'));
  renameSync(tmp, path);
}

/** encoding-japanese's guess (`SJIS`, `EUCJP`, `JIS`, `UTF16`, …) for a file that is not UTF-8. */
export async function detectFileEncoding(path: string): Promise<string | undefined> {
  const bytes = readBoundedBytes(path, 'post');
  if (!bytes) return undefined;
  const guess = Encoding.detect(bytes);
  return typeof guess === 'string' && guess !== 'UTF8' && guess !== 'ASCII' && guess !== 'BINARY' ? guess : undefined;
}
