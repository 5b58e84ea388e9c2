// End of security support of an application (rules.md LIFE-001/002): `product.eol`, else the
// end-of-life catalogue's `eol` for `product.endoflife` + `product.cycle`. The catalogue is the shipped
// one plus the config's `catalogues.endOfLife` files (relative to the workspace root), merged once per audit.
import * as path from 'node:path';
import { isScalar } from 'yaml';
import type { Entity, Path } from './document';
import { nodeAt } from './document';
import { isDate } from './dates';
import type { EolCatalogue, EolCycle } from './catalogues';
import { EOL_DATE_UNKNOWN, findCycle, loadEolCatalogue, securityEol } from './catalogues';
import type { RuleContext } from './rule';

export interface SecurityEnd {
  /** End of security support, `YYYY-MM-DD`; `EOL_DATE_UNKNOWN` when the catalogue says "ended" without a date. */
  date: string;
  /** True when the catalogue records the end without a date (endoflife.date `eol: true`). */
  dateUnknown: boolean;
  /** Where it comes from: the explicit override, or the catalogue. */
  source: 'product.eol' | 'catalogue';
  /** The field of the application the date was read from (for locating findings). */
  path: Path;
  /** Catalogue product label and cycle, when from the catalogue. */
  product?: string;
  cycle?: string;
  /** `product.extendedSupportUntil`, when a valid date. */
  extendedSupportUntil?: string;
}

const catalogues = new WeakMap<object, { catalogue: EolCatalogue; problem?: string }>();

/** The workspace root: the folder of `sova.config.yaml` (only a config file can name extra catalogues). */
function workspaceRoot(ctx: RuleContext): string | undefined {
  const file = ctx.loadedConfig.source?.file;
  return file ? path.dirname(file) : undefined;
}

/** The end-of-life catalogue of this audit (shipped + extra files), computed once per landscape. */
export function eolCatalogueFor(ctx: RuleContext): { catalogue: EolCatalogue; problem?: string } {
  let entry = catalogues.get(ctx.landscape.epoch);
  if (entry) return entry;
  const root = workspaceRoot(ctx);
  const extra = root ? ctx.config.catalogues.endOfLife.map((rel) => path.resolve(root, rel)) : [];
  try {
    entry = { catalogue: loadEolCatalogue(extra) };
  } catch (err) {
    // A broken extra file must not stop the audit: use the shipped catalogue and keep the problem.
    entry = { catalogue: loadEolCatalogue(), problem: (err as Error).message };
  }
  catalogues.set(ctx.landscape.epoch, entry);
  return entry;
}

/** The cycle as text: a number keeps the digits it was written with (`3.10` stays "3.10"). */
function cycleText(app: Entity): string | number | undefined {
  const cycle = app.data.product?.cycle;
  if (typeof cycle === 'string') return cycle;
  if (typeof cycle !== 'number') return undefined;
  const node = nodeAt(app.map, ['product', 'cycle']);
  return isScalar(node) && typeof node.source === 'string' && node.source ? node.source : cycle;
}

/** The catalogue cycle for the application's `product.endoflife` + `product.cycle`, if the catalogue knows it. */
function catalogueCycle(app: Entity, ctx: RuleContext): { label: string; cycle: EolCycle } | undefined {
  const key = app.data.product?.endoflife;
  const cycle = cycleText(app);
  if (typeof key !== 'string' || cycle === undefined) return undefined;
  const { catalogue } = eolCatalogueFor(ctx);
  const product = catalogue.products.get(key);
  if (!product) return undefined;
  const found = findCycle(catalogue, key, cycle);
  return found ? { label: product.label, cycle: found } : undefined;
}

/**
 * The end of security support of an application, or undefined when it is not known: no valid
 * `product.eol`, and no catalogue cycle for `product.endoflife` + `product.cycle` with an `eol` date or `true`.
 */
export function securityEnd(app: Entity, ctx: RuleContext): SecurityEnd | undefined {
  const product = app.data.product;
  if (!product || typeof product !== 'object') return undefined;
  const esu = isDate(product.extendedSupportUntil) ? product.extendedSupportUntil : undefined;
  if (isDate(product.eol)) {
    return { date: product.eol, dateUnknown: false, source: 'product.eol', path: ['product', 'eol'], extendedSupportUntil: esu };
  }
  if (app.raw.product?.eol != null) return undefined; // present but invalid: SCHEMA says so; never guess from the catalogue
  const found = catalogueCycle(app, ctx);
  if (!found) return undefined;
  const date = securityEol(found.cycle);
  if (!date) return undefined;
  return {
    date, dateUnknown: date === EOL_DATE_UNKNOWN, source: 'catalogue', path: ['product', 'cycle'],
    product: found.label, cycle: found.cycle.cycle, extendedSupportUntil: esu,
  };
}
