// Shared helpers of the lifecycle rules (LIFE-001/002).
import type { SecurityEnd } from '../engine/eol';
import type { RuleContext } from '../engine/rule';
import { q } from '../engine/i18n';

/**
 * `product`: " (label cycle)" for a catalogue date, " (product.eol)" for the explicit override, with a
 * leading space so that messages read "{name}{product} …"; `date`: the end of security support.
 */
export function eolParams(end: SecurityEnd, ctx: RuleContext): { product: string; date: string } {
  const label = end.source === 'catalogue' ? q(`${end.product} ${end.cycle}`, ctx.locale) : 'product.eol';
  return { product: ` (${label})`, date: end.date };
}
