// Core types shared by the engine, the rules, the CLI, the exports and the language server.
// Positions are 0-based (line, character) like LSP; `character` counts UTF-16 code units.

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOverride = Severity | 'off';
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** The values of a per-rule override (`rules:` in sova.config.yaml, the editor's `sova.rules`). */
export const SEVERITY_OVERRIDES: SeverityOverride[] = ['off', 'info', 'warning', 'error'];
export type Locale = 'de' | 'en';
export type Facet = 'T' | 'D' | 'DT' | 'KS' | 'integrity';
export type Objective = 'SOV-1' | 'SOV-2' | 'SOV-3' | 'SOV-4' | 'SOV-5' | 'SOV-6' | 'SOV-7' | 'SOV-8';
export const OBJECTIVES: Objective[] = ['SOV-1', 'SOV-2', 'SOV-3', 'SOV-4', 'SOV-5', 'SOV-6', 'SOV-7', 'SOV-8'];

export type Kind = 'Application' | 'Contract' | 'Party' | 'HostingSite' | 'Standard' | 'DataCategory';
export const KINDS: Kind[] = ['Application', 'Contract', 'Party', 'HostingSite', 'Standard', 'DataCategory'];

export type Localized = Record<Locale, string>;

/** One text replacement in one file. `file` is an absolute path. */
export interface FileEdit { file: string; range: Range; newText: string }

export interface Fix {
  /** What the fix does, in the audit's locale ("Set model: source-available"). */
  title: string;
  edits: FileEdit[];
  /** True when the fix is one choice among several (licence suggestions): never applied by `--fix` or fix-all. */
  needsChoice?: boolean;
  /** The single obvious fix for the finding (VS Code `isPreferred`). */
  preferred?: boolean;
}

export interface RelatedLocation { file: string; range: Range; message: string }

export interface EntityRef { kind: Kind | string; id: string; name?: string }

export interface Suppression {
  reason: string;
  until?: string;
  /** Where the `sova-ignore` comment stands. */
  file: string;
  range: Range;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Absolute path of the file the finding is located in. */
  file: string;
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** Set when a `sova-ignore` comment covers the finding: kept, marked, not counted. */
  suppressed?: Suppression;
  /** The entity (document) the finding is about, when there is one. */
  entity?: EntityRef;
  /** Editor hints: `unnecessary` (greyed out), `deprecated` (struck through). */
  tags?: ('unnecessary' | 'deprecated')[];
}

export interface RuleMeta {
  id: string;
  title: Localized;
  /** Message templates, `{name}` placeholders filled from the report's params. `default` is required. */
  messages: Record<string, Localized>;
  /** Parts of messages (list items, clauses) that are not findings' messages themselves; not on the docs page. */
  fragments?: Record<string, Localized>;
  severity: Severity;
  facet: Facet;
  objective?: Objective;
  /** The level the objective is capped at when the rule fires. */
  cap?: number;
  rationale: Localized;
  sources: string[];
  /** What the quick fixes do (for the documentation page); empty when the rule has none. */
  fixes: Localized[];
  /** Example snippets for the documentation page. */
  examples?: { bad?: string; good?: string };
}
