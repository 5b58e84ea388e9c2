// Shared helpers of the output formats. Formats are pure functions: results in, text out.
import type { AbsentFinding, BaselineMatch } from '../baseline';
import type { AppliedFix } from '../fix';
export type { AbsentFinding, BaselineMatch, AppliedFix };
import { OBJECTIVES } from '../types';
import type { AuditResult } from '../audit';
import { relativePath } from '../audit';
import type { EngineFinding } from '../rule';
import type { Locale, RuleMeta, Severity } from '../types';
import { ruleById } from '../../rules';
import { docsUrl } from '../docs';




export interface FormatOptions {
  /** Findings at or above this severity make the run fail (`never`: none). */
  failOn: Severity | 'never';
  color?: boolean;
  /** CSV field delimiter (default `;`). */
  delimiter?: string;
  /** Base directory for relative paths (default: each result's root). */
  cwd?: string;
  /** Set when the run compares with a baseline. */
  baseline?: BaselineMatch;
  /** Base URL of the rule pages (`…/LIC-001.md`); default: the pages shipped with sova (`docsUrl`). */
  docsBase?: string;
  /** Fixes applied by `--fix` in this run (stylish lists them). */
  applied?: AppliedFix[];
}

export type Formatter = (results: AuditResult[], opts: FormatOptions) => string;

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export type FindingStatus = 'active' | 'suppressed' | 'baselined';

export function statusOf(f: EngineFinding, opts?: Pick<FormatOptions, 'baseline'>): FindingStatus {
  if (f.suppressed) return 'suppressed';
  if (opts?.baseline?.unchanged.has(f)) return 'baselined';
  return 'active';
}

/** Shown as a problem: neither suppressed nor already in the baseline. */
export function isActive(f: EngineFinding, opts?: Pick<FormatOptions, 'baseline'>): boolean {
  return statusOf(f, opts) === 'active';
}

/** Does this finding fail the run under `failOn`? */
export function fails(f: EngineFinding, failOn: Severity | 'never', opts?: Pick<FormatOptions, 'baseline'>): boolean {
  return failOn !== 'never' && isActive(f, opts) && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
}

/** 0 = no active finding at or above `failOn`, 1 = at least one. The same for every format. */
export function exitCode(results: AuditResult[], failOn: Severity | 'never', opts?: Pick<FormatOptions, 'baseline'>): 0 | 1 {
  return results.some((r) => r.findings.some((f) => fails(f, failOn, opts))) ? 1 : 0;
}

/** A file as reports show it: relative to `cwd` when given, else to the workspace root; forward slashes. */
export function fileLabel(result: AuditResult, file: string, cwd?: string): string {
  return (cwd ? relativePath({ root: cwd }, file) : relativePath(result, file)) || '.';
}

/** A relative path as a URI reference: every segment escaped (`#` and `?` included), slashes kept. */
export function uriOfPath(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

export function counts(findings: EngineFinding[], opts?: Pick<FormatOptions, 'baseline'>) {
  const c = { error: 0, warning: 0, info: 0, suppressed: 0, baselined: 0 };
  for (const f of findings) {
    const s = statusOf(f, opts);
    if (s === 'active') c[f.severity]++;
    else c[s]++;
  }
  return c;
}

export function ruleMeta(ruleId: string): RuleMeta | undefined {
  return ruleById(ruleId)?.meta;
}

/** The link to a rule's documentation page. */
export function ruleLink(ruleId: string, opts: Pick<FormatOptions, 'docsBase'>): string {
  if (!opts.docsBase) return docsUrl(ruleId);
  return opts.docsBase.replace(/\/*$/, '/') + encodeURIComponent(ruleId) + '.md';
}

export function localeOf(results: AuditResult[]): Locale {
  return results[0]?.locale ?? 'de';
}

export const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  de: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** One application's sovereignty level, read defensively from `result.scores` (may be empty). */
export interface LevelRow {
  id: string;
  name: string;
  file?: string;
  /** Undefined = unassessed. */
  level?: number;
  requiredLevel?: number;
  score?: number;
  /** Objectives not assessed (shown apart, never rewarded). */
  unassessed: string[];
  /** Level per objective (SOV-1…8), when the scores carry them. */
  objectives: Record<string, { level: number; assessed: boolean; cappedBy: string[] }>;
}

export function levelRows(result: AuditResult): LevelRow[] {
  const rows: LevelRow[] = [];
  for (const s of result.scores.values()) {
    const objectives: LevelRow['objectives'] = {};
    for (const o of OBJECTIVES) {
      const x = s.objectives[o];
      objectives[o] = { level: x.level, assessed: x.assessed, cappedBy: [...new Set(x.cappedBy.map((c) => c.ruleId))] };
    }
    rows.push({
      id: s.entity.id, name: s.entity.name ?? s.entity.id, file: s.entity.file,
      level: s.level, requiredLevel: s.requiredLevel, score: s.score, unassessed: [...s.unassessed], objectives,
    });
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** "2", "unassessed", plus the unassessed objectives: "3 (SOV-8 unassessed)". */
export function levelText(row: LevelRow, locale: Locale): string {
  const un = locale === 'de' ? 'nicht bewertet' : 'unassessed';
  if (row.level === undefined) return un;
  return row.unassessed.length ? `${row.level} (${row.unassessed.join(', ')} ${un})` : String(row.level);
}

/** Does the level fall short of the required level? */
export function belowRequired(row: LevelRow): boolean {
  return row.level !== undefined && row.requiredLevel !== undefined && row.level < row.requiredLevel;
}

/** Report metadata every export records (rules.md, Reports). */
export function runInfo(results: AuditResult[]) {
  const first = results[0];
  return { asOf: first?.asOf ?? '', version: first?.version ?? '', catalogues: first?.catalogues ?? { spdx: '', standards: '', endOfLife: '', countries: '' } };
}

/** `entity kind/id` as one label ("Application/ratsinfo"), empty when the finding has none. */
export function entityLabel(f: EngineFinding): string {
  return f.entity ? `${f.entity.kind}/${f.entity.id}` : '';
}
