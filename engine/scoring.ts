// Sovereignty level 0–4 per application (rules.md, Scoring): every objective SOV-1…8 starts at 4 and
// is capped by the active findings on the application; the level is the weakest assessed objective.
import type { Entity } from './document';
import type { Landscape } from './landscape';
import type { EngineFinding, RuleContext } from './rule';
import type { Policy } from './config';
import type { Objective, Range, RuleMeta } from './types';
import { OBJECTIVES } from './types';
import { hasPersonalData, isProprietary, requiredLevelOf } from './terms';
import { RULES_BY_ID } from '../rules';

/** A finding that lowers an objective. */
export interface CapCause {
  ruleId: string;
  /** The rule's cap: the objective is at most this. */
  cap: number;
  /** Where the finding is located (absolute path, 0-based range; `line` = `range.start.line`). */
  file: string;
  line: number;
  range: Range;
  message: string;
}

export interface ObjectiveScore {
  /** 0–4: 4 lowered to the lowest cap that applies. Counts only when `assessed`. */
  level: number;
  /** The fields that decide the objective are present, or an active finding caps it. */
  assessed: boolean;
  /** The active findings that cap it, lowest cap first. */
  cappedBy: CapCause[];
  /** SOV-6 only: capped at 2 by a proprietary licence model (`proprietary` or `saas`), without a finding. */
  proprietaryLicence?: boolean;
}

export interface ApplicationScore {
  entity: Entity;
  objectives: Record<Objective, ObjectiveScore>;
  /** Minimum over the assessed objectives; undefined = unassessed. */
  level?: number;
  /** Σ weight × level/4 over all eight objectives, unassessed ones counting 0 (0–100 with the default weights). */
  score: number;
  /** The effective required level (the highest of its data categories); undefined without data categories. */
  requiredLevel?: number;
  /** The objectives that are not assessed, in order. */
  unassessed: Objective[];
  personalData: boolean;
}

export type Scores = Map<Entity, ApplicationScore>;

/** The level a proprietary licence caps SOV-6 at, without a finding. */
export const PROPRIETARY_SOV6_CAP = 2;

/** Rule metadata by id. */
function ruleMeta(id: string): RuleMeta | undefined {
  return RULES_BY_ID.get(id)?.meta;
}

/** Computes the levels from the active findings of the audit so far (suppressed ones do not count). */
export function computeScores(ctx: RuleContext): Scores {
  return scoreApplications(ctx.landscape, ctx.findings, ctx.policy);
}

/**
 * The scores of every Application of the landscape. Findings are indexed once by the application they
 * are about (kind + id + file) and by the applications they `affect` (kind + id), so the work is
 * linear in applications + findings.
 */
export function scoreApplications(landscape: Landscape, findings: readonly EngineFinding[], policy: Policy): Scores {
  const about = new Map<string, Map<string, EngineFinding[]>>(); // file → application id → findings
  const affecting = new Map<string, EngineFinding[]>(); // application id → findings
  const push = (m: Map<string, EngineFinding[]>, key: string, f: EngineFinding) => {
    const list = m.get(key);
    if (list) list.push(f); else m.set(key, [f]);
  };
  for (const f of findings) {
    if (f.suppressed) continue;
    const meta = ruleMeta(f.ruleId);
    if (!meta?.objective || meta.cap === undefined) continue;
    if (f.entity?.kind === 'Application') {
      let inFile = about.get(f.file);
      if (!inFile) about.set(f.file, (inFile = new Map()));
      push(inFile, f.entity.id, f);
    }
    if (f.affects) for (const a of f.affects) if (a.kind === 'Application') push(affecting, a.id, f);
  }

  const scores: Scores = new Map();
  for (const app of landscape.entities) {
    if (app.kind !== 'Application' || !app.id) continue;
    const own = about.get(app.file)?.get(app.id) ?? NONE;
    const other = affecting.get(app.id);
    const capping = other ? [...new Set([...own, ...other])] : own;
    scores.set(app, scoreApplication(app, capping, landscape, policy));
  }
  return scores;
}

const NONE: EngineFinding[] = [];

interface Facts { personalData: boolean; assessed: Record<Objective, boolean> }
const factsMemo = new WeakMap<object, WeakMap<Entity, Facts>>();

/** What an application's fields and the documents it references decide (memoised per epoch: see Landscape.epoch); policy-independent. */
function factsOf(app: Entity, landscape: Landscape): Facts {
  let perApp = factsMemo.get(landscape.epoch);
  if (!perApp) factsMemo.set(landscape.epoch, (perApp = new WeakMap()));
  let f = perApp.get(app);
  if (!f) {
    const personalData = hasPersonalData(app, landscape);
    f = { personalData, assessed: assessedObjectives(app, landscape, personalData) };
    perApp.set(app, f);
  }
  return f;
}

function scoreApplication(app: Entity, capping: EngineFinding[], landscape: Landscape, policy: Policy): ApplicationScore {
  const { personalData, assessed } = factsOf(app, landscape);
  const requiredLevel = requiredLevelOf(app, landscape, policy.requiredLevelDefaults);
  const objectives = {} as Record<Objective, ObjectiveScore>;
  for (const o of OBJECTIVES) objectives[o] = { level: 4, assessed: assessed[o], cappedBy: [] };

  for (const f of capping) {
    const meta = ruleMeta(f.ruleId)!;
    const o = objectives[meta.objective!];
    const cap = meta.cap!;
    o.level = Math.min(o.level, cap);
    o.assessed = true;
    o.cappedBy.push({ ruleId: f.ruleId, cap, file: f.file, line: f.range.start.line, range: f.range, message: f.message });
  }
  if (isProprietary(app)) {
    const sov6 = objectives['SOV-6'];
    sov6.level = Math.min(sov6.level, PROPRIETARY_SOV6_CAP);
    sov6.proprietaryLicence = true;
  }

  let level: number | undefined;
  let score = 0;
  const unassessed: Objective[] = [];
  for (const o of OBJECTIVES) {
    const s = objectives[o];
    if (s.cappedBy.length > 1) s.cappedBy.sort((a, b) => a.cap - b.cap || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    if (!s.assessed) {
      unassessed.push(o);
      continue;
    }
    level = level === undefined ? s.level : Math.min(level, s.level);
    score += (policy.weights[o] ?? 0) * s.level / 4;
  }
  return { entity: app, objectives, level, score, requiredLevel, unassessed, personalData };
}

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';
const nonEmptyList = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

/** Which objectives the application's fields decide (rules.md, Scoring, "Assessed"), before findings. */
export function assessedObjectives(app: Entity, landscape: Landscape, personalData: boolean): Record<Objective, boolean> {
  const d = app.data;
  const deployment = d.deployment ?? {};
  const whereAndWho = Array.isArray(d.data) && nonEmptyList(deployment.sites) && present(deployment.operator);
  return {
    'SOV-1': present(d.criticality) && present(d.licence?.model),
    'SOV-2': whereAndWho,
    'SOV-3': whereAndWho,
    'SOV-4': present(d.criticality),
    'SOV-5': present(d.vendor) || typeof d.commissioned === 'boolean',
    'SOV-6': true,
    'SOV-7': present(d.product?.eol) || present(d.product?.endoflife) || personalData,
    'SOV-8': nonEmptyList(deployment.sites) && (deployment.sites as unknown[]).every((id) => hasEnergy(landscape.get('HostingSite', typeof id === 'string' ? id : undefined))),
  };
}

function hasEnergy(site: Entity | undefined): boolean {
  const e = site?.data.energy;
  return !!e && typeof e === 'object' && (typeof e.pue === 'number' || typeof e.renewableShare === 'number');
}

/** The score's maximum under the policy's weights (100 with the defaults). */
export function maxScore(policy: Policy): number {
  return OBJECTIVES.reduce((sum, o) => sum + (policy.weights[o] ?? 0), 0);
}
