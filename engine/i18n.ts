import type { Locale, Localized } from './types';
import { countries } from './catalogues';

export type Params = Record<string, string | number | undefined>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

export function localize(text: Localized, locale: Locale, params?: Params): string {
  return format(text[locale] ?? text.en, params);
}

/** Quotes a value in the locale's typographic style: „x“ (de) or 'x' (en). */
export function q(value: unknown, locale: Locale): string {
  return locale === 'de' ? `„${String(value)}“` : `'${String(value)}'`;
}

/** The values quoted and joined by commas: „a“, „b“. */
export function list(values: readonly unknown[], locale: Locale): string {
  return values.map((v) => q(v, locale)).join(', ');
}

/** An entity (application, site, party, category, standard) as messages name it: its `name`, else its id, quoted. */
export function label(entity: { id: string; name?: string }, locale: Locale): string {
  return q(entity.name ?? entity.id, locale);
}

/** The entities' labels joined by commas. */
export function labelList(entities: readonly { id: string; name?: string }[], locale: Locale): string {
  return entities.map((e) => label(e, locale)).join(', ');
}

/** A country as messages name it: "Irland (IE)" / "Ireland (IE)"; the bare code when the name is not known. */
export function countryLabel(code: string, locale: Locale): string {
  const c = code.trim().toUpperCase();
  const name = countries().name(code, locale);
  return name === code || name === c ? c : `${name} (${c})`;
}

function joinLast(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + last + items[items.length - 1];
}

/** Texts joined as written (quote values first): "a, b and c" / "a, b und c". */
export function andList(items: readonly string[], locale: Locale): string {
  return joinLast(items, locale === 'de' ? ' und ' : ' and ');
}

/** Texts joined as written (quote values first): "a, b or c" / "a, b oder c". */
export function orList(items: readonly string[], locale: Locale): string {
  return joinLast(items, locale === 'de' ? ' oder ' : ' or ');
}

/** The hint after an unknown name: " – did you mean 'x'" / " – gemeint ist wohl „x“"; empty without a suggestion. */
export function didYouMean(suggestion: string | undefined, locale: Locale): string {
  if (!suggestion) return '';
  return locale === 'de' ? ` – gemeint ist wohl ${q(suggestion, locale)}` : ` – did you mean ${q(suggestion, locale)}`;
}
