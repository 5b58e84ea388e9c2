// Test helpers: audit YAML snippets in an in-memory workspace, look at findings, apply fixes.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { audit, RULE_IDS, Workspace } from '../engine';
import type { AuditOptions, AuditResult, EngineFinding, Fix } from '../engine';
import { applyEdits } from '../engine/edits';
import { fromText } from '../engine/workspace';

/** A virtual workspace root; nothing is read from it (only the shipped catalogues are read from disk). */
export const ROOT = path.resolve('/virtual/ws');

export interface Snippets {
  /** Files relative to the root, e.g. `landscape/apps.yaml`. */
  [relPath: string]: string;
}

export interface TestAudit {
  ws: Workspace;
  result: AuditResult;
  /** Active and suppressed findings, optionally of one rule. */
  findings(ruleId?: string): EngineFinding[];
  /** Active (not suppressed) findings, optionally of one rule. */
  active(ruleId?: string): EngineFinding[];
  ids(): string[];
  text(rel: string): string;
}

/**
 * Audits the snippets with an optional `sova.config.yaml` text (default: none = defaults, with
 * `include` covering every snippet) as of `asOf` (default 2026-11-23) in `locale` (default en;
 * pass `locale: undefined` to use the config's locale).
 */
export function auditYaml(files: Snippets, opts: AuditOptions & { config?: string } = {}): TestAudit {
  const ws = new Workspace(ROOT, RULE_IDS);
  ws.setConfigText(opts.config ?? 'include: ["**/*.yaml", "**/*.yml"]\n');
  for (const [rel, text] of Object.entries(files)) ws.setText(path.join(ROOT, rel), text);
  const result = audit(ws, { asOf: opts.asOf ?? '2026-11-23', locale: 'locale' in opts ? opts.locale : 'en', ruleOverrides: opts.ruleOverrides });
  const of = (list: EngineFinding[], id?: string) => (id ? list.filter((f) => f.ruleId === id) : list);
  return {
    ws, result,
    findings: (id) => of(result.findings, id),
    active: (id) => of(result.findings.filter((f) => !f.suppressed), id),
    ids: () => result.findings.filter((f) => !f.suppressed).map((f) => f.ruleId),
    text: (rel) => ws.source(path.join(ROOT, rel))!.text,
  };
}

/** Shorthand: one Application document with the given extra YAML lines (indented at root level). */
export function app(id: string, body = ''): string {
  return `apiVersion: sova/v1\nkind: Application\nid: ${id}\nname: ${id}\n${body}`;
}

/** Applies a fix's edits to the files of a test audit; returns the new texts by relative path. */
export function applyFix(t: TestAudit, fix: Fix): Record<string, string> {
  const out: Record<string, string> = {};
  const byFile = new Map<string, Fix['edits']>();
  for (const e of fix.edits) (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)!).push(e);
  for (const [file, edits] of byFile) {
    const src = t.ws.source(file)!;
    const text = applyEdits(src.text, edits.map((e) => ({ start: src.offset(e.range.start), end: src.offset(e.range.end), newText: e.newText })));
    out[path.relative(ROOT, file).split(path.sep).join('/')] = text;
  }
  return out;
}

/** Re-audits after applying a fix to the files (the other files unchanged). */
export function reaudit(files: Snippets, changed: Record<string, string>, opts: AuditOptions & { config?: string } = {}): TestAudit {
  return auditYaml({ ...files, ...changed }, opts);
}

/** The text of a range in a file of the audit. */
export function textAt(t: TestAudit, f: { file: string; range: EngineFinding['range'] }): string {
  const src = t.ws.source(f.file) ?? fromText(f.file, '');
  return src.text.slice(src.offset(f.range.start), src.offset(f.range.end));
}

/** What a rule table test expects of one finding: the located text, and optionally message and severity. */
export interface Expected { at: string; message?: string | RegExp; severity?: string }

/** Asserts the active findings of a rule, in order: located text (`textAt`), message, severity. */
export function expectFindings(t: TestAudit, ruleId: string, expected: Expected[]): void {
  const found = t.active(ruleId).map((f) => ({ at: textAt(t, f), message: f.message, severity: f.severity }));
  assert.equal(found.length, expected.length, `${ruleId}: ${JSON.stringify(found)}`);
  expected.forEach((e, i) => {
    assert.equal(found[i].at, e.at, `${ruleId} #${i} location`);
    if (typeof e.message === 'string') assert.equal(found[i].message, e.message);
    else if (e.message) assert.match(found[i].message, e.message);
    if (e.severity) assert.equal(found[i].severity, e.severity);
  });
}
