// Shared helpers of the lifecycle rules (LIFE-001/002).
import type { Entity } from '../engine/document';
import type { SecurityEnd } from '../engine/eol';
import { securityEnd } from '../engine/eol';
import type { RuleContext } from '../engine/rule';
import { q } from '../engine/i18n';

const ends = new WeakMap<object, WeakMap<Entity, SecurityEnd | null>>();

/**
 * `securityEnd` of the application, computed once per landscape (= per audit, whose end-of-life
 * catalogue it reads) for LIFE-001 and LIFE-002 both. Shared between callers: never mutate it.
 */
export function securityEndOf(app: Entity, ctx: RuleContext): SecurityEnd | undefined {
  let perApp = ends.get(ctx.landscape.epoch);
  if (!perApp) ends.set(ctx.landscape.epoch, (perApp = new WeakMap()));
  let end = perApp.get(app);
  if (end === undefined) perApp.set(app, (end = securityEnd(app, ctx) ?? null));
  return end ?? undefined;
}

/**
 * `product`: " (label cycle)" for a catalogue date, " (product.eol)" for the explicit override, with a
 * leading space so that messages read "{name}{product} …"; `date`: the end of security support.
 */
export function eolParams(end: SecurityEnd, ctx: RuleContext): { product: string; date: string } {
  const label = end.source === 'catalogue' ? q(`${end.product} ${end.cycle}`, ctx.locale) : 'product.eol';
  return { product: ` (${label})`, date: end.date };
}
