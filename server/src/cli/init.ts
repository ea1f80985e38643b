// `post-policy init [--preset NAME] [フォルダ]`: writes a starter .postpolicy.json with Japanese comments.
// Never overwrites: an existing config file in that folder is an error (exit 2).
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_PRESET } from '../config/load';
import { presets } from '../config/presets';
import { UsageError } from './usage';

export const INIT_USAGE = `post-policy init [--preset 名前] [フォルダ]
    チーム設定 .postpolicy.json のひな形を作ります（既にあれば上書きしません）。`;

export function starterText(preset: string): string {
  return `// Post Policy のチーム設定（JSON、コメント可）。
// 投稿（*.post.md）のフォルダから上へたどって最も近い設定ファイルが使われます。
// 実際に効いている設定は post-policy config <投稿ファイル> で確認できます。
{
  // 継承する設定: 組み込みプリセット（${Object.keys(presets).sort().join(' / ')}）または相対パスのファイル。
  "extends": [${JSON.stringify(preset)}],

  // ルールごとの重大度: "off" | "info" | "warning" | "error"、またはオプション付きで ["warning", { … }]。
  "rules": {},

  // チームの公式アカウントと、リポスト・引用してよいアカウント（@ なし）。
  "accounts": { "own": [], "repostable": [] },

  // 公開してよい値（個人情報ルールで指摘しません）。窓口の連絡先だけを書きます。"/正規表現/" も使えます。
  "allow": { "phones": [], "emails": [], "addresses": [], "names": [] },

  // 用語リスト（prh 形式）。例: { "pattern": "子供", "expected": "子ども", "specs": [{ "from": "子供たち", "to": "子どもたち" }] }
  // specs が 1 つでも成り立たないと、設定ファイル全体が無効になります。
  "terms": []
}
`;
}

/** The starter for the default preset (tests check it against the schema). */
export const STARTER_TEXT = starterText(DEFAULT_PRESET);

export async function runInit(args: string[]): Promise<number> {
  let preset = DEFAULT_PRESET;
  let dir = '.';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--preset' || a.startsWith('--preset=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!v) throw new UsageError('--preset に値がありません');
      preset = v;
    } else if (a.startsWith('-')) throw new UsageError(`不明なオプション: ${a}`);
    else dir = a;
  }
  if (!presets[preset]) throw new UsageError(`不明なプリセット「${preset}」です。使えるもの: ${Object.keys(presets).sort().join(', ')}`);
  const target = resolve(dir);
  if (!existsSync(target)) throw new UsageError(`フォルダがありません: ${dir}`);
  const existing = CONFIG_FILE_NAMES.map((n) => join(target, n)).find((p) => existsSync(p));
  if (existing) {
    process.stderr.write(`post-policy: 設定ファイルが既にあります: ${relative(process.cwd(), existing) || existing}（上書きしません）\n`);
    return 2;
  }
  const file = join(target, CONFIG_FILE_NAMES[0]);
  writeFileSync(file, starterText(preset), { flag: 'wx' });
  process.stdout.write(`${relative(process.cwd(), file) || file} を作成しました（プリセット: ${preset}）。\n`);
  return 0;
}
