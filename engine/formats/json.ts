// The stable JSON report (schema: schemas/report.schema.json). Positions are 0-based like LSP; file
// paths are relative to the workspace root, the root relative to the current directory.
import type { Formatter, FormatOptions } from './common';
import { counts, exitCode, fileLabel, levelRows, statusOf } from './common';
import { fingerprint } from './fingerprint';
import type { AuditResult } from '../audit';
import type { EngineFinding } from '../rule';

export const JSON_REPORT_VERSION = 1;

export function findingJson(result: AuditResult, f: EngineFinding, cwd?: string, opts?: Pick<FormatOptions, 'baseline'>) {
  const rel = (file: string) => fileLabel(result, file, cwd);
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: rel(f.file),
    range: f.range,
    fingerprint: fingerprint(result, f),
    ...(opts?.baseline ? { baselineState: statusOf(f, opts) === 'baselined' ? 'unchanged' : 'new' } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.related ? { related: f.related.map((r) => ({ ...r, file: rel(r.file) })) } : {}),
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ title: x.title, ...(x.needsChoice ? { needsChoice: true } : {}), ...(x.preferred ? { preferred: true } : {}), edits: x.edits.map((e) => ({ ...e, file: rel(e.file) })) })) } : {}),
    ...(f.tags ? { tags: f.tags } : {}),
    ...(f.suppressed ? { suppressed: { ...f.suppressed, file: rel(f.suppressed.file) } } : {}),
  };
}

export const json: Formatter = (results, opts) => {
  const first = results[0];
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'sova', version: first?.version },
    asOf: first?.asOf,
    locale: first?.locale,
    catalogues: first?.catalogues,
    failOn: opts.failOn,
    exitCode: exitCode(results, opts.failOn, opts),
    workspaces: results.map((r) => {
      const levels = levelRows(r).map((row) => ({
        id: row.id, name: row.name, ...(row.file ? { file: fileLabel(r, row.file) } : {}),
        level: row.level ?? null,
        ...(row.requiredLevel !== undefined ? { requiredLevel: row.requiredLevel } : {}),
        ...(row.score !== undefined ? { score: row.score } : {}),
        unassessed: row.unassessed,
        objectives: row.objectives,
      }));
      const absent = opts.baseline ? opts.baseline.absent.get(r.root) ?? [] : undefined;
      return {
        root: opts.cwd ? fileLabel(r, r.root, opts.cwd) : r.root,
        summary: counts(r.findings, opts),
        ...(levels.length ? { levels } : {}),
        findings: r.findings.map((f) => findingJson(r, f, undefined, opts)),
        ...(absent ? { absent: absent.map((a) => ({ ...a, file: fileLabel(r, a.file) })) } : {}),
      };
    }),
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
