// GitLab Code Quality report (a JSON array of Code Climate issues, `artifacts:reports:codequality`).
// Only active findings: suppressed ones are omitted, and so are findings already in the baseline.
// Severity: error → `critical` when the rule caps its objective at level 0 (no sovereignty left:
// JUR-001, JUR-002, JUR-005), other errors → `major`, warning → `minor`, info → `info`; `blocker` is
// not used. Paths are relative to the directory sova runs in (the repository root in CI).
import type { Formatter } from './common';
import { fileLabel, isActive, ruleMeta } from './common';
import { fingerprint } from './fingerprint';
import type { EngineFinding } from '../rule';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export function codeQualitySeverity(f: EngineFinding): CodeQualitySeverity {
  if (f.severity === 'info') return 'info';
  if (f.severity === 'warning') return 'minor';
  return ruleMeta(f.ruleId)?.cap === 0 ? 'critical' : 'major';
}

export const gitlab: Formatter = (results, opts) => {
  const issues = results.flatMap((r) => r.findings.filter((f) => isActive(f, opts)).map((f) => ({
    type: 'issue',
    check_name: f.ruleId,
    description: `${f.ruleId}: ${f.message}`,
    fingerprint: fingerprint(r, f),
    severity: codeQualitySeverity(f),
    location: {
      path: fileLabel(r, f.file, opts.cwd),
      lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 },
    },
  })));
  return JSON.stringify(issues, null, 2) + '\n';
};
