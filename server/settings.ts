// The editor settings of section `sova`, read per workspace folder (never shared across folders).
import { isDate, RULE_IDS, SEVERITY_OVERRIDES } from '../engine';
import type { AuditOptions, Locale, SeverityOverride } from '../engine';

export interface Settings {
  /** '' = the locale of sova.config.yaml. */
  locale: Locale | '';
  /** When diagnostics are computed: on every edit (debounced) or when a file is saved. */
  run: 'onType' | 'onSave';
  /** Severity overrides on top of the config's `rules`. */
  rules: Record<string, SeverityOverride>;
  /** As-of date `YYYY-MM-DD`; '' = today in Europe/Berlin. */
  asOf: string;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ locale: '', run: 'onType', rules: {}, asOf: '' }) as Settings;

const SEVERITIES = new Set<string>(SEVERITY_OVERRIDES);

/** Keeps the valid parts of what the client sent; anything else falls back to its default. */
export function readSettings(raw: unknown): Settings {
  const s: any = raw && typeof raw === 'object' ? raw : {};
  const rules: Record<string, SeverityOverride> = {};
  if (s.rules && typeof s.rules === 'object') {
    for (const [id, sev] of Object.entries(s.rules)) if (RULE_IDS.has(id) && SEVERITIES.has(sev as string)) rules[id] = sev as SeverityOverride;
  }
  return {
    locale: s.locale === 'de' || s.locale === 'en' ? s.locale : '',
    run: s.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    asOf: isDate(s.asOf) ? s.asOf : '',
  };
}

/** Whether two settings ask for the same audit and the same timing (the order of `rules` does not matter). */
export function sameSettings(a: Settings, b: Settings): boolean {
  const rules = (s: Settings) => JSON.stringify(Object.entries(s.rules).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return a.locale === b.locale && a.run === b.run && a.asOf === b.asOf && rules(a) === rules(b);
}

export function auditOptions(settings: Settings): AuditOptions {
  return {
    asOf: settings.asOf || undefined,
    locale: settings.locale || undefined,
    ruleOverrides: settings.rules,
  };
}
