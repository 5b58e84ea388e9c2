// Shared helpers of the open-standards rules (STD-*) and of EXIT-002: an application's categories and
// interfaces (computed once per application) and the "add the interface entry" finding.
import type { Entity } from '../engine/document';
import { appendItem } from '../engine/edits';
import { label } from '../engine/i18n';
import type { Params } from '../engine/i18n';
import { asList } from '../engine/model';
import type { RuleContext } from '../engine/rule';
import type { Fix, Localized } from '../engine/types';

export type Role = 'api' | 'auth' | 'transport' | 'default-format' | 'export-format';

export interface InterfaceEntry { index: number; standard?: string; role?: string }

/**
 * A function of one application's own data, computed once per Entity: an Entity lives as long as its
 * file's text, and rules run after the landscape has validated it (its `data` no longer changes).
 * Results are shared between callers: never mutate them.
 */
function perApplication<T>(compute: (app: Entity) => T): (app: Entity) => T {
  const memo = new WeakMap<Entity, T>();
  return (app) => {
    let value = memo.get(app);
    if (value === undefined) memo.set(app, (value = compute(app)));
    return value;
  };
}

/** `category` as a list (one value or a list), string values only. */
export const categoriesOf: (app: Entity) => readonly string[] = perApplication((app) =>
  asList<unknown>(app.data.category).filter((c): c is string => typeof c === 'string'));

/** The interface entries that are mappings, with their index in `interfaces`. */
export const interfacesOf: (app: Entity) => readonly InterfaceEntry[] = perApplication((app) => {
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
});

/** The standards of the application's interfaces (any role). */
const interfaceStandards: (app: Entity) => ReadonlySet<string> = perApplication((app) =>
  new Set(interfacesOf(app).flatMap((i) => (i.standard === undefined ? [] : [i.standard]))));

/** True when one of the application's interfaces (any role) uses one of these standards. */
export function hasInterface(app: Entity, standards: readonly string[]): boolean {
  const used = interfaceStandards(app);
  return standards.some((s) => used.has(s));
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
function addInterfaceFixes(app: Entity, ctx: RuleContext, options: NewInterface[]): (Fix | undefined)[] {
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
    entity: app, path: ['interfaces'], at: 'key', messageId, params: { name: label(app, ctx.locale), ...params },
    fixes: addInterfaceFixes(app, ctx, options),
  });
}
