// `check --format sarif`: SARIF 2.1.0 for GitHub code scanning and other review tools. Columns are UTF-16 code
// units (columnKind), exactly the editor's positions; fixes become SARIF `fixes` with replacements.
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LineIndex } from '../engine/lineIndex';
import type { Finding, OffsetRange, Severity } from '../engine/types';
import { allRules } from '../rules';
import type { ShownFile } from './formatters';
import { VERSION } from './version';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(index: LineIndex, range: OffsetRange) {
  const s = index.positionAt(range.start);
  const e = index.positionAt(range.end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

function artifactUri(file: string, cwd: string): string {
  const rel = relative(cwd, file).split(sep).join('/');
  return rel.split('/').map(encodeURIComponent).join('/');
}

export function toSarif(files: (ShownFile & { loaded?: { config?: { clauses: Record<string, string> } } })[], cwd: string): unknown {
  const used = new Map<string, number>();
  const ruleMeta: unknown[] = [];
  const byId = new Map(allRules.map((r) => [r.id, r]));
  const ruleIndex = (f: Finding): number => {
    let i = used.get(f.rule);
    if (i !== undefined) return i;
    const rule = byId.get(f.rule);
    const description = rule?.description ?? f.rule;
    const clause = f.clause ?? rule?.clause;
    const docs = `docs/rules/${f.rule}.md`;
    ruleMeta.push({
      id: f.rule,
      name: f.rule.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: description },
      fullDescription: { text: clause ? `${description}［${clause}］` : description },
      help: {
        text: `${description}${clause ? `\n根拠: ${clause}` : ''}\n詳しくは ${docs}`,
        markdown: `${description}${clause ? `\n\n**根拠**: ${clause}` : ''}\n\n詳しくは \`${docs}\``,
      },
      defaultConfiguration: { level: LEVEL[rule && rule.defaultSeverity !== 'off' ? rule.defaultSeverity : 'warning'] },
      properties: { clause: clause ?? null, tags: [f.rule.split('/')[0]] },
    });
    used.set(f.rule, (i = ruleMeta.length - 1));
    return i;
  };
  const results: unknown[] = [];
  for (const r of files) {
    const uri = artifactUri(r.file, cwd);
    const artifactLocation = { uri, uriBaseId: 'SRCROOT' };
    for (const f of r.findings) {
      const fixes = f.fixes
        .filter((x) => x.edits.length > 0)
        .map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation,
              replacements: x.edits.map((e) => ({ deletedRegion: region(r.index, e.range), insertedContent: { text: e.newText } })),
            },
          ],
        }));
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex(f),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(r.index, f.range) } }],
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'post-policy', version: VERSION, semanticVersion: VERSION, rules: ruleMeta } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
