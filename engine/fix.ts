// `--fix` (and the editor's "fix all"): applies every unambiguous quick fix. Pure: no disk access —
// `planFixes` turns one audit result and the current texts into new texts, `fixAll` repeats
// audit → plan on the workspace's in-memory texts until nothing changes. The edits are the rules'
// minimal text replacements (engine/edits.ts), so comments and formatting elsewhere stay as written.
import type { AuditOptions, AuditResult } from './audit';
import { audit } from './audit';
import type { EngineFinding } from './rule';
import type { FileEdit, Fix, Position } from './types';
import type { Workspace } from './workspace';

/** What `--fix` changed, for the report. */
export interface AppliedFix { file: string; line: number; ruleId: string; title: string }

/**
 * Rules whose fixes `--fix` never applies: SUP-001 would delete a `sova-ignore` comment — an expired
 * or unused exception documents a decision; renewing or removing it is for a person to decide.
 */
export const NOT_AUTO_FIXED = new Set(['SUP-001']);

/** Enough for an entity with many fixes (one per entity and pass); each pass is one audit. */
export const DEFAULT_MAX_PASSES = 50;

export interface FixOptions {
  /** Only findings for which this holds (default: all). */
  filter?: (f: EngineFinding) => boolean;
  maxPasses?: number;
}

/**
 * The fix `--fix` applies for a finding, if any: its only fix that needs no choice, or — when it has
 * several — the one marked `preferred`. A finding with several and no preferred one is left alone.
 */
export function chooseFix(f: EngineFinding): Fix | undefined {
  if (f.suppressed || NOT_AUTO_FIXED.has(f.ruleId)) return undefined;
  const candidates = (f.fixes ?? []).filter((x) => !x.needsChoice && x.edits.length);
  if (candidates.length === 1) return candidates[0];
  const preferred = candidates.filter((x) => x.preferred);
  return preferred.length === 1 ? preferred[0] : undefined;
}

export interface FixPlan {
  /** New texts of the changed files (absolute path → text). */
  texts: Map<string, string>;
  /** The edits taken, by file: offsets in the texts the pass started from. */
  edits: Map<string, { start: number; end: number; newText: string }[]>;
  /** The same edits as the fixes give them (ranges), for an editor's workspace edit. */
  fileEdits: FileEdit[];
  applied: AppliedFix[];
  /** Fixes left for a later pass because their edits touch an edit already taken in this pass. */
  deferred: number;
}

interface Span { start: number; end: number; newText: string }

/**
 * One pass: the chosen fixes of `result`, at most one per entity (fixes computed on the same state of
 * a document can contradict each other: one replaces a standard, another adds it), skipping any whose
 * edits overlap or touch an edit already taken. What is skipped waits for the next pass.
 */
export function planFixes(result: AuditResult, textOf: (file: string) => string | undefined, opts: FixOptions = {}): FixPlan {
  const taken = new Map<string, Span[]>();
  const fixedEntities = new Set<string>();
  const fileEdits: FileEdit[] = [];
  const applied: AppliedFix[] = [];
  let deferred = 0;
  for (const f of result.findings) {
    if (opts.filter && !opts.filter(f)) continue;
    const fix = chooseFix(f);
    if (!fix) continue;
    const entityKey = f.entity ? `${f.file}\u0000${f.entity.kind}/${f.entity.id}` : undefined;
    if (entityKey && fixedEntities.has(entityKey)) {
      deferred++;
      continue;
    }
    const spans: [string, Span][] = [];
    let ok = true;
    for (const e of fix.edits) {
      const text = textOf(e.file) ?? '';
      const start = offsetOf(text, e.range.start);
      const end = offsetOf(text, e.range.end);
      if (start === undefined || end === undefined || end < start) ok = false;
      else spans.push([e.file, { start, end, newText: e.newText }]);
    }
    if (!ok) continue;
    const duplicate = spans.every(([file, s]) => (taken.get(file) ?? []).some((t) => t.start === s.start && t.end === s.end && t.newText === s.newText));
    if (duplicate) {
      applied.push({ file: f.file, line: f.range.start.line + 1, ruleId: f.ruleId, title: fix.title });
      continue;
    }
    const clash = spans.some(([file, s], i) =>
      (taken.get(file) ?? []).some((t) => s.start <= t.end && t.start <= s.end)
      || spans.some(([file2, s2], j) => j < i && file2 === file && s.start <= s2.end && s2.start <= s.end));
    if (clash) {
      deferred++;
      continue;
    }
    for (const [file, s] of spans) (taken.get(file) ?? taken.set(file, []).get(file)!).push(s);
    fileEdits.push(...fix.edits);
    if (entityKey) fixedEntities.add(entityKey);
    applied.push({ file: f.file, line: f.range.start.line + 1, ruleId: f.ruleId, title: fix.title });
  }
  const texts = new Map<string, string>();
  for (const [file, spans] of taken) {
    let text = textOf(file) ?? '';
    for (const s of [...spans].sort((a, b) => b.start - a.start)) text = text.slice(0, s.start) + s.newText + text.slice(s.end);
    texts.set(file, text);
  }
  return { texts, edits: taken, fileEdits, applied, deferred };
}

export interface FixAllResult {
  /** Files whose text changed: absolute path → text before the first pass (undefined: a new file) and after the last. */
  changed: Map<string, { before: string | undefined; after: string; bom: boolean }>;
  /** The fixes applied; `line` is the line of the finding in the original text. */
  applied: AppliedFix[];
  passes: number;
  /** The audit of the fixed texts. */
  result: AuditResult;
  /** The audit before any fix. */
  initial: AuditResult;
}

/**
 * Applies the unambiguous fixes pass after pass (a fix can make another possible, or two fixes of
 * one pass touch the same spot) until a pass changes nothing or `maxPasses` is reached. Works on the
 * workspace's in-memory texts (`setText`, `setConfigText` for sova.config.yaml); writing the files is
 * the caller's business.
 */
export function fixAll(ws: Workspace, auditOpts: AuditOptions = {}, opts: FixOptions = {}): FixAllResult {
  const overlay = new Map<string, string>();
  const before = new Map<string, string | undefined>();
  const textOf = (file: string) => overlay.get(file) ?? ws.source(file)?.text ?? (file === ws.configFile ? ws.loaded.source?.text : undefined);
  const applied: AppliedFix[] = [];
  const maxPasses = opts.maxPasses ?? DEFAULT_MAX_PASSES;
  /** Per file, the line shifts of each pass so far (to report lines of the original text). */
  const shifts = new Map<string, LineShift[][]>();
  const bom = new Set(ws.files().filter((f) => f.bom).map((f) => f.file));
  if (ws.loaded.source?.bom) bom.add(ws.configFile);
  const initial = audit(ws, auditOpts);
  let result = initial;
  let passes = 0;
  while (passes < maxPasses) {
    const plan = planFixes(result, textOf, opts);
    const real = [...plan.texts].filter(([file, text]) => text !== textOf(file));
    if (!real.length) break;
    passes++;
    for (const a of plan.applied) a.line = originalLine(shifts.get(a.file) ?? [], a.line);
    for (const [file, edits] of plan.edits) {
      const list = shifts.get(file) ?? shifts.set(file, []).get(file)!;
      list.push(lineShifts(textOf(file) ?? '', edits));
    }
    for (const [file, text] of real) {
      if (!before.has(file)) before.set(file, textOf(file));
      overlay.set(file, text);
      if (file === ws.configFile) ws.setConfigText(text);
      else ws.setText(file, text);
    }
    applied.push(...plan.applied);
    result = audit(ws, auditOpts);
  }
  const changed = new Map<string, { before: string | undefined; after: string; bom: boolean }>();
  for (const [file, text] of before) if (overlay.get(file) !== text) changed.set(file, { before: text, after: overlay.get(file)!, bom: bom.has(file) });
  applied.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { changed, applied, passes, result, initial };
}

/** One edit of a pass in lines: where it starts (0-based, before the pass) and how many line breaks it removed and added. */
interface LineShift { line: number; removed: number; added: number }

const breaks = (s: string) => s.split('\n').length - 1;

function lineShifts(text: string, edits: { start: number; end: number; newText: string }[]): LineShift[] {
  return [...edits].sort((a, b) => a.start - b.start)
    .map((e) => ({ line: breaks(text.slice(0, e.start)), removed: breaks(text.slice(e.start, e.end)), added: breaks(e.newText) }));
}

/** A 1-based line of the text after `passes` maps back to the line of the original text (a line inside an edit maps to its start). */
function originalLine(passes: LineShift[][], line: number): number {
  let l = line - 1;
  for (let p = passes.length - 1; p >= 0; p--) {
    let delta = 0;
    let mapped = l;
    for (const e of passes[p]) {
      const start = e.line + delta;
      if (l < start) break;
      if (l <= start + e.added) { mapped = e.line; break; }
      delta += e.added - e.removed;
      mapped = l - delta;
    }
    l = mapped;
  }
  return l + 1;
}

/** Offset of an LSP position (UTF-16) in `text`; undefined when the position is outside it. */
export function offsetOf(text: string, pos: Position): number | undefined {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return undefined;
    offset = nl + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const max = (lineEnd < 0 ? text.length : lineEnd) - offset;
  if (pos.character > max) return undefined;
  return offset + pos.character;
}
