// The status of each workspace folder for the editor's status item: counts of findings by severity
// and, when the audit has scored applications, a summary of their sovereignty levels.
import type { AuditResult } from '../../engine';

export interface LevelSummary {
  /** Applications scored. */
  applications: number;
  /** Applications without any assessed objective. */
  unassessed: number;
  /** Number of applications at level 0, 1, 2, 3, 4. */
  byLevel: [number, number, number, number, number];
  /** The lowest level among the assessed applications. */
  minLevel?: number;
  /** Mean score (0–100 with the default weights) over all scored applications. */
  averageScore: number;
  /** Applications whose level is below their effective required level. */
  belowRequired: number;
}

export interface FolderStatus {
  uri: string;
  name: string;
  /** `indexing` until the first audit of the folder is done. */
  state: 'indexing' | 'ready';
  /** Landscape files of the folder. */
  files: number;
  /** Active findings by severity; suppressed ones apart; `skipped`: documents that are not ours. */
  counts: { error: number; warning: number; info: number; suppressed: number; skipped: number };
  asOf?: string;
  locale?: string;
  levels?: LevelSummary;
}

export interface StatusResult { version: string; folders: FolderStatus[] }

export function folderStatus(folder: { uri: string; name: string; files: number }, result: AuditResult | undefined): FolderStatus {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0, skipped: 0 };
  const status: FolderStatus = { uri: folder.uri, name: folder.name, state: result ? 'ready' : 'indexing', files: folder.files, counts };
  if (!result) return status;
  for (const f of result.findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.severity]++;
  }
  counts.skipped = result.skipped.length;
  status.asOf = result.asOf;
  status.locale = result.locale;
  const levels = levelSummary(result);
  if (levels) status.levels = levels;
  return status;
}

function levelSummary(result: AuditResult): LevelSummary | undefined {
  const scores = result.scores;
  if (!scores || !scores.size) return undefined;
  const s: LevelSummary = { applications: 0, unassessed: 0, byLevel: [0, 0, 0, 0, 0], averageScore: 0, belowRequired: 0 };
  let total = 0;
  for (const app of scores.values()) {
    s.applications++;
    total += app.score ?? 0;
    if (app.level === undefined) {
      s.unassessed++;
      continue;
    }
    const level = Math.max(0, Math.min(4, Math.round(app.level)));
    s.byLevel[level]++;
    s.minLevel = s.minLevel === undefined ? level : Math.min(s.minLevel, level);
    if (app.requiredLevel !== undefined && app.level < app.requiredLevel) s.belowRequired++;
  }
  s.averageScore = Math.round((total / s.applications) * 10) / 10;
  return s;
}
