// JSON Schema validation of entities (ajv, compiled once per kind) and the mapping of its errors to
// positioned, locale-independent issues. The SCHEMA rule turns issues into findings.
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Entity, Path } from './document';
import { isKnownKind } from './document';
import { readJsonAsset } from './assets';
import { nearest } from './text';
import type { Kind } from './types';
import { KINDS } from './types';

export const SCHEMA_FILES: Record<Kind | 'Config', string> = {
  Application: 'application.schema.json',
  Contract: 'contract.schema.json',
  Party: 'party.schema.json',
  HostingSite: 'hosting-site.schema.json',
  Standard: 'standard.schema.json',
  DataCategory: 'data-category.schema.json',
  Config: 'config.schema.json',
};

export interface SchemaIssue {
  path: Path;
  /** `key`: the finding is located at the key at `path` (unknown key); `value`: at its value. */
  at: 'key' | 'value';
  keyword: string;
  params: Record<string, any>;
  /** Replacement suggestions (nearest enum value, nearest known key …). */
  suggestions?: string[];
  /** For `additionalProperties`: the key to rename; the fix renames, otherwise it replaces the value. */
  fixKind?: 'rename' | 'replace';
}

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

const schemas = new Map<string, any>();

/** The JSON Schema of a kind (read once; callers must not mutate it). */
export function schemaFor(kind: Kind | 'Config'): any {
  let s = schemas.get(kind);
  if (!s) schemas.set(kind, (s = readJsonAsset('schemas', SCHEMA_FILES[kind])));
  return s;
}

export function validator(kind: Kind | 'Config'): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: false, verbose: true }), ['date', 'uri']) as Ajv2020;
    v = ajv.compile(schemaFor(kind));
    validators.set(kind, v);
  }
  return v;
}

export function pointerToPath(pointer: string, data: any): Path {
  if (!pointer) return [];
  const path: Path = [];
  let cur = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key: string | number = Array.isArray(cur) && /^\d+$/.test(seg) ? Number(seg) : seg;
    path.push(key);
    cur = cur?.[key as any];
  }
  return path;
}

/** Validates `raw` against the schema of `kind` and maps ajv's errors to issues. */
export function validateData(kind: Kind | 'Config', raw: any): SchemaIssue[] {
  const validate = validator(kind);
  if (validate(raw)) return [];
  return mapErrors(validate.errors ?? [], raw);
}

function mapErrors(errors: ErrorObject[], raw: any): SchemaIssue[] {
  // A oneOf/anyOf reports each branch; keep only the errors of the branch that fits the value's type.
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath);
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (unions.includes(e.instancePath) && e.keyword === 'type') return false;
    if ((e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
      return !errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && !(o.keyword === 'type' && o.instancePath === e.instancePath) && o.keyword !== 'oneOf' && o.keyword !== 'anyOf');
    }
    return true;
  });
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  for (const e of kept) {
    const base = pointerToPath(e.instancePath, raw);
    let issue: SchemaIssue;
    const branchTypes = (e.keyword === 'anyOf' || e.keyword === 'oneOf')
      ? errors.filter((o) => o.instancePath === e.instancePath && o.keyword === 'type').map((o) => String(o.params.type))
      : [];
    if (branchTypes.length) {
      // A union of plain types (`text or list`): report it as one type error.
      issue = { path: base, at: 'value', keyword: 'type', params: { type: branchTypes, value: e.data } };
    } else if (e.keyword === 'additionalProperties') {
      const key = e.params.additionalProperty as string;
      const known = Object.keys((e.parentSchema as any)?.properties ?? {});
      issue = { path: [...base, key], at: 'key', keyword: e.keyword, params: { key, known }, suggestions: nearest(key, known, 1), fixKind: 'rename' };
    } else if (e.keyword === 'required') {
      issue = { path: [...base, e.params.missingProperty], at: 'value', keyword: e.keyword, params: { field: e.params.missingProperty } };
    } else if (e.keyword === 'enum') {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const value = e.data;
      issue = { path: base, at: 'value', keyword: e.keyword, params: { value, allowed }, suggestions: nearest(String(value), allowed, 3, 6), fixKind: 'replace' };
    } else if (e.keyword === 'const') {
      issue = { path: base, at: 'value', keyword: e.keyword, params: { value: e.data, allowed: [String(e.params.allowedValue)] }, suggestions: [String(e.params.allowedValue)], fixKind: 'replace' };
    } else {
      issue = { path: base, at: 'value', keyword: e.keyword, params: { ...e.params, value: e.data, schemaMessage: e.message } };
    }
    const key = `${issue.keyword}:${issue.path.join('/')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** Issues of `apiVersion`/`kind` themselves: an unknown version or kind. */
function headerIssues(entity: Entity): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (entity.apiVersion !== 'sova/v1') {
    issues.push({ path: ['apiVersion'], at: 'value', keyword: 'apiVersion', params: { value: entity.apiVersion }, suggestions: ['sova/v1'], fixKind: 'replace' });
  }
  if (!isKnownKind(entity.kind)) {
    issues.push({ path: ['kind'], at: 'value', keyword: 'kind', params: { value: entity.kind, allowed: KINDS }, suggestions: nearest(String(entity.kind), KINDS, 1, 8), fixKind: 'replace' });
  }
  return issues;
}

const issuesOf = new WeakMap<Entity, SchemaIssue[]>();

/**
 * Validates an entity once (cached on the entity, which lives as long as its file's text) and
 * replaces `entity.data` by a copy without the invalid values, so that rules skip only those fields.
 */
export function validateEntity(entity: Entity): SchemaIssue[] {
  let issues = issuesOf.get(entity);
  if (issues) return issues;
  issues = headerIssues(entity);
  if (!issues.length) issues = validateData(entity.kind as Kind, entity.raw);
  entity.data = withoutInvalid(entity.raw, issues);
  issuesOf.set(entity, issues);
  return issues;
}

const DROP = Symbol('invalid');

export function withoutInvalid(raw: any, issues: SchemaIssue[]): any {
  const invalid = issues.filter((i) => i.keyword !== 'required' && i.keyword !== 'additionalProperties' && i.path.length > 0);
  if (!invalid.length) return raw;
  const copy = structuredClone(raw);
  for (const issue of invalid) {
    let parent = copy;
    for (const seg of issue.path.slice(0, -1)) parent = parent?.[seg as any];
    if (parent && typeof parent === 'object') parent[issue.path[issue.path.length - 1] as any] = DROP;
  }
  return compact(copy);
}

/**
 * Removes the dropped values. In lists the item becomes `undefined` instead of disappearing, so that
 * the indices of the valid items stay those of the source (rules build paths and fixes from them).
 */
function compact(v: any): any {
  if (Array.isArray(v)) return v.map((x) => (x === DROP ? undefined : compact(x)));
  if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      if (v[k] === DROP) delete v[k];
      else v[k] = compact(v[k]);
    }
  }
  return v;
}

/** The description of the schema property at `path` of a kind (for hover and completion). */
export function describe(kind: Kind | 'Config', path: Path): { description?: string; enum?: string[]; properties?: Record<string, any> } | undefined {
  let s = resolve(schemaFor(kind), schemaFor(kind));
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number') s = resolve(s.items ?? firstBranch(s, 'items'), schemaFor(kind));
    else s = resolve(s.properties?.[seg] ?? firstBranch(s, 'properties', seg), schemaFor(kind));
  }
  return s;
}

function firstBranch(s: any, key: string, prop?: string): any {
  for (const b of [...(s.oneOf ?? []), ...(s.anyOf ?? [])]) {
    if (prop === undefined ? b[key] : b[key]?.[prop]) return prop === undefined ? b[key] : b[key][prop];
  }
  return undefined;
}

function resolve(s: any, root: any): any {
  let guard = 0;
  while (s?.$ref && guard++ < 10) {
    const ref: string = s.$ref;
    if (!ref.startsWith('#/')) return s;
    const target = ref.slice(2).split('/').reduce((o: any, k: string) => o?.[k], root);
    s = { ...target, ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref')) };
  }
  return s;
}
