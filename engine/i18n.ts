import type { Locale, Localized } from './types';

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

export function list(values: readonly unknown[], locale: Locale): string {
  return values.map((v) => q(v, locale)).join(', ');
}
