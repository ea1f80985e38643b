// format/front-matter: broken YAML front matter, reported where it breaks; the body is still linted.
import type { Rule } from '../../engine/rule';

export const frontMatterSyntax: Rule = {
  id: 'format/front-matter',
  description: 'フロントマター（先頭の --- で囲んだ YAML）が正しく書けているか',
  defaultSeverity: 'error',
  check(ctx) {
    for (const e of ctx.doc.frontMatter.errors) ctx.report({ message: e.message, range: e.range });
  },
};
