// The terms of rules.md ("Terms used below"), computed from an application's data and the landscape.
import type { Entity, Path } from './document';
import type { Landscape } from './landscape';
import { countryInRegion } from './catalogues';
import type { Region } from './catalogues';

/** `licence.model` is `proprietary` or `saas`. */
export function isProprietary(app: Entity): boolean {
  const m = app.data.licence?.model;
  return m === 'proprietary' || m === 'saas';
}

/** `licence.model` is set and is anything but `open-source`. */
export function isNotOpenSource(app: Entity): boolean {
  const m = app.data.licence?.model;
  return typeof m === 'string' && m !== 'open-source';
}

/** `deployment.model` is `saas` or `iaas`. */
export function isCloudService(app: Entity): boolean {
  const m = app.data.deployment?.model;
  return m === 'saas' || m === 'iaas';
}

export interface ContractView {
  /** The contract's fields (a referenced Contract's data, or the inline mapping). */
  data: any;
  /** The referenced Contract entity, when `contract` is a reference. */
  entity?: Entity;
  /** Where findings about the contract are located in the application: the `contract` reference, or the inline field. */
  at(field: Path): Path;
}

/** The application's contract, or undefined when there is none (or the reference dangles). */
export function contractOf(app: Entity, landscape: Landscape): ContractView | undefined {
  const c = app.data.contract;
  if (typeof c === 'string') {
    const entity = landscape.get('Contract', c);
    if (!entity) return undefined;
    return { data: entity.data, entity, at: () => ['contract'] };
  }
  if (c && typeof c === 'object') return { data: c, at: (field) => ['contract', ...field] };
  return undefined;
}

// ── Deployment, data and jurisdiction (rules.md "Terms"; landscape-format.md DataCategory) ───────

/** A reference held by an application, resolved: the entity it leads to and where the reference stands. */
export interface Reached {
  entity: Entity;
  /** Path of the reference in the application (`['deployment', 'sites', 2]`, `['data', 0]` …). */
  at: Path;
}

/** What the terms below resolve for an entity, computed once per landscape (= per audit) and shared by the rules. */
interface Resolved { sites?: Reached[]; data?: Reached[]; operators?: OperatorOf[]; top?: Entity }
const resolved = new WeakMap<object, WeakMap<Entity, Resolved>>();

/** Results are shared between callers: never mutate them. */
function memo<K extends keyof Resolved>(landscape: Landscape, entity: Entity, key: K, compute: () => NonNullable<Resolved[K]>): NonNullable<Resolved[K]> {
  let perApp = resolved.get(landscape.epoch);
  if (!perApp) resolved.set(landscape.epoch, (perApp = new WeakMap()));
  let r = perApp.get(entity);
  if (!r) perApp.set(entity, (r = {}));
  return (r[key] ??= compute()) as NonNullable<Resolved[K]>;
}

/**
 * The string items of a list of references, with their index in the list as written (raw data, so that
 * a schema-invalid item does not shift the indices of the ones after it).
 */
function refItems(app: Entity, field: Path): { id: string; at: Path }[] {
  let list: any = app.raw;
  for (const seg of field) list = list && typeof list === 'object' ? list[seg as any] : undefined;
  if (!Array.isArray(list)) return [];
  const out: { id: string; at: Path }[] = [];
  list.forEach((id, i) => {
    if (typeof id === 'string' && id) out.push({ id, at: [...field, i] });
  });
  return out;
}

/** The application's hosting sites that resolve (dangling references are REF-001's). */
export function sitesOf(app: Entity, landscape: Landscape): Reached[] {
  return memo(landscape, app, 'sites', () => resolveSites(app, landscape));
}

function resolveSites(app: Entity, landscape: Landscape): Reached[] {
  const out: Reached[] = [];
  for (const { id, at } of refItems(app, ['deployment', 'sites'])) {
    const entity = landscape.get('HostingSite', id);
    if (entity) out.push({ entity, at });
  }
  return out;
}

/** The application's data categories that resolve. */
export function dataCategoriesOf(app: Entity, landscape: Landscape): Reached[] {
  return memo(landscape, app, 'data', () => resolveData(app, landscape));
}

function resolveData(app: Entity, landscape: Landscape): Reached[] {
  const out: Reached[] = [];
  for (const { id, at } of refItems(app, ['data'])) {
    const entity = landscape.get('DataCategory', id);
    if (entity) out.push({ entity, at });
  }
  return out;
}

export interface OperatorOf extends Reached {
  /** The public-cloud site through which the party operates the application (absent for `deployment.operator`). */
  site?: Entity;
}

/**
 * Operators of an application: its `deployment.operator`, plus the `operator` of each of its
 * `deployment.sites` whose `ownership` is `public-cloud` — each with the application's reference that
 * leads to it. A party reached twice is listed once, at its first reference (`deployment.operator` first).
 */
export function operatorsOf(app: Entity, landscape: Landscape): OperatorOf[] {
  return memo(landscape, app, 'operators', () => resolveOperators(app, landscape));
}

function resolveOperators(app: Entity, landscape: Landscape): OperatorOf[] {
  const out: OperatorOf[] = [];
  const seen = new Set<Entity>();
  const add = (party: Entity | undefined, at: Path, site?: Entity) => {
    if (!party || seen.has(party)) return;
    seen.add(party);
    out.push(site ? { entity: party, at, site } : { entity: party, at });
  };
  const op = app.data.deployment?.operator;
  if (typeof op === 'string') add(landscape.get('Party', op), ['deployment', 'operator']);
  for (const site of sitesOf(app, landscape)) {
    if (site.entity.data.ownership !== 'public-cloud') continue;
    const siteOp = site.entity.data.operator;
    if (typeof siteOp === 'string') add(landscape.get('Party', siteOp), site.at, site.entity);
  }
  return out;
}

function parentOf(party: Entity, landscape: Landscape): Entity | undefined {
  return typeof party.data.parent === 'string' ? landscape.get('Party', party.data.parent) : undefined;
}

/** The party and every Party up its `parent` chain, in order; stops at a cycle or a dangling parent. */
function partyChain(party: Entity, landscape: Landscape): Entity[] {
  const chain: Entity[] = [];
  const seen = new Set<Entity>();
  for (let p: Entity | undefined = party; p && !seen.has(p); p = parentOf(p, landscape)) {
    seen.add(p);
    chain.push(p);
  }
  return chain;
}

/**
 * The top of the party's `parent` chain: the company that controls it in the end (the party itself
 * when it has no parent). A parent that does not resolve ends the chain (REF-001 reports it). A chain
 * that runs into a cycle ends at the cycle member with the smallest id, so every party that leads into
 * the cycle gets the same top, wherever it starts. Computed once per landscape.
 */
export function topParent(party: Entity, landscape: Landscape): Entity {
  return memo(landscape, party, 'top', () => {
    const chain = partyChain(party, landscape);
    const last = chain[chain.length - 1];
    const next = parentOf(last, landscape);
    if (!next) return last;
    return chain.slice(chain.indexOf(next)).reduce((a, b) => (b.id < a.id ? b : a));
  });
}

/**
 * Users of an application (vendor concentration, the landscape view's weights): `users`, or 1 without
 * it (rules.md: "an application without `users` counts 1"); `users: 0` counts 0.
 */
export function usersOf(app: Entity): number {
  const u = app.data.users;
  return typeof u === 'number' && u >= 0 ? u : 1;
}

export type Openness = 'open' | 'contested' | 'proprietary';

/** `openness` of a Standard (landscape first, then the shipped catalogue); `open` when not set. */
export function opennessOf(std: Entity): Openness {
  const o = std.data.openness;
  return o === 'contested' || o === 'proprietary' ? o : 'open';
}

const appsBySite = new WeakMap<Landscape, Map<string, Entity[]>>();

/** The applications deployed at a HostingSite (`deployment.sites`), indexed once per landscape. */
export function applicationsAt(landscape: Landscape, siteId: string): Entity[] {
  let index = appsBySite.get(landscape);
  if (!index) {
    index = new Map();
    for (const app of landscape.all('Application')) {
      const sites = app.data.deployment?.sites;
      if (!Array.isArray(sites)) continue;
      for (const s of new Set(sites.filter((x: unknown): x is string => typeof x === 'string'))) {
        (index.get(s) ?? index.set(s, []).get(s)!).push(app);
      }
    }
    appsBySite.set(landscape, index);
  }
  return index.get(siteId) ?? [];
}

export interface Jurisdiction {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** The party of the chain whose `country` it is. */
  party: Entity;
}

/** Jurisdictions of a Party: its `country` and the `country` of every Party up its `parent` chain (each country once). */
export function jurisdictionsOf(party: Entity, landscape: Landscape): Jurisdiction[] {
  const out: Jurisdiction[] = [];
  for (const p of partyChain(party, landscape)) {
    const c = p.data.country;
    if (typeof c !== 'string' || !c) continue;
    const country = c.toUpperCase();
    if (!out.some((j) => j.country === country)) out.push({ country, party: p });
  }
  return out;
}

/** `secrecy` as a list of strings (empty when not set). */
export function secrecyOf(category: Entity): string[] {
  const s = category.data.secrecy;
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
}

/** A data category is personal when it has `personal: true`, `specialCategory: true` or a `secrecy` entry. */
function isPersonalCategory(category: Entity): boolean {
  const d = category.data;
  return d.personal === true || d.specialCategory === true || secrecyOf(category).length > 0;
}

/** The field that makes a data category personal (for related locations): `personal`, `specialCategory` or `secrecy`. */
export function personalFieldOf(category: Entity): Path {
  const d = category.data;
  if (d.personal === true) return ['personal'];
  if (d.specialCategory === true) return ['specialCategory'];
  return ['secrecy'];
}

/** The application's data categories that are personal (see `isPersonalCategory`). */
export function personalCategoriesOf(app: Entity, landscape: Landscape): Reached[] {
  return dataCategoriesOf(app, landscape).filter((c) => isPersonalCategory(c.entity));
}

/** Personal data: one of the application's data categories is personal. */
export function hasPersonalData(app: Entity, landscape: Landscape): boolean {
  return personalCategoriesOf(app, landscape).length > 0;
}

export interface RequiredLevelDefaults { public: number; personal: number; special: number }

/**
 * Effective required level of a data category: `requiredLevel` if set, else from
 * `policy.requiredLevelDefaults`: `special` when `specialCategory` or `secrecy` is set, `personal` when
 * `personal`, else `public`.
 */
function categoryRequiredLevel(category: Entity, defaults: RequiredLevelDefaults): number {
  const d = category.data;
  if (typeof d.requiredLevel === 'number') return d.requiredLevel;
  if (d.specialCategory === true || secrecyOf(category).length > 0) return defaults.special;
  if (d.personal === true) return defaults.personal;
  return defaults.public;
}

/** Effective required level of an application: the highest of its data categories; undefined without any. */
export function requiredLevelOf(app: Entity, landscape: Landscape, defaults: RequiredLevelDefaults): number | undefined {
  let level: number | undefined;
  for (const c of dataCategoriesOf(app, landscape)) {
    const l = categoryRequiredLevel(c.entity, defaults);
    if (level === undefined || l > level) level = l;
  }
  return level;
}

/** The US Parties among the application's operators and their parents (each once). */
export function usPartiesOf(app: Entity, landscape: Landscape): Entity[] {
  const out: Entity[] = [];
  for (const op of operatorsOf(app, landscape)) {
    for (const p of partyChain(op.entity, landscape)) {
      if (typeof p.data.country === 'string' && p.data.country.toUpperCase() === 'US' && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

/**
 * Whether the US counts as `adequacy` for this application: a US Party among its operators and their
 * parents has `dpf.certified: true` (how recent the check is belongs to JUR-004).
 */
export function usImporterDpfCertified(app: Entity, landscape: Landscape): boolean {
  return usPartiesOf(app, landscape).some((p) => p.data.dpf?.certified === true);
}

/** Whether a site's country is inside one of the listed regions (DE ⊂ EU ⊂ EEA ⊂ adequacy ⊂ any). */
export function countryInRegions(country: string, regions: readonly string[], usImporterCertified: boolean): boolean {
  return regions.some((r) => countryInRegion(country, r as Region, usImporterCertified));
}
