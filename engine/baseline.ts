// The baseline: the findings a team accepts for now, so that CI fails only on new ones.
// File (default `sova-baseline.json`, schema schemas/baseline.schema.json): pretty-printed JSON,
// one entry per active finding, sorted by file, rule, entity and fingerprint, so that a change of the
// baseline reads well in a diff. Paths are relative to the baseline file's folder; a finding matches
// an entry when its file and fingerprint (engine/formats/fingerprint.ts) are equal — line numbers
// play no part, so edits elsewhere in a file keep its findings matched.
import * as path from 'node:path';
import type { AuditResult } from './audit';
import type { EngineFinding } from './rule';
import { entityLabel } from './formats/common';
import { fingerprint } from './formats/fingerprint';

/** A baseline entry that no current finding matches (fixed since the baseline was made). */
export interface AbsentFinding { fingerprint: string; ruleId: string; file: string; entity?: string; message: string }

/** The outcome of comparing findings with a baseline file (`--baseline`). */
export interface BaselineMatch {
  /** Findings the baseline already holds: reported as `unchanged`, never failing the run. */
  unchanged: Set<EngineFinding>;
  /** Baseline entries without a current finding, by workspace root (absolute). */
  absent: Map<string, AbsentFinding[]>;
}

export const BASELINE_FILE = 'sova-baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Relative to the baseline file's folder, forward slashes. */
  file: string;
  /** `Kind/id` of the entity the finding is about. */
  entity?: string;
  /** The message when the baseline was made (for people reading it; not used to match). */
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: string;
  asOf: string;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

/** A baseline of every active (not suppressed) finding; `dir` is the folder the file will live in. */
export function createBaseline(results: AuditResult[], dir: string): Baseline {
  const findings: BaselineEntry[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      if (f.suppressed) continue;
      const entity = entityLabel(f);
      findings.push({ fingerprint: fingerprint(r, f), ruleId: f.ruleId, file: rel(dir, f.file), ...(entity ? { entity } : {}), message: f.message });
    }
  }
  findings.sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.entity ?? '', b.entity ?? '') || cmp(a.fingerprint, b.fingerprint));
  return { version: BASELINE_VERSION, tool: `sova ${results[0]?.version ?? ''}`.trim(), asOf: results[0]?.asOf ?? '', findings };
}

export function serializeBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

/** Reads a baseline file's text; throws BaselineError with a readable message when it is not one. */
export function parseBaseline(text: string): Baseline {
  let data: any;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new BaselineError(`not JSON: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object' || data.version !== BASELINE_VERSION || !Array.isArray(data.findings)) {
    throw new BaselineError(`not a sova baseline (expected {"version": ${BASELINE_VERSION}, "findings": [...]})`);
  }
  data.findings.forEach((e: any, i: number) => {
    if (!e || typeof e.fingerprint !== 'string' || typeof e.file !== 'string' || typeof e.ruleId !== 'string') {
      throw new BaselineError(`entry ${i + 1} needs the strings fingerprint, ruleId and file`);
    }
  });
  return { version: BASELINE_VERSION, tool: String(data.tool ?? ''), asOf: String(data.asOf ?? ''), findings: data.findings };
}

/**
 * Compares the findings with a baseline read from `dir`. Each entry matches at most one finding.
 * Entries without a finding are `absent` when their file lies in an audited workspace and in `scope`
 * (the CLI narrows the scope when single files are audited).
 */
export function matchBaseline(results: AuditResult[], baseline: Baseline, dir: string, scope: (file: string) => boolean = () => true): BaselineMatch {
  const open = new Map<string, BaselineEntry[]>();
  for (const e of baseline.findings) {
    const key = `${path.resolve(dir, e.file)}\u0000${e.fingerprint}`;
    (open.get(key) ?? open.set(key, []).get(key)!).push(e);
  }
  const unchanged = new Set<AuditResult['findings'][number]>();
  for (const r of results) {
    for (const f of r.findings) {
      if (f.suppressed) continue;
      const list = open.get(`${f.file}\u0000${fingerprint(r, f)}`);
      if (list?.length) {
        list.pop();
        unchanged.add(f);
      }
    }
  }
  const absent = new Map<string, AbsentFinding[]>();
  for (const list of open.values()) {
    for (const e of list) {
      const file = path.resolve(dir, e.file);
      const owner = results
        .filter((r) => file.startsWith(r.root.endsWith(path.sep) ? r.root : r.root + path.sep))
        .sort((a, b) => b.root.length - a.root.length)[0];
      if (!owner || !scope(file)) continue;
      const item: AbsentFinding = { fingerprint: e.fingerprint, ruleId: e.ruleId, file, message: e.message ?? '', ...(e.entity ? { entity: e.entity } : {}) };
      (absent.get(owner.root) ?? absent.set(owner.root, []).get(owner.root)!).push(item);
    }
  }
  return { unchanged, absent };
}

function rel(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
