// format/encoding: a file that is not valid UTF-8 decodes to U+FFFD (the editor and the CLI decode it the same
// way); its text is garbage, so this finding replaces every other one instead of linting mojibake.
import type { Rule } from '../../engine/rule';
import type { PostDocument } from '../../engine/document';

/** Where the first replacement character is, or -1: the sign of bytes that were not UTF-8. */
export function garbledAt(doc: PostDocument): number {
  return doc.text.indexOf('\uFFFD');
}

const ENCODING_JA: Record<string, string> = { SJIS: 'Shift_JIS', EUCJP: 'EUC-JP', JIS: 'ISO-2022-JP（JIS）', UTF16: 'UTF-16', UTF16BE: 'UTF-16', UTF16LE: 'UTF-16', UTF32: 'UTF-32' };
const ICONV_NAME: Record<string, string> = { SJIS: 'SHIFT_JIS', EUCJP: 'EUC-JP', JIS: 'ISO-2022-JP', UTF16: 'UTF-16', UTF16BE: 'UTF-16BE', UTF16LE: 'UTF-16LE', UTF32: 'UTF-32' };

export const encoding: Rule = {
  id: 'format/encoding',
  description: 'ファイルが UTF-8 で保存されているか（文字化けした本文は検査できない）',
  defaultSeverity: 'error',
  async check(ctx) {
    if (garbledAt(ctx.doc) === -1) return;
    const detected = ctx.filePath && ctx.services.detectEncoding ? await ctx.services.detectEncoding(ctx.filePath) : undefined;
    const name = detected ? ENCODING_JA[detected] : undefined;
    const lineEnd = ctx.doc.text.search(/[\r\n]|$/);
    ctx.report({
      message:
        `このファイルは UTF-8 ではありません${name ? `（${name} のようです）` : ''}。文字化けした本文は検査できません。` +
        `UTF-8 で保存し直してください（VS Code: ステータスバーの文字コード →「エンコード付きで再度開く」→ ${name ?? '元の文字コード'} → 「エンコード付きで保存」→ UTF-8` +
        `${detected ? `。コマンドなら iconv -f ${ICONV_NAME[detected]} -t UTF-8 元のファイル > 新しいファイル` : ''}）。`,
      range: { start: 0, end: Math.max(0, lineEnd) },
    });
  },
};
