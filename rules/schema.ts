import { defineRule } from '../engine/rule';
import type { RuleContext } from '../engine/rule';
import type { Entity } from '../engine/document';
import { getPath, isKnownKind } from '../engine/document';
import { validateEntity } from '../engine/schema';
import type { SchemaIssue } from '../engine/schema';
import { renameKey, replaceValue } from '../engine/edits';
import { CATEGORIES } from '../engine/model';
import { nearest } from '../engine/text';
import { didYouMean, list, orList, q } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'SCHEMA',
    title: { de: 'Dokument entspricht nicht dem Format sova/v1', en: 'Document does not match the sova/v1 format' },
    messages: {
      default: { de: '{text}', en: '{text}' },
      required: { de: 'Pflichtfeld {field} fehlt.', en: 'Required field {field} is missing.' },
      unknownKey: { de: 'Unbekanntes Feld {key}{hint}. Unbekannte Felder würden Regeln stillschweigend abschalten; eigene Felder beginnen mit „x-“.', en: "Unknown field {key}{hint}. Unknown fields would silently disable rules; custom fields start with 'x-'." },
      enum: { de: '{value} ist kein zulässiger Wert für {field}; erlaubt: {allowed}.', en: '{value} is not an allowed value of {field}; allowed: {allowed}.' },
      type: { de: '{field} muss vom Typ {type} sein.', en: '{field} must be of type {type}.' },
      date: { de: '{value} ist kein gültiges Datum JJJJ-MM-TT ({field}).', en: '{value} is not a valid date YYYY-MM-DD ({field}).' },
      id: { de: 'Die id {value} muss klein geschrieben in kebab-case sein (a–z, 0–9, „-“, höchstens 63 Zeichen).', en: "The id {value} must be lower-case kebab-case (a–z, 0–9, '-', at most 63 characters)." },
      pattern: { de: '{value} hat nicht die verlangte Form ({field}).', en: '{value} does not have the required form ({field}).' },
      range: { de: '{field} muss {comparison} {limit} sein.', en: '{field} must be {comparison} {limit}.' },
      apiVersion: { de: 'apiVersion {value} wird nicht unterstützt; diese Version von sova liest sova/v1.', en: 'apiVersion {value} is not supported; this version of sova reads sova/v1.' },
      kind: { de: 'Unbekannte kind {value}; bekannt sind {allowed}.', en: 'Unknown kind {value}; known kinds are {allowed}.' },
      category: { de: 'Unbekannte Kategorie {value}{hint}. Eigene Kategorien werden in policy.extraCategories erklärt.', en: 'Unknown category {value}{hint}. Own categories are declared in policy.extraCategories.' },
      union: { de: '{field} hat nicht die verlangte Form: {detail}.', en: '{field} does not have the required form: {detail}.' },
      other: { de: '{field}: {detail}', en: '{field}: {detail}' },
    },
    severity: 'error',
    facet: 'integrity',
    rationale: {
      de: 'Nur ein formal gültiges Inventar lässt sich prüfen. Ein Tippfehler in einem Feldnamen darf eine Regel nicht stillschweigend abschalten; deshalb sind unbekannte Felder ein Fehler (außer „x-…“). Eine unbekannte Kategorie ist nur eine Warnung, weil Kommunen eigene Kategorien in policy.extraCategories ergänzen können.',
      en: "Only a formally valid inventory can be audited. A typo in a field name must not silently disable a rule, so unknown fields are an error (except 'x-…'). An unknown category is only a warning, because municipalities may add their own in policy.extraCategories.",
    },
    sources: ['sova landscape format sova/v1 (landscape-format.md)', 'JSON Schema draft 2020-12'],
    fixes: [
      { de: 'Unzulässigen Aufzählungs- oder Kategoriewert durch den nächstliegenden gültigen ersetzen', en: 'Replace an invalid enum or category value by the nearest valid one' },
      { de: 'Unbekanntes Feld in das nächstliegende bekannte umbenennen', en: 'Rename an unknown key to the nearest known key' },
    ],
    examples: { bad: 'kind: Application\nid: Ratsinfo\ncriticallity: high', good: 'kind: Application\nid: ratsinfo\ncriticality: high' },
  },
  check(entity, ctx) {
    for (const issue of validateEntity(entity)) reportIssue(entity, issue, ctx);
    if (entity.kind === 'Application') checkCategories(entity, ctx);
  },
});

const FIX_RENAME = { de: 'Umbenennen in {to}', en: 'Rename to {to}' };
const FIX_REPLACE = { de: 'Ersetzen durch {to}', en: 'Replace with {to}' };

function fieldName(path: (string | number)[]): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[') || '(document)';
}

function reportIssue(entity: Entity, issue: SchemaIssue, ctx: RuleContext): void {
  const loc = ctx.locale;
  const field = q(fieldName(issue.path), loc);
  const p = issue.params;
  const fixes = (issue.suggestions ?? []).map((to) =>
    issue.fixKind === 'rename'
      ? ctx.fix(FIX_RENAME, renameKey(entity, issue.path, to), { to: q(to, loc) })
      : ctx.fix(FIX_REPLACE, replaceValue(entity, issue.path, to), { to: q(to, loc) }),
  ).filter((f) => f !== undefined);
  if (fixes.length === 1) fixes[0]!.preferred = true;
  const base = { entity, path: issue.path, at: issue.at, fixes } as const;
  switch (issue.keyword) {
    case 'required':
      return ctx.report({ ...base, messageId: 'required', params: { field: q(p.field, loc) } });
    case 'additionalProperties': {
      return ctx.report({ ...base, messageId: 'unknownKey', params: { key: q(p.key, loc), hint: didYouMean(issue.suggestions?.[0], loc) } });
    }
    case 'enum':
    case 'const':
      return ctx.report({ ...base, messageId: 'enum', params: { value: q(p.value, loc), field, allowed: list(p.allowed, loc) } });
    case 'apiVersion':
      return ctx.report({ ...base, messageId: 'apiVersion', params: { value: q(p.value, loc) } });
    case 'kind':
      return ctx.report({ ...base, messageId: 'kind', params: { value: q(p.value, loc), allowed: list(p.allowed, loc) } });
    case 'type':
      return ctx.report({ ...base, messageId: 'type', params: { field, type: typeName(p.type, loc) } });
    case 'format':
      return ctx.report({ ...base, messageId: 'date', params: { value: q(p.value, loc), field } });
    case 'pattern':
      if (issue.path.length === 1 && issue.path[0] === 'id') return ctx.report({ ...base, messageId: 'id', params: { value: q(p.value, loc) } });
      return ctx.report({ ...base, messageId: 'pattern', params: { value: q(p.value, loc), field } });
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': case 'minLength': case 'minItems': {
      const cmp: Record<string, [string, string]> = { minimum: ['≥', '≥'], maximum: ['≤', '≤'], exclusiveMinimum: ['>', '>'], exclusiveMaximum: ['<', '<'], minLength: ['mindestens so lang wie', 'at least as long as'], minItems: ['mindestens so lang wie', 'at least as long as'] };
      return ctx.report({ ...base, messageId: 'range', params: { field, comparison: cmp[issue.keyword][loc === 'de' ? 0 : 1], limit: p.limit } });
    }
    case 'oneOf': case 'anyOf':
      return ctx.report({ ...base, messageId: 'union', params: { field, detail: unionDetail(entity, issue, loc) } });
    default:
      return ctx.report({ ...base, messageId: 'other', params: { field, detail: String(p.schemaMessage ?? issue.keyword) } });
  }
}

function unionDetail(entity: Entity, issue: SchemaIssue, loc: 'de' | 'en'): string {
  if (issue.path[0] === 'contract') return loc === 'de' ? 'die id eines Vertrags oder ein Vertrag als Mapping' : 'the id of a Contract or an inline contract mapping';
  if (issue.path[issue.path.length - 1] === 'application' || issue.path.includes('dependsOn')) return loc === 'de' ? 'application (id) oder name angeben' : 'give application (id) or name';
  return String(issue.params.schemaMessage ?? getPath(entity.raw, issue.path));
}

function typeName(t: string | string[], loc: 'de' | 'en'): string {
  const de: Record<string, string> = { string: 'Text', integer: 'ganze Zahl', number: 'Zahl', boolean: 'true/false', array: 'Liste', object: 'Mapping', null: 'leer' };
  const en: Record<string, string> = { string: 'text', integer: 'integer', number: 'number', boolean: 'true/false', array: 'list', object: 'mapping', null: 'empty' };
  const names = (Array.isArray(t) ? t : String(t).split(',')).map((x) => (loc === 'de' ? de : en)[x] ?? x);
  return orList(names, loc);
}

/** An unknown category is a warning with the nearest known value as fix (the vocabulary is extendable). */
function checkCategories(entity: Entity, ctx: RuleContext): void {
  if (!isKnownKind(entity.kind)) return;
  const cat = entity.data.category;
  const values: [unknown, (string | number)[]][] = Array.isArray(cat) ? cat.map((c, i) => [c, ['category', i]]) : cat === undefined ? [] : [[cat, ['category']]];
  const known = [...CATEGORIES, ...ctx.policy.extraCategories];
  for (const [value, path] of values) {
    if (typeof value !== 'string' || known.includes(value)) continue;
    const near = nearest(value, known, 3, 6);
    const fixes = near.map((to, i) => ctx.fix(FIX_REPLACE, replaceValue(entity, path, to), { to: q(to, ctx.locale) }, { preferred: i === 0 && near.length === 1 }));
    ctx.report({ entity, path, severity: 'warning', messageId: 'category', params: { value: q(value, ctx.locale), hint: didYouMean(near[0], ctx.locale) }, fixes });
  }
}
