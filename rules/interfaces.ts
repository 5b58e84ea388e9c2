// Shared helpers of the open-standards rules (STD-*) and of EXIT-002: an application's categories and
// interfaces, how a standard resolves and how open it is, and the "add the interface entry" finding.
import type { Entity } from '../engine/document';
import { appendItem } from '../engine/edits';
import { q } from '../engine/i18n';
import type { Params } from '../engine/i18n';
import { asList } from '../engine/model';
import type { RuleContext } from '../engine/rule';
import type { Fix, Locale, Localized } from '../engine/types';

export type Openness = 'open' | 'contested' | 'proprietary';
export type Role = 'api' | 'auth' | 'transport' | 'default-format' | 'export-format';

export interface InterfaceEntry { index: number; standard?: string; role?: string }

/** The application's name in the locale's quotes. */
export function appName(app: Entity, ctx: RuleContext): string {
  return q(app.name ?? app.id, ctx.locale);
}

/** `category` as a list (one value or a list), string values only. */
export function categoriesOf(app: Entity): string[] {
  return asList<unknown>(app.data.category).filter((c): c is string => typeof c === 'string');
}

/** The interface entries that are mappings, with their index in `interfaces`. */
export function interfacesOf(app: Entity): InterfaceEntry[] {
  const list = app.data.interfaces;
  if (!Array.isArray(list)) return [];
  const out: InterfaceEntry[] = [];
  list.forEach((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    out.push({
      index,
      standard: typeof item.standard === 'string' ? item.standard : undefined,
      role: typeof item.role === 'string' ? item.role : undefined,
    });
  });
  return out;
}

/** True when one of the application's interfaces (any role) uses one of these standards. */
export function hasInterface(app: Entity, standards: readonly string[]): boolean {
  return interfacesOf(app).some((i) => i.standard !== undefined && standards.includes(i.standard));
}

/** `openness` of a Standard (landscape first, then the shipped catalogue); `open` when not set. */
export function opennessOf(std: Entity): Openness {
  const o = std.data.openness;
  return o === 'contested' || o === 'proprietary' ? o : 'open';
}

/** "'a' or 'b'" / „a“ oder „b“. */
export function orList(values: readonly string[], locale: Locale): string {
  const quoted = values.map((v) => q(v, locale));
  if (quoted.length <= 1) return quoted.join('');
  const or = locale === 'de' ? ' oder ' : ' or ';
  return quoted.slice(0, -1).join(', ') + or + quoted[quoted.length - 1];
}

/** An interface entry a fix appends. `spec` only where the role asks for one (STD-004). */
export interface NewInterface { standard: string; role: Role; spec?: Localized }

const ADD_TITLE: Localized = { de: 'Schnittstelle {standard} ({role}) ergänzen', en: 'Add interface {standard} ({role})' };

/** The "add the interface entry" fix: appends to `interfaces`, creating the list when it is missing. */
export function addInterfaceFix(app: Entity, ctx: RuleContext, entry: NewInterface, extra: Partial<Fix>): Fix | undefined {
  const item: Record<string, string> = { standard: entry.standard, role: entry.role };
  if (entry.spec) item.spec = ctx.t(entry.spec);
  return ctx.fix(ADD_TITLE, appendItem(app, ['interfaces'], item), { standard: entry.standard, role: entry.role }, extra);
}

/** One fix per option: the only option is preferred; among several, each is a choice (never applied by `--fix`). */
export function addInterfaceFixes(app: Entity, ctx: RuleContext, options: NewInterface[]): (Fix | undefined)[] {
  const extra: Partial<Fix> = options.length === 1 ? { preferred: true } : { needsChoice: true };
  return options.map((o) => addInterfaceFix(app, ctx, o, extra));
}

/**
 * A finding about an interface the application lacks, located at the `interfaces` key (the list that
 * should hold it), else at the document (the mapping that should hold `interfaces`), with one fix per
 * acceptable standard (see `addInterfaceFixes`).
 */
export function reportMissingInterface(app: Entity, ctx: RuleContext, messageId: string, params: Params, options: NewInterface[]): void {
  ctx.report({
    entity: app, path: ['interfaces'], at: 'key', messageId, params: { name: appName(app, ctx), ...params },
    fixes: addInterfaceFixes(app, ctx, options),
  });
}
