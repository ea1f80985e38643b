// `check --format sarif`: SARIF 2.1.0 for GitHub code scanning and other review tools, written result by result (the
// run's `results` come before its `tool`, which lists only the rules that were reported). Columns are UTF-16 code
// units (columnKind), exactly the editor's positions; fixes become SARIF `fixes` with replacements.
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../engine/types';
import { allRules } from '../rules';
import type { FileReport, ReportFinding, ReportRange } from './fileReport';
import type { OutputWriter, Write } from './formatters';
import { VERSION } from './version';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(r: ReportRange) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function artifactUri(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(f: ReportFinding) {
  const rule = allRules.find((r) => r.id === f.rule);
  const description = rule?.description ?? f.rule;
  const clause = f.clause ?? rule?.clause;
  const docs = `docs/rules/${f.rule}.md`;
  return {
    id: f.rule,
    name: f.rule.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: clause ? `${description}［${clause}］` : description },
    help: {
      text: `${description}${clause ? `\n根拠: ${clause}` : ''}\n詳しくは ${docs}`,
      markdown: `${description}${clause ? `\n\n**根拠**: ${clause}` : ''}\n\n詳しくは \`${docs}\``,
    },
    ...(f.docs && /^https?:/.test(f.docs) ? { helpUri: f.docs } : {}),
    defaultConfiguration: { level: LEVEL[rule && rule.defaultSeverity !== 'off' ? rule.defaultSeverity : 'warning'] },
    properties: { clause: clause ?? null, tags: [f.rule.split('/')[0]] },
  };
}

export function sarifWriter(write: Write, cwd: string): OutputWriter {
  const ruleIndex = new Map<string, number>();
  const rules: unknown[] = [];
  let first = true;
  write('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [');
  return {
    file(r: FileReport) {
      const artifactLocation = { uri: artifactUri(r.file, cwd), uriBaseId: 'SRCROOT' };
      for (const f of r.findings) {
        let index = ruleIndex.get(f.rule);
        if (index === undefined) {
          ruleIndex.set(f.rule, (index = rules.length));
          rules.push(ruleDescriptor(f));
        }
        const fixes = f.fixes.map((x) => ({
          description: { text: x.title },
          artifactChanges: [{ artifactLocation, replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
        }));
        const result = {
          ruleId: f.rule,
          ruleIndex: index,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
          ...(fixes.length > 0 ? { fixes } : {}),
        };
        write(`${first ? '\n' : ',\n'}        ${JSON.stringify(result)}`);
        first = false;
      }
    },
    end() {
      const tool = { driver: { name: 'post-policy', version: VERSION, semanticVersion: VERSION, rules } };
      const base = { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } };
      write(`${first ? '' : '\n      '}],\n      "tool": ${JSON.stringify(tool)},\n      "originalUriBaseIds": ${JSON.stringify(base)},\n      "columnKind": "utf16CodeUnits"\n    }\n  ]\n}\n`);
    },
  };
}
