// policy/account: `account` must be one of the team's own accounts when the config lists them.
import type { Rule } from '../../engine/rule';
import { fmRange, fmString, normalizeHandle, setFrontMatterEdits, twitter, yamlScalar } from './util';

export const account: Rule = {
  id: 'policy/account',
  description: 'front matter の account が、設定（accounts.own）に登録したチームのアカウントか',
  clause: '運用するアカウント',
  defaultSeverity: 'error',
  check(ctx) {
    const own = ctx.config.accounts.own;
    const { doc } = ctx;
    if (own.length === 0 || doc.frontMatter.errors.length > 0) return;
    const raw = doc.frontMatter.data.account;
    if (raw === undefined) return;
    const value = fmString(doc, 'account');
    const range = fmRange(doc, 'account');
    const list = own.map((a) => `@${normalizeHandle(a)}`).join('、');
    if (value !== undefined && own.some((a) => normalizeHandle(a) === normalizeHandle(value))) return;
    const valid = value !== undefined && twitter.isValidUsername(`@${value.replace(/^[@＠]/, '')}`);
    ctx.report({
      message: value === undefined
        ? `account が空です。投稿するアカウント（${list}）を書いてください。`
        : `account「${value}」はこのチームのアカウントではありません${valid ? '' : '（X のユーザー名として正しくありません）'}。使えるもの: ${list}`,
      range,
      fixes: own.slice(0, 10).map((a, i) => ({ title: `「${normalizeHandle(a)}」にする`, edits: setFrontMatterEdits(doc, [['account', yamlScalar(a.replace(/^[@＠]/, ''))]]), isPreferred: i === 0 && own.length === 1 })),
    });
  },
};
