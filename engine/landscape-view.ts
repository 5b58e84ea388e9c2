// The landscape view (rules.md, Scoring): levels weighted by users × criticality, vendor concentration
// (HHI) per layer, the share of OSI-licensed applications and of open-standard interfaces per layer,
// end-of-life counts, findings per facet and severity. One linear pass over applications and findings;
// used by `sova score`, the JSON/HTML reports and the editor's status bar.
import type { Entity } from './document';
import type { Landscape } from './landscape';
import type { EngineFinding } from './rule';
import type { ApplicationScore, Scores } from './scoring';
import type { Facet, Locale, Objective, Severity } from './types';
import { OBJECTIVES } from './types';
import { LAYERS } from './model';
import { isOsiApproved } from './licence';
import { opennessOf, topParent, usersOf } from './terms';
import { RULES_BY_ID } from '../rules';

/**
 * Weight of an application's criticality in the weighted level: `normal` 1, `high` 2, `very-high` 3
 * (the BSI protection-need levels as a simple ordinal scale). Without `criticality`: 1.
 */
export const CRITICALITY_WEIGHTS: Record<string, number> = { normal: 1, high: 2, 'very-high': 3 };

/** users × criticality weight. */
export function weightOf(app: Entity): number {
  return usersOf(app) * (CRITICALITY_WEIGHTS[app.data.criticality] ?? 1);
}

export interface Share { count: number; total: number; /** count / total; undefined when total is 0. */ share?: number }

export interface LevelSummary {
  applications: number;
  /** Applications with a level (at least one assessed objective). */
  assessed: number;
  /** Number of applications per level, `unassessed` apart. */
  distribution: Record<'0' | '1' | '2' | '3' | '4' | 'unassessed', number>;
  /** Σ weight × level / Σ weight over the assessed applications, weight = users × criticality. */
  weightedLevel?: number;
  /** Plain mean of the levels of the assessed applications. */
  meanLevel?: number;
  /** Mean score, and the mean weighted by users × criticality (over all applications). */
  meanScore?: number;
  weightedScore?: number;
  /** Applications whose level is below their effective required level. */
  belowRequired: number;
  /** Per objective: applications for which it is not assessed. */
  unassessedObjectives: Record<Objective, number>;
}

export interface VendorShare { id: string; name: string; users: number; share: number }

export interface LayerView {
  /** One of the seven layers, or `none` for applications without `layer`. */
  layer: string;
  applications: number;
  users: number;
  /** Herfindahl–Hirschman index over the users of the vendor groups (top of the parent chain), 0–10,000. */
  hhi?: number;
  /** The vendor groups, largest share first (applications with a vendor only). */
  vendors: VendorShare[];
  /** Applications without `vendor` (left out of the concentration). */
  withoutVendor: number;
  /** Applications whose `licence.spdx` is OSI-approved (SPDX semantics), of all applications of the layer. */
  osiLicensed: Share;
  /** Interfaces whose standard is `open`, of all interfaces whose standard is known. */
  openInterfaces: Share;
  weightedLevel?: number;
}

export interface FindingCounts {
  bySeverity: Record<Severity, number>;
  byFacet: Record<Facet, Record<Severity, number>>;
  /** Suppressed findings (kept for auditors, not counted above). */
  suppressed: number;
}

export interface LandscapeView {
  levels: LevelSummary;
  layers: LayerView[];
  /** Applications with an active LIFE-001 (security support ended) and LIFE-002 (ends soon) finding. */
  endOfLife: { ended: number; endingSoon: number };
  findings: FindingCounts;
}

export interface ViewInput { scores: Scores; findings: readonly EngineFinding[]; landscape: Landscape }

export function landscapeView(input: ViewInput): LandscapeView {
  const apps = [...input.scores.values()];
  return {
    levels: summarizeLevels(apps),
    layers: layerViews(apps, input.landscape),
    endOfLife: endOfLifeCounts(input.findings),
    findings: countFindings(input.findings),
  };
}

export function summarizeLevels(apps: readonly ApplicationScore[]): LevelSummary {
  const distribution = { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0, unassessed: 0 };
  const unassessedObjectives = Object.fromEntries(OBJECTIVES.map((o) => [o, 0])) as Record<Objective, number>;
  let assessed = 0, levelSum = 0, weightedSum = 0, weightSum = 0, scoreSum = 0, weightedScoreSum = 0, allWeights = 0, belowRequired = 0;
  for (const a of apps) {
    const w = weightOf(a.entity);
    scoreSum += a.score;
    weightedScoreSum += w * a.score;
    allWeights += w;
    for (const o of a.unassessed) unassessedObjectives[o]++;
    if (a.level === undefined) {
      distribution.unassessed++;
      continue;
    }
    distribution[String(a.level) as '0']++;
    assessed++;
    levelSum += a.level;
    weightedSum += w * a.level;
    weightSum += w;
    if (a.requiredLevel !== undefined && a.level < a.requiredLevel) belowRequired++;
  }
  return {
    applications: apps.length, assessed, distribution,
    weightedLevel: weightSum ? weightedSum / weightSum : undefined,
    meanLevel: assessed ? levelSum / assessed : undefined,
    meanScore: apps.length ? scoreSum / apps.length : undefined,
    weightedScore: allWeights ? weightedScoreSum / allWeights : undefined,
    belowRequired, unassessedObjectives,
  };
}

function layerViews(apps: readonly ApplicationScore[], landscape: Landscape): LayerView[] {
  const byLayer = new Map<string, ApplicationScore[]>();
  for (const a of apps) {
    const layer = typeof a.entity.data.layer === 'string' ? a.entity.data.layer : 'none';
    const list = byLayer.get(layer);
    if (list) list.push(a); else byLayer.set(layer, [a]);
  }
  const order = [...LAYERS, 'none'] as string[];
  return [...byLayer.keys()].sort((x, y) => order.indexOf(x) - order.indexOf(y)).map((layer) => layerView(layer, byLayer.get(layer)!, landscape));
}

function layerView(layer: string, apps: ApplicationScore[], landscape: Landscape): LayerView {
  let users = 0, withoutVendor = 0, osi = 0, open = 0, interfaces = 0, weighted = 0, weights = 0;
  const groups = new Map<string, VendorShare>();
  for (const a of apps) {
    const app = a.entity;
    const u = usersOf(app);
    users += u;
    const vendor = vendorGroup(app, landscape);
    if (vendor) {
      const g = groups.get(vendor.id) ?? { ...vendor, users: 0, share: 0 };
      g.users += u;
      groups.set(vendor.id, g);
    } else withoutVendor++;
    const spdx = app.data.licence?.spdx;
    if (typeof spdx === 'string' && osiApproved(spdx)) osi++;
    for (const i of Array.isArray(app.data.interfaces) ? app.data.interfaces : []) {
      const std = typeof i?.standard === 'string' ? landscape.get('Standard', i.standard) : undefined;
      if (!std) continue; // unknown standard: neither open nor closed
      interfaces++;
      if (opennessOf(std) === 'open') open++;
    }
    if (a.level !== undefined) {
      const w = weightOf(app);
      weighted += w * a.level;
      weights += w;
    }
  }
  const vendorUsers = [...groups.values()].reduce((s, g) => s + g.users, 0);
  const vendors = [...groups.values()].map((g) => ({ ...g, share: vendorUsers ? g.users / vendorUsers : 0 })).sort((x, y) => y.share - x.share || (x.id < y.id ? -1 : 1));
  return {
    layer, applications: apps.length, users,
    hhi: vendors.length && vendorUsers ? Math.round(vendors.reduce((s, g) => s + (g.share * 100) ** 2, 0)) : undefined,
    vendors, withoutVendor,
    osiLicensed: share(osi, apps.length),
    openInterfaces: share(open, interfaces),
    weightedLevel: weights ? weighted / weights : undefined,
  };
}

/** The vendor group of an application: the top of its vendor's parent chain (the id itself when it does not resolve). */
function vendorGroup(app: Entity, landscape: Landscape): { id: string; name: string } | undefined {
  const id = app.data.vendor;
  if (typeof id !== 'string' || !id) return undefined;
  const party = landscape.get('Party', id);
  if (!party) return { id, name: id };
  const top = topParent(party, landscape);
  return { id: top.id, name: top.name ?? top.id };
}

const osiCache = new Map<string, boolean>();

/** `isOsiApproved`, remembered per expression (a landscape repeats a few dozen expressions thousands of times). */
function osiApproved(spdx: string): boolean {
  let v = osiCache.get(spdx);
  if (v === undefined) {
    if (osiCache.size > 10000) osiCache.clear();
    osiCache.set(spdx, (v = isOsiApproved(spdx)));
  }
  return v;
}

function share(count: number, total: number): Share {
  return total ? { count, total, share: count / total } : { count, total };
}

function endOfLifeCounts(findings: readonly EngineFinding[]): { ended: number; endingSoon: number } {
  const ended = new Set<string>();
  const soon = new Set<string>();
  for (const f of findings) {
    if (f.suppressed || !f.entity) continue;
    const key = `${f.entity.id}\0${f.file}`;
    if (f.ruleId === 'LIFE-001') ended.add(key);
    else if (f.ruleId === 'LIFE-002') soon.add(key);
  }
  return { ended: ended.size, endingSoon: soon.size };
}

export function countFindings(findings: readonly EngineFinding[]): FindingCounts {
  const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });
  const byFacet: Record<Facet, Record<Severity, number>> = { T: zero(), D: zero(), DT: zero(), KS: zero(), integrity: zero() };
  const bySeverity = zero();
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) {
      suppressed++;
      continue;
    }
    bySeverity[f.severity]++;
    byFacet[RULES_BY_ID.get(f.ruleId)?.meta.facet ?? 'integrity'][f.severity]++;
  }
  return { bySeverity, byFacet, suppressed };
}

// ── Text ─────────────────────────────────────────────────────────────────────────────────────────

const LABELS = {
  de: {
    title: 'Landschaft', apps: 'Anwendungen', assessed: 'bewertet', weighted: 'Stufe gewichtet nach Nutzern × Kritikalität',
    mean: 'Mittel', score: 'Punkte', below: 'unter der geforderten Stufe', distribution: 'Verteilung', unassessed: 'nicht bewertet',
    layer: 'Schicht', users: 'Nutzer', hhi: 'HHI', top: 'größter Anbieter', osi: 'OSI-lizenziert', open: 'offene Schnittstellen',
    eol: 'Supportende', ended: 'ohne Sicherheitsupdates', soon: 'enden bald', findings: 'Befunde', severities: 'Fehler/Warnung/Info', suppressed: 'unterdrückt', none: 'ohne Schicht',
  },
  en: {
    title: 'Landscape', apps: 'applications', assessed: 'assessed', weighted: 'level weighted by users × criticality',
    mean: 'mean', score: 'score', below: 'below the required level', distribution: 'distribution', unassessed: 'unassessed',
    layer: 'layer', users: 'users', hhi: 'HHI', top: 'largest vendor', osi: 'OSI-licensed', open: 'open interfaces',
    eol: 'end of life', ended: 'security updates ended', soon: 'ending soon', findings: 'findings', severities: 'error/warning/info', suppressed: 'suppressed', none: 'no layer',
  },
};

const fmt = (n: number | undefined, locale: Locale): string =>
  n === undefined ? '–' : n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pct = (s: Share): string => (s.share === undefined ? '–' : `${Math.round(s.share * 100)}% (${s.count}/${s.total})`);

/** The landscape view as text lines (for `sova score`). */
export function formatLandscapeView(view: LandscapeView, locale: Locale): string {
  const l = LABELS[locale];
  const v = view.levels;
  const out: string[] = [];
  out.push(`${l.title}: ${v.applications} ${l.apps}, ${v.assessed} ${l.assessed}; ${l.weighted}: ${fmt(v.weightedLevel, locale)} (${l.mean} ${fmt(v.meanLevel, locale)}); ${l.score} ${l.mean} ${fmt(v.meanScore, locale)}; ${v.belowRequired} ${l.below}`);
  const d = v.distribution;
  out.push(`  ${l.distribution}: 0:${d['0']}  1:${d['1']}  2:${d['2']}  3:${d['3']}  4:${d['4']}  ${l.unassessed}:${d.unassessed}`);
  const un = OBJECTIVES.filter((o) => v.unassessedObjectives[o] > 0).map((o) => `${o} ${v.unassessedObjectives[o]}`);
  if (un.length) out.push(`  ${l.unassessed}: ${un.join(', ')}`);
  for (const layer of view.layers) {
    const top = layer.vendors[0];
    out.push(`  ${(layer.layer === 'none' ? l.none : layer.layer).padEnd(16)} ${layer.applications} ${l.apps}, ${layer.users} ${l.users}; ${l.hhi} ${layer.hhi ?? '–'}${top ? ` (${l.top}: ${top.name} ${Math.round(top.share * 100)}%)` : ''}; ${l.osi} ${pct(layer.osiLicensed)}; ${l.open} ${pct(layer.openInterfaces)}`);
  }
  out.push(`  ${l.eol}: ${view.endOfLife.ended} ${l.ended}, ${view.endOfLife.endingSoon} ${l.soon}`);
  const f = view.findings;
  const facets = (Object.keys(f.byFacet) as Facet[]).filter((k) => f.byFacet[k].error + f.byFacet[k].warning + f.byFacet[k].info > 0)
    .map((k) => `${k} ${f.byFacet[k].error}/${f.byFacet[k].warning}/${f.byFacet[k].info}`);
  out.push(`  ${l.findings} (${l.severities}): ${f.bySeverity.error}/${f.bySeverity.warning}/${f.bySeverity.info}${facets.length ? ` — ${facets.join(', ')}` : ''}; ${f.suppressed} ${l.suppressed}`);
  return out.join('\n') + '\n';
}

/** A short line for the editor's status bar: "Sovereignty 2.4 · 3 below required · 1 unassessed". */
export function statusSummary(view: LandscapeView, locale: Locale): string {
  const v = view.levels;
  const parts = locale === 'de'
    ? [`Souveränität ${fmt(v.weightedLevel, locale)}`, `${v.belowRequired} unter Soll`, `${v.distribution.unassessed} nicht bewertet`]
    : [`Sovereignty ${fmt(v.weightedLevel, locale)}`, `${v.belowRequired} below required`, `${v.distribution.unassessed} unassessed`];
  return parts.join(' · ');
}
