// Stable fingerprints of findings, shared by SARIF (partialFingerprints), GitLab Code Quality
// (fingerprint) and the baseline. They survive unrelated edits: no line or column numbers go in.
//
// Recipe (version `sova/v1`): SHA-256 over these parts joined by U+0000, first 32 hex digits:
//   1. `sova/v1`
//   2. the rule id
//   3. the file, relative to the workspace root, forward slashes
//   4. the entity `Kind/id` the finding is about (empty when none)
//   5. the YAML field path of the located node, sequence indices dropped (`deployment.sites[]`)
//   6. the message template id (`default`, `noReason`, …) the rule reported with — so the
//      fingerprint does not depend on the locale
//   7. the located source text, whitespace collapsed (the offending value or key)
//   8. the occurrence number among findings of the same result with equal parts 1–7 (1, 2, …)
// Where the file is not a parsed landscape file (the config, an unreadable file), 5 and 7 are empty.
import { createHash } from 'node:crypto';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { AuditResult } from '../audit';
import { relativePath } from '../audit';
import type { Entity, SourceFile } from '../document';
import type { EngineFinding } from '../rule';

export const FINGERPRINT_VERSION = 'sova/v1';

const cache = new WeakMap<AuditResult, Map<EngineFinding, string>>();

/** The fingerprint of every finding of a result (suppressed ones included). */
export function fingerprints(result: AuditResult): Map<EngineFinding, string> {
  let map = cache.get(result);
  if (map) return map;
  map = new Map();
  const sources = sourcesOf(result);
  const seen = new Map<string, number>();
  for (const f of result.findings) {
    const key = fingerprintParts(result, f, sources).join('\u0000');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    map.set(f, createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32));
  }
  cache.set(result, map);
  return map;
}

export function fingerprint(result: AuditResult, f: EngineFinding): string {
  return fingerprints(result).get(f) ?? '';
}

/** Parts 1–7 of the recipe (exported for the tests and the documentation). */
export function fingerprintParts(result: AuditResult, f: EngineFinding, sources = sourcesOf(result)): string[] {
  const src = sources.get(f.file);
  const entity = f.entity ? `${f.entity.kind}/${f.entity.id}` : '';
  let fieldPath = '';
  let text = '';
  let template = templateId(f);
  if (src) {
    const start = src.offset(f.range.start);
    const end = src.offset(f.range.end);
    text = src.text.slice(start, end).replace(/\s+/g, ' ').trim();
    const doc = src.entities.find((e) => e.map.range && e.map.range[0] <= start && start <= e.map.range[2]);
    if (doc) fieldPath = pathAt(doc, start);
  } else if (template === undefined) {
    template = f.message;
  }
  return [FINGERPRINT_VERSION, f.ruleId, relativePath(result, f.file), entity, fieldPath, template ?? f.message, text];
}

const sourceCache = new WeakMap<AuditResult, Map<string, SourceFile>>();

/** The parsed landscape files of a result by path (files without an entity of ours are not among them). */
function sourcesOf(result: AuditResult): Map<string, SourceFile> {
  let out = sourceCache.get(result);
  if (out) return out;
  out = new Map<string, SourceFile>();
  for (const e of result.landscape?.entities ?? []) out.set(e.file, e.source);
  sourceCache.set(result, out);
  return out;
}

export function sourceOf(result: AuditResult, file: string): SourceFile | undefined {
  return sourcesOf(result).get(file);
}

/** The id of the message template that produced the message (recorded by the rule context). */
export function templateId(f: EngineFinding): string | undefined {
  return f.messageId;
}

/** The dotted path of the deepest key or value containing `offset` in the entity's document. */
function pathAt(entity: Entity, offset: number): string {
  const parts: string[] = [];
  let node: Node | null | undefined = entity.map;
  for (let depth = 0; node && depth < 64; depth++) {
    let next: Node | null | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range && key.range[0] <= offset && offset <= key.range[1]) {
          parts.push(isScalar(key) ? String(key.value) : '?');
          return parts.join('.');
        }
        if (value?.range && value.range[0] <= offset && offset < Math.max(value.range[1], value.range[0] + 1)) {
          parts.push(isScalar(key) ? String(key.value) : '?');
          next = value;
          break;
        }
      }
    } else if (isSeq(node)) {
      for (const item of node.items as (Node | null)[]) {
        if (item?.range && item.range[0] <= offset && offset < Math.max(item.range[1], item.range[0] + 1)) {
          parts[parts.length - 1] = (parts[parts.length - 1] ?? '') + '[]';
          next = item;
          break;
        }
      }
    }
    node = next;
  }
  return parts.join('.');
}
