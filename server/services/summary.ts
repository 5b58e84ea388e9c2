// A short Markdown summary of an entity (hover on a reference, completion documentation).
import type { Entity } from '../../engine/document';
import { getPath } from '../../engine/document';

/** The fields that say most about an entity of each kind, in the order they are shown. */
const KEY_FIELDS: Record<string, string[]> = {
  Application: ['layer', 'category', 'vendor', 'licence.spdx', 'licence.model', 'deployment.model', 'deployment.operator', 'criticality'],
  Contract: ['provider', 'type', 'end', 'governingLaw', 'dpa.signed'],
  Party: ['legalName', 'country', 'sector', 'parent', 'self'],
  HostingSite: ['operator', 'country', 'city', 'ownership', 'stack'],
  Standard: ['openness', 'body', 'domain', 'version', 'replacedBy'],
  DataCategory: ['personal', 'specialCategory', 'secrecy', 'protectionNeed', 'allowedRegions', 'requiredLevel'],
};

function show(v: unknown): string {
  if (Array.isArray(v)) return v.map(show).join(', ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function entitySummary(e: Entity, displayPath: (file: string) => string = (f) => f): string {
  const head = `**${e.kind}** \`${e.id}\`${e.name ? ` — ${e.name}` : ''}`;
  const rows: string[] = [];
  for (const field of KEY_FIELDS[e.kind] ?? []) {
    let v = getPath(e.raw, field.split('.'));
    if (v === undefined && e.kind === 'Standard' && field === 'openness') v = 'open (default)';
    if (v !== undefined && v !== null && v !== '') rows.push(`${field}: \`${show(v)}\``);
  }
  const where = e.builtin ? `shipped catalogue: ${displayPath(e.file)}` : displayPath(e.file);
  const parts = [head];
  if (rows.length) parts.push(rows.join(' · '));
  if (typeof e.raw.description === 'string') parts.push(e.raw.description);
  parts.push(`*${where}*`);
  return parts.join('\n\n');
}
