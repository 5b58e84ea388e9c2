// Completion from the text at the cursor (it works while the YAML is momentarily broken): keys of
// each kind with their descriptions, enum values, ids of existing entities for reference fields,
// categories, SPDX licence ids and operators, rule ids in `# sova-ignore` and in the config's `rules:`.
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind } from 'vscode-languageserver/node';
import type { CompletionItem, Position } from 'vscode-languageserver/node';
import { KINDS, RULES, SEVERITY_OVERRIDES } from '../../engine';
import type { Kind, Locale } from '../../engine';
import type { SovaConfig } from '../../engine/config';
import type { Path } from '../../engine/document';
import type { Landscape } from '../../engine/landscape';
import { CATEGORIES, refTargetAt } from '../../engine/model';
import { describe } from '../../engine/schema';
import { localize } from '../../engine/i18n';
import { allLicenceIds, exceptionIds } from '../../engine/licence';
import type { LineContext } from './cursor';
import { kindAt, lineContext } from './cursor';
import { entitySummary } from './summary';

export interface CompletionInput {
  text: string;
  position: Position;
  /** The character that triggered the request, if any. */
  triggerCharacter?: string;
  /** The folder's current index (ids for reference fields); absent outside a workspace. */
  landscape?: Landscape;
  config?: SovaConfig;
  /** The file is the workspace's sova.config.yaml. */
  isConfigFile: boolean;
  locale: Locale;
  /** Absolute path → path shown to the user (relative to the workspace root). */
  displayPath?(file: string): string;
  /** The workspace folder of the file: id items name it in their `data` for `completionItem/resolve`. */
  folderUri?: string;
}

/** `data` of an id item: what `resolveCompletionItem` needs to document it. */
export interface IdItemData { kind: Kind; id: string; folderUri?: string }

const COMMON_KEYS = ['apiVersion', 'kind', 'id', 'name', 'description', 'owner', 'lastReviewed', 'tags', 'notes'];
const SPDX_OPERATORS = ['AND', 'OR', 'WITH'];

export function complete(input: CompletionInput): CompletionItem[] {
  const ctx = lineContext(input.text, input.position.line, input.position.character);
  if (!ctx) return [];
  const lines = input.text.split('\n');
  const kind = input.isConfigFile ? 'Config' : kindAt(lines.map((l) => l.replace(/\r$/, '')), input.position.line);
  const line = input.position.line;
  const range = { start: { line, character: ctx.from }, end: { line, character: ctx.to } };
  const typedSpace = input.triggerCharacter === ' ';
  let items: CompletionItem[];
  switch (ctx.type) {
    case 'ignore':
      items = ruleItems(input.locale, false);
      break;
    case 'key':
      if (typedSpace && !ctx.orItem) return []; // indenting is not asking for keys; `- ` may ask for an item
      items = keyItems(kind, ctx, input);
      break;
    case 'value':
      items = valueItems(kind, ctx.path, ctx, input);
      break;
  }
  return items.map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label }, insertText: undefined }));
}

// ── Keys ─────────────────────────────────────────────────────────────────────────────────────────

function keyItems(kind: string | undefined, ctx: Extract<LineContext, { type: 'key' }>, input: CompletionInput): CompletionItem[] {
  if (kind === 'Config' && ctx.container.length === 1 && ctx.container[0] === 'rules') {
    return ruleItems(input.locale, !ctx.hasColon).filter((i) => !ctx.siblings.includes(i.label));
  }
  const schemaKind = schemaKindOf(kind);
  if (!schemaKind) {
    // No kind yet: the keys every document starts with.
    return ctx.container.length ? [] : COMMON_KEYS.filter((k) => !ctx.siblings.includes(k)).map((k, i) => ({ label: k, kind: CompletionItemKind.Property, insertText: `${k}: `, sortText: String(i).padStart(3, '0') }));
  }
  const schema = safeDescribe(schemaKind, ctx.container);
  const props = propertiesOf(schema);
  if (!props) return ctx.orItem ? valueItems(kind, ctx.container, { prefix: ctx.prefix, text: ctx.prefix }, input) : [];
  const required = new Set<string>(requiredOf(schema));
  const keys = Object.keys(props).filter((k) => !ctx.siblings.includes(k));
  const items: CompletionItem[] = keys.map((key) => {
    const p = props[key] ?? {};
    const item: CompletionItem = {
      label: key,
      kind: CompletionItemKind.Property,
      detail: typeLabel(p),
      insertText: ctx.hasColon ? key : `${key}: `,
      sortText: `${required.has(key) ? 0 : 1}${String(keys.indexOf(key)).padStart(3, '0')}`,
    };
    const doc = describeProp(schemaKind, [...ctx.container, key]) ?? p.description;
    if (doc) item.documentation = { kind: MarkupKind.Markdown, value: doc };
    return item;
  });
  if (ctx.orItem) items.push(...valueItems(kind, ctx.container, { prefix: ctx.prefix, text: ctx.prefix }, input));
  return items;
}

function propertiesOf(schema: any): Record<string, any> | undefined {
  if (!schema) return undefined;
  if (schema.properties) return schema.properties;
  const merged: Record<string, any> = {};
  for (const b of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) Object.assign(merged, b.properties ?? {});
  return Object.keys(merged).length ? merged : undefined;
}

function requiredOf(schema: any): string[] {
  return schema?.required ?? [];
}

function typeLabel(p: any): string | undefined {
  if (p.enum) return p.enum.join(' | ');
  if (p.const !== undefined) return String(p.const);
  if (p.type) return Array.isArray(p.type) ? p.type.join(' | ') : p.type;
  if (p.anyOf || p.oneOf) return [...(p.anyOf ?? []), ...(p.oneOf ?? [])].map((b: any) => b.type).filter(Boolean).join(' | ') || undefined;
  return undefined;
}

function describeProp(kind: Kind | 'Config', path: Path): string | undefined {
  return safeDescribe(kind, path)?.description;
}

// ── Values ───────────────────────────────────────────────────────────────────────────────────────

function valueItems(kind: string | undefined, path: Path, ctx: { prefix: string; text: string }, input: CompletionInput): CompletionItem[] {
  if (kind === 'Config') return configValueItems(path, ctx, input);
  const last = path[path.length - 1];
  if (path.length === 1 && last === 'kind') return KINDS.map((k) => ({ label: k, kind: CompletionItemKind.Class }));
  if (path.length === 1 && last === 'apiVersion') return [{ label: 'sova/v1', kind: CompletionItemKind.Constant }];
  const schemaKind = schemaKindOf(kind);
  if (!schemaKind) return [];
  const target = refTargetAt(schemaKind, path);
  if (target) return idItems(target, input);
  if (isLicenceField(schemaKind, path)) return spdxItems(ctx.text);
  if (isCategoryField(schemaKind, path)) return categoryItems(input);
  return enumItems(safeDescribe(schemaKind, path));
}

function configValueItems(path: Path, ctx: { prefix: string; text: string }, _input: CompletionInput): CompletionItem[] {
  if (path.length === 2 && path[0] === 'rules') return SEVERITY_OVERRIDES.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
  if (path[0] === 'policy' && path[1] === 'licenceAllowList' && path.length <= 3) return spdxItems(ctx.text, true);
  return enumItems(safeDescribe('Config', path));
}

function enumItems(schema: any): CompletionItem[] {
  if (!schema) return [];
  const values = new Set<string>();
  const collect = (s: any) => {
    for (const v of s?.enum ?? []) values.add(String(v));
    if (s?.const !== undefined) values.add(String(s.const));
    if (s?.type === 'boolean') { values.add('true'); values.add('false'); }
    for (const b of [...(s?.anyOf ?? []), ...(s?.oneOf ?? [])]) collect(b);
  };
  collect(schema);
  return [...values].map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
}

function idItems(target: Kind, input: CompletionInput): CompletionItem[] {
  const landscape = input.landscape;
  if (!landscape) return [];
  // The summaries are built on `completionItem/resolve`, for the item the user looks at: thousands of
  // ids with their summaries would make every answer megabytes.
  return landscape.ids(target).map((id) => {
    const e = landscape.get(target, id);
    const data: IdItemData = { kind: target, id, folderUri: input.folderUri };
    return { label: id, kind: CompletionItemKind.Reference, detail: e?.name ? `${target}: ${e.name}` : target, sortText: `${e?.builtin ? 1 : 0}${id}`, data };
  });
}

/** `completionItem/resolve`: an id item gets the summary of its entity; other items stay as they are. */
export function resolveCompletionItem(item: CompletionItem, landscape: Landscape | undefined, displayPath?: (file: string) => string): CompletionItem {
  const data = item.data as Partial<IdItemData> | undefined;
  if (!landscape || typeof data?.kind !== 'string' || typeof data.id !== 'string') return item;
  const e = landscape.get(data.kind, data.id);
  return e ? { ...item, documentation: { kind: MarkupKind.Markdown, value: entitySummary(e, displayPath) } } : item;
}

function categoryItems(input: CompletionInput): CompletionItem[] {
  const extra = input.config?.policy.extraCategories ?? [];
  return [...CATEGORIES, ...extra.filter((c) => !(CATEGORIES as readonly string[]).includes(c))].map((c) => ({ label: c, kind: CompletionItemKind.EnumMember }));
}

function isLicenceField(kind: string, path: Path): boolean {
  return kind === 'Application' && path.length === 2 && path[0] === 'licence' && path[1] === 'spdx';
}

function isCategoryField(kind: string, path: Path): boolean {
  if (kind === 'Application') return path[0] === 'category' && (path.length === 1 || (path.length === 2 && typeof path[1] === 'number'));
  if (kind === 'Standard') return path[0] === 'mandatedFor' && path.length === 2 && typeof path[1] === 'number';
  return false;
}

/**
 * The SPDX expression up to the cursor decides what comes next: after `WITH` an exception id,
 * after a licence id or `)` an operator, otherwise a licence id. `single`: ids only (allow lists).
 */
function spdxItems(textBefore: string, single = false): CompletionItem[] {
  const tokens = textBefore.replace(/^["']/, '').replace(/[()]/g, ' $& ').trim().split(/\s+/).filter(Boolean);
  if (/[A-Za-z0-9.+\-:]$/.test(textBefore)) tokens.pop(); // the id being typed
  const prev = tokens[tokens.length - 1];
  const ids = (): CompletionItem[] => allLicenceIds().map((info, i) => ({
    label: info.id,
    kind: CompletionItemKind.Value,
    detail: info.name,
    tags: info.deprecated ? [CompletionItemTag.Deprecated] : undefined,
    sortText: `${info.deprecated ? 1 : 0}${String(i).padStart(5, '0')}`,
  }));
  if (single) return ids();
  if (prev === 'WITH') return exceptionIds().map((id) => ({ label: id, kind: CompletionItemKind.Value }));
  if (prev && prev !== 'AND' && prev !== 'OR' && prev !== '(') {
    return SPDX_OPERATORS.map((op) => ({ label: op, kind: CompletionItemKind.Operator, sortText: `0${op}` }));
  }
  return ids();
}

// ── Rule ids ─────────────────────────────────────────────────────────────────────────────────────

function ruleItems(locale: Locale, asKey: boolean): CompletionItem[] {
  return RULES.map(({ meta }) => ({
    label: meta.id,
    kind: CompletionItemKind.Keyword,
    detail: localize(meta.title, locale),
    documentation: { kind: MarkupKind.Markdown, value: localize(meta.rationale, locale) },
    insertText: asKey ? `${meta.id}: ` : meta.id,
    insertTextFormat: InsertTextFormat.PlainText,
  }));
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────

function schemaKindOf(kind: string | undefined): Kind | 'Config' | undefined {
  if (kind === 'Config') return 'Config';
  return kind && (KINDS as string[]).includes(kind) ? (kind as Kind) : undefined;
}

function safeDescribe(kind: Kind | 'Config', path: Path): any {
  try {
    return describe(kind, path);
  } catch {
    return undefined;
  }
}
