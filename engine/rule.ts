// What a rule is, and the context it runs in. A rule module = metadata + a small check function.
import type { Entity, Path } from './document';
import { locate } from './document';
import type { LoadedConfig, Policy, SovaConfig } from './config';
import type { Params } from './i18n';
import { localize } from './i18n';
import type { Landscape } from './landscape';
import type { EntityRef, Finding, Fix, FileEdit, Locale, Localized, Range, RelatedLocation, RuleMeta, Severity } from './types';
import type { SourceFile } from './document';
import type { Scores } from './scoring';

export interface Rule {
  meta: RuleMeta;
  /** Per-document rules: the kinds they look at; `check` runs once per entity of these kinds. */
  kinds?: string[];
  check?(entity: Entity, ctx: RuleContext): void;
  /** Landscape-wide rules (duplicates, concentration, config, parse problems). */
  checkLandscape?(ctx: RuleContext): void;
  /** `score`: runs after suppression and scoring, reading `ctx.scores` (LEVEL-001). */
  phase?: 'main' | 'score';
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export interface RelatedSpec { entity: Entity; path?: Path; at?: 'value' | 'key'; message: string }

export interface Report {
  /** The document the finding is about; the finding is located in it. */
  entity?: Entity;
  /** The field the condition reads (located at its value, else key, else nearest ancestor key). */
  path?: Path;
  at?: 'value' | 'key';
  /** Explicit location, for findings outside entities (config, comments, parse problems). */
  file?: string;
  range?: Range;
  /** Key into `meta.messages` (default `default`), filled with `params`. */
  messageId?: string;
  params?: Params;
  severity?: Severity;
  related?: (RelatedSpec | RelatedLocation)[];
  /** Quick fixes; `undefined` entries (a fix that could not be built) are dropped. */
  fixes?: (Fix | undefined)[];
  tags?: Finding['tags'];
  /** Applications whose objective the finding caps when it is located elsewhere (EXIT-004, ENV-001). */
  affects?: Entity[];
}

/** A finding as the engine keeps it: the public finding plus what scoring needs. */
export interface EngineFinding extends Finding {
  /** The key of the rule's message template the finding was reported with (fingerprints use it). */
  messageId?: string;
  /** Entities whose objective this finding caps (default: the entity it is about). */
  affects?: EntityRef[];
}

export class RuleContext {
  readonly findings: EngineFinding[] = [];
  rule!: Rule;
  scores?: Scores;

  constructor(
    readonly landscape: Landscape,
    readonly config: SovaConfig,
    readonly loadedConfig: LoadedConfig,
    readonly asOf: string,
    readonly locale: Locale,
    readonly files: SourceFile[],
  ) {}

  get policy(): Policy {
    return this.config.policy;
  }

  /** Localizes a text of the current rule or any `Localized`. */
  t(text: Localized, params?: Params): string {
    return localize(text, this.locale, params);
  }

  message(id: string, params?: Params): string {
    const m = this.rule.meta.messages[id] ?? this.rule.meta.fragments?.[id] ?? this.rule.meta.messages.default;
    return localize(m, this.locale, params);
  }

  /** A fix whose title is localized here. */
  fix(title: Localized, edits: FileEdit[], params?: Params, extra: Partial<Fix> = {}): Fix | undefined {
    if (!edits.length) return undefined;
    return { title: this.t(title, params), edits, ...extra };
  }

  report(r: Report): void {
    const meta = this.rule.meta;
    let file = r.file;
    let range = r.range;
    if (r.entity && !range) {
      file = r.entity.file;
      range = locate(r.entity, r.path ?? [], r.at ?? 'value');
    }
    if (!file || !range) throw new Error(`${meta.id}: a finding needs an entity or a file and range`);
    const finding: EngineFinding = {
      ruleId: meta.id,
      severity: r.severity ?? meta.severity,
      message: this.message(r.messageId ?? 'default', r.params),
      messageId: r.messageId ?? 'default',
      file,
      range,
    };
    if (r.entity) finding.entity = refOf(r.entity);
    if (r.related?.length) finding.related = r.related.map((x) => ('entity' in x ? { file: x.entity.file, range: locate(x.entity, x.path ?? [], x.at ?? 'key'), message: x.message } : x));
    const fixes = r.fixes?.filter((f): f is Fix => !!f);
    if (fixes?.length) finding.fixes = fixes;
    if (r.tags?.length) finding.tags = r.tags;
    if (r.affects) finding.affects = r.affects.map(refOf);
    this.findings.push(finding);
  }
}

export function refOf(e: Entity): EntityRef {
  return e.name ? { kind: e.kind, id: e.id, name: e.name } : { kind: e.kind, id: e.id };
}
