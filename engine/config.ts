// The project configuration `sova.config.yaml`: defaults, key-by-key override, and its problems
// (reported as CFG-001 — a broken config never stops the audit).
import { isMap, isScalar } from 'yaml';
import type { Entity } from './document';
import { locate, SourceFile } from './document';
import type { SchemaIssue } from './schema';
import { validateData, withoutInvalid } from './schema';
import { nearest } from './text';
import { countries } from './catalogues';
import type { Locale, Objective, Range, SeverityOverride } from './types';

export const CONFIG_FILE = 'sova.config.yaml';

export interface Policy {
  licenceAllowList?: string[];
  eolWarningDays: number;
  concentrationThreshold: number;
  requiredLevelDefaults: { public: number; personal: number; special: number };
  extraterritorialCountries: string[];
  extraCategories: string[];
  weights: Record<Objective, number>;
}

export interface SovaConfig {
  include: string[];
  exclude: string[];
  locale: Locale;
  rules: Record<string, SeverityOverride>;
  policy: Policy;
  catalogues: { endOfLife: string[]; standards: string[] };
}

export function defaultConfig(): SovaConfig {
  return {
    include: ['landscape/**/*.{yaml,yml}'],
    exclude: [],
    locale: 'de',
    rules: {},
    policy: {
      eolWarningDays: 180,
      concentrationThreshold: 0.5,
      requiredLevelDefaults: { public: 1, personal: 2, special: 3 },
      extraterritorialCountries: [...countries().extraterritorialDefault],
      extraCategories: [],
      weights: { 'SOV-1': 15, 'SOV-2': 10, 'SOV-3': 10, 'SOV-4': 15, 'SOV-5': 20, 'SOV-6': 15, 'SOV-7': 10, 'SOV-8': 5 },
    },
    catalogues: { endOfLife: [], standards: [] },
  };
}

/** A problem of the config file, located in it. `issue` is a schema issue, or a syntax/unknown-rule problem. */
export interface ConfigProblem {
  range: Range;
  kind: 'syntax' | 'schema' | 'unknown-rule' | 'not-a-mapping';
  message?: string;
  issue?: SchemaIssue;
  ruleId?: string;
  suggestions?: string[];
}

export interface LoadedConfig {
  config: SovaConfig;
  problems: ConfigProblem[];
  /** The config file as parsed (for locating problems and for fixes); absent when there is no file. */
  source?: SourceFile;
  /** The config document as an entity-like node, for `locate()`. */
  entity?: Entity;
}

/**
 * Reads the config from its text (undefined = no file = defaults). Invalid parts are reported and
 * replaced by their defaults; everything valid still applies.
 */
export function parseConfig(file: string, text: string | undefined, knownRuleIds: Set<string>): LoadedConfig {
  const config = defaultConfig();
  if (text === undefined) return { config, problems: [] };
  const bom = text.charCodeAt(0) === 0xfeff;
  const source = new SourceFile(file, bom ? text.slice(1) : text);
  source.bom = bom;
  const problems: ConfigProblem[] = source.problems.map((p) => ({ range: p.range, kind: 'syntax', message: p.message }));
  if (problems.length) return { config, problems, source };
  const doc = source.docs[0];
  const root = doc?.contents;
  if (!root || (isScalar(root) && root.value === null)) return { config, problems, source }; // empty file: defaults
  if (!isMap(root)) {
    problems.push({ range: source.range(root.range?.[0] ?? 0, root.range?.[1] ?? 0), kind: 'not-a-mapping' });
    return { config, problems, source };
  }
  let raw: any;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    problems.push({ range: source.range(0, 0), kind: 'syntax', message: (err as Error).message });
    return { config, problems, source };
  }
  const entity: Entity = { kind: 'Config', id: '', file, docIndex: 0, apiVersion: '', map: root, data: raw, raw, source };
  const issues = validateData('Config', raw);
  for (const issue of issues) {
    const range = locate(entity, issue.path, issue.at);
    if (issue.keyword === 'additionalProperties' && issue.path.length === 2 && issue.path[0] === 'rules') {
      const ruleId = String(issue.path[1]); // a key that is not even shaped like a rule id
      problems.push({ range, kind: 'unknown-rule', ruleId, suggestions: nearest(ruleId, knownRuleIds, 1) });
    } else problems.push({ range, kind: 'schema', issue });
  }
  const valid = withoutInvalid(raw, issues);
  for (const id of Object.keys(valid.rules ?? {})) {
    if (knownRuleIds.has(id)) continue;
    problems.push({ range: locate(entity, ['rules', id], 'key'), kind: 'unknown-rule', ruleId: id, suggestions: nearest(id, knownRuleIds, 1) });
    delete valid.rules[id];
  }
  merge(config, valid);
  return { config, problems, source, entity };
}

function merge(config: SovaConfig, v: any): void {
  const strings = (x: unknown[]): string[] => x.filter((i): i is string => typeof i === 'string');
  const list = (x: unknown): string[] | undefined => (typeof x === 'string' ? [x] : Array.isArray(x) ? strings(x) : undefined);
  config.include = list(v.include) ?? config.include;
  config.exclude = list(v.exclude) ?? config.exclude;
  if (v.locale === 'de' || v.locale === 'en') config.locale = v.locale;
  if (v.rules && typeof v.rules === 'object') config.rules = { ...v.rules };
  const p = v.policy ?? {};
  const policy = config.policy;
  if (Array.isArray(p.licenceAllowList)) policy.licenceAllowList = strings(p.licenceAllowList);
  if (typeof p.eolWarningDays === 'number') policy.eolWarningDays = p.eolWarningDays;
  if (typeof p.concentrationThreshold === 'number') policy.concentrationThreshold = p.concentrationThreshold;
  if (p.requiredLevelDefaults) policy.requiredLevelDefaults = { ...policy.requiredLevelDefaults, ...p.requiredLevelDefaults };
  if (Array.isArray(p.extraterritorialCountries)) policy.extraterritorialCountries = strings(p.extraterritorialCountries);
  if (Array.isArray(p.extraCategories)) policy.extraCategories = strings(p.extraCategories);
  if (p.weights) policy.weights = { ...policy.weights, ...p.weights };
  const c = v.catalogues ?? {};
  config.catalogues = { endOfLife: list(c.endOfLife) ?? [], standards: list(c.standards) ?? [] };
}
