// The audit pipeline: index → rules → severity overrides → suppression → scoring → LEVEL-001 → SUP-001.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Entity, ForeignDocument } from './document';
import { Landscape } from './landscape';
import type { Rule, EngineFinding } from './rule';
import { RuleContext } from './rule';
import { ignoreComments, covers } from './suppress';
import type { IgnoreComment } from './suppress';
import type { Locale, SeverityOverride } from './types';
import { todayInBerlin } from './dates';
import type { Workspace } from './workspace';
import { RULES, RULE_IDS, RULES_BY_ID } from '../rules';
import { builtinFiles, catalogueInfo } from './builtin';
import type { CatalogueInfo } from './builtin';
import { computeScores } from './scoring';
import type { Scores } from './scoring';
import { VERSION } from './assets';
import { removeComment } from './edits';
import { SUP_MESSAGES } from '../rules/sup-001';

export interface AuditOptions {
  /** `YYYY-MM-DD`; default: today in Europe/Berlin. */
  asOf?: string;
  /** Default: the config's locale. */
  locale?: Locale;
  /** Severity overrides on top of the config's `rules` (editor settings). */
  ruleOverrides?: Record<string, SeverityOverride>;
}

export interface AuditResult {
  /** Every finding, suppressed ones included (marked `suppressed`), sorted by file and position. */
  findings: EngineFinding[];
  /** Documents that are not ours (editor hint). */
  skipped: ForeignDocument[];
  scores: Scores;
  landscape: Landscape;
  asOf: string;
  locale: Locale;
  root: string;
  version: string;
  catalogues: CatalogueInfo;
}

export function audit(ws: Workspace, opts: AuditOptions = {}): AuditResult {
  const config = ws.loaded.config;
  const asOf = opts.asOf ?? todayInBerlin();
  const locale = opts.locale ?? config.locale;
  const overrides = { ...config.rules, ...opts.ruleOverrides };
  const files = ws.files().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const landscape = new Landscape(files, builtinFiles(ws.root, config.catalogues.standards));
  const ctx = new RuleContext(landscape, config, ws.loaded, asOf, locale, files);
  const active = (r: Rule) => overrides[r.meta.id] !== 'off';

  const cacheKey = JSON.stringify([asOf, locale, overrides, catalogueStamps(ws.root, config.catalogues.endOfLife)]);
  const cache = reusable(ws, ctx, cacheKey);
  landscape.epoch = cache; // memos of per-application terms live as long as the cache is valid
  runRules(ctx, RULES.filter((r) => r.phase !== 'score' && active(r)), cache);
  const comments = files.flatMap((f) => ignoreComments(f));
  const used = new Set<IgnoreComment>();
  const settle = (from: number) => {
    applyOverrides(ctx.findings, from, overrides);
    suppress(ctx.findings, from, comments, asOf, used);
  };
  settle(0);

  const scored = ctx.findings.length;
  ctx.scores = computeScores(ctx);
  runRules(ctx, RULES.filter((r) => r.phase === 'score' && active(r)));
  settle(scored);

  const supFrom = ctx.findings.length;
  if (active(RULES_BY_ID.get('SUP-001')!)) reportComments(ctx, comments, used, overrides);
  applyOverrides(ctx.findings, supFrom, overrides);

  const findings = ctx.findings.sort(byPosition);
  return {
    findings, skipped: files.flatMap((f) => f.foreign), scores: ctx.scores, landscape, asOf, locale,
    root: ws.root, version: VERSION, catalogues: catalogueInfo(),
  };
}

/**
 * Per-document rule results of the previous audit of this workspace that are still valid. They are
 * valid for an unchanged Application when, since that audit, no other document changed (parties,
 * sites, contracts, standards and data categories are read by the rules of many applications), the
 * set of declared ids is the same (REF-001), and config, as-of date, locale and overrides are the
 * same. Then an edit of one application re-runs the per-document rules for that application only.
 */
interface RuleCache { key: string; loaded: unknown; others: Entity[]; ids: string; perEntity: WeakMap<Entity, EngineFinding[]> }
const caches = new WeakMap<Workspace, RuleCache>();

function reusable(ws: Workspace, ctx: RuleContext, key: string): RuleCache {
  const entities = ctx.landscape.entities;
  const others = entities.filter((e) => e.kind !== 'Application');
  for (const f of ctx.landscape.builtinEntities('Standard')) others.push(f);
  const ids = entities.map((e) => `${e.kind}:${e.id}`).join('\n');
  const prev = caches.get(ws);
  const valid = prev && prev.key === key && prev.loaded === ws.loaded && prev.ids === ids
    && prev.others.length === others.length && prev.others.every((e, i) => e === others[i]);
  const cache: RuleCache = valid ? prev! : { key, loaded: ws.loaded, others, ids, perEntity: new WeakMap() };
  caches.set(ws, cache);
  return cache;
}

/** Extra catalogue files as the rules read them: a change on disk invalidates cached rule results. */
function catalogueStamps(root: string, files: string[]): (number | null)[] {
  return files.map((f) => {
    try {
      return fs.statSync(path.resolve(root, f)).mtimeMs;
    } catch {
      return null;
    }
  });
}

function runRules(ctx: RuleContext, rules: Rule[], cache?: RuleCache): void {
  for (const rule of rules) {
    if (!rule.checkLandscape) continue;
    ctx.rule = rule;
    rule.checkLandscape(ctx);
  }
  const perDocument = rules.filter((r) => r.check);
  for (const e of ctx.landscape.entities) {
    const cached = e.kind === 'Application' ? cache?.perEntity.get(e) : undefined;
    if (cached) {
      for (const f of cached) ctx.findings.push({ ...f });
      continue;
    }
    const from = ctx.findings.length;
    for (const rule of perDocument) {
      if (rule.kinds && !rule.kinds.includes(e.kind)) continue;
      ctx.rule = rule;
      rule.check!(e, ctx);
    }
    if (cache && e.kind === 'Application') cache.perEntity.set(e, ctx.findings.slice(from).map((f) => ({ ...f })));
  }
}

function applyOverrides(findings: EngineFinding[], from: number, overrides: Record<string, SeverityOverride>): void {
  for (let i = from; i < findings.length; i++) {
    const o = overrides[findings[i].ruleId];
    if (o && o !== 'off') findings[i].severity = o;
  }
}

function isValidComment(c: IgnoreComment, asOf: string): boolean {
  return !!c.reason && !c.badUntil && !(c.until && c.until < asOf);
}

function suppress(findings: EngineFinding[], from: number, comments: IgnoreComment[], asOf: string, used: Set<IgnoreComment>): void {
  if (!comments.length) return;
  const byFile = new Map<string, IgnoreComment[]>();
  for (const c of comments) if (isValidComment(c, asOf)) (byFile.get(c.file) ?? byFile.set(c.file, []).get(c.file)!).push(c);
  for (let i = from; i < findings.length; i++) {
    const f = findings[i];
    if (f.suppressed || f.ruleId === 'SUP-001') continue;
    for (const c of byFile.get(f.file) ?? []) {
      if (c.rules.includes(f.ruleId) && covers(c, f.file, f.range)) {
        f.suppressed = { reason: c.reason!, until: c.until, file: c.file, range: c.range };
        used.add(c);
        break;
      }
    }
  }
}

/** SUP-001: comments without reason, with unknown rule ids, expired, or suppressing nothing. */
function reportComments(ctx: RuleContext, comments: IgnoreComment[], used: Set<IgnoreComment>, overrides: Record<string, SeverityOverride>): void {
  ctx.rule = RULES_BY_ID.get('SUP-001')!;
  for (const c of comments) {
    const report = (messageId: string, params?: Record<string, string>, tags?: ('unnecessary')[]) =>
      ctx.report({ file: c.file, range: c.range, messageId, params, fixes: [ctx.fix(SUP_MESSAGES.fixTitle, [removeComment(c, c.offset, c.ownLine)], undefined, { preferred: true })], tags });
    const unknown = c.rules.filter((id) => !RULE_IDS.has(id));
    if (!c.rules.length) report('noRule');
    for (const id of unknown) report('unknownRule', { rule: id });
    if (!c.reason) report('noReason');
    if (c.badUntil) report('badUntil', { value: c.badUntil });
    else if (c.until && c.until < ctx.asOf) report('expired', { until: c.until });
    const known = c.rules.filter((id) => RULE_IDS.has(id));
    const allOff = known.length > 0 && known.every((id) => overrides[id] === 'off');
    if (isValidComment(c, ctx.asOf) && known.length && !used.has(c) && !allOff) {
      report('unused', { rules: known.join(', ') }, ['unnecessary']);
    }
  }
}

function byPosition(a: EngineFinding, b: EngineFinding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** A file path relative to the audit's root, with forward slashes (for reports). */
export function relativePath(result: { root: string }, file: string): string {
  return path.relative(result.root, file).split(path.sep).join('/');
}

