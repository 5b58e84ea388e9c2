// What the format says beyond the JSON Schemas: the category vocabulary and the reference fields.
import type { Path } from './document';
import type { Kind } from './types';

export const CATEGORIES = [
  'council-information', 'e-invoice', 'building-permits', 'planning', 'residents-register', 'civil-status',
  'e-file', 'document-management', 'inter-authority-exchange', 'citizen-portal', 'mail', 'calendar',
  'contacts', 'chat', 'video-conferencing', 'office', 'collaboration', 'geo', 'identity', 'directory',
  'finance', 'hr-payroll', 'social-benefits', 'school', 'website', 'ticketing', 'database', 'backup',
  'monitoring', 'network', 'security', 'other',
] as const;

export const LAYERS = ['specialist-app', 'cross-cutting', 'office', 'client-os', 'platform', 'server-os', 'infrastructure'] as const;

/** A field holding the id of another entity. `*` stands for every item of a list. */
export interface RefField { kind: Kind; path: (string | '*')[]; target: Kind }

export const REF_FIELDS: RefField[] = [
  { kind: 'Application', path: ['vendor'], target: 'Party' },
  { kind: 'Application', path: ['deployment', 'sites', '*'], target: 'HostingSite' },
  { kind: 'Application', path: ['deployment', 'operator'], target: 'Party' },
  { kind: 'Application', path: ['interfaces', '*', 'standard'], target: 'Standard' },
  { kind: 'Application', path: ['data', '*'], target: 'DataCategory' },
  { kind: 'Application', path: ['dependsOn', '*', 'application'], target: 'Application' },
  { kind: 'Application', path: ['contract'], target: 'Contract' },
  { kind: 'Application', path: ['contract', 'provider'], target: 'Party' },
  { kind: 'Application', path: ['contract', 'switching', 'exportFormats', '*'], target: 'Standard' },
  { kind: 'Contract', path: ['provider'], target: 'Party' },
  { kind: 'Contract', path: ['switching', 'exportFormats', '*'], target: 'Standard' },
  { kind: 'Party', path: ['parent'], target: 'Party' },
  { kind: 'HostingSite', path: ['operator'], target: 'Party' },
  { kind: 'Standard', path: ['replacedBy'], target: 'Standard' },
];

export interface RefOccurrence { field: RefField; path: Path; id: string }

/** Every reference an entity's data holds (string values at reference fields). */
export function referencesOf(kind: string, data: any): RefOccurrence[] {
  const out: RefOccurrence[] = [];
  for (const field of REF_FIELDS) {
    if (field.kind !== kind) continue;
    walk(data, field.path, [], (value, path) => {
      if (typeof value === 'string' && value) out.push({ field, path, id: value });
    });
  }
  return out;
}

function walk(v: any, pattern: (string | '*')[], at: Path, visit: (v: any, p: Path) => void): void {
  if (!pattern.length) return visit(v, at);
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, rest, [...at, i], visit));
  } else if (v && typeof v === 'object' && !Array.isArray(v) && head in v) {
    walk(v[head], rest, [...at, head], visit);
  }
}

/** The kind a reference field at `path` (with concrete indices) points to, if it is one. */
export function refTargetAt(kind: string, path: Path): Kind | undefined {
  for (const field of REF_FIELDS) {
    if (field.kind !== kind || field.path.length !== path.length) continue;
    if (field.path.every((seg, i) => seg === '*' ? typeof path[i] === 'number' : seg === path[i])) return field.target;
  }
  return undefined;
}

export function asList<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}
