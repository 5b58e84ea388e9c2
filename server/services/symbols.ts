// The outline of a file (one symbol per entity, its top-level keys as children) and workspace symbols.
import { SymbolKind } from 'vscode-languageserver/node';
import type { CancellationToken, DocumentSymbol, Range, SymbolInformation } from 'vscode-languageserver/node';
import { isScalar } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Entity, SourceFile } from '../../engine/document';
import { rangeOf } from '../../engine/document';
import { idRange } from './navigation';

const KIND_SYMBOL: Record<string, SymbolKind> = {
  Application: SymbolKind.Module,
  Contract: SymbolKind.Struct,
  Party: SymbolKind.Object,
  HostingSite: SymbolKind.Namespace,
  Standard: SymbolKind.Interface,
  DataCategory: SymbolKind.Enum,
};

function symbolKind(kind: string): SymbolKind {
  return KIND_SYMBOL[kind] ?? SymbolKind.Object;
}

function documentRange(e: Entity): Range {
  const r = e.source.docs[e.docIndex]?.range;
  return r ? e.source.range(r[0], r[1]) : rangeOf(e.source, e.map);
}

export function documentSymbols(src: SourceFile): DocumentSymbol[] {
  return src.entities.map((e) => {
    const range = documentRange(e);
    const selection = e.id ? idRange(e) : range;
    const children: DocumentSymbol[] = [];
    for (const item of e.map.items as Pair<Node, Node | null>[]) {
      if (!isScalar(item.key) || !item.key.range) continue;
      const end = item.value?.range?.[1] ?? item.key.range[1];
      const key = String(item.key.value);
      children.push({ name: key, kind: SymbolKind.Field, range: src.range(item.key.range[0], end), selectionRange: rangeOf(src, item.key) });
    }
    return {
      name: `${e.kind} ${e.id || '?'}`,
      detail: e.name,
      kind: symbolKind(e.kind),
      range,
      selectionRange: contains(range, selection) ? selection : range,
      children,
    };
  });
}

function contains(outer: Range, inner: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** Case-insensitive: the query's characters appear in order in the text (a substring matches best). */
export function fuzzyScore(query: string, text: string): number | undefined {
  const q = query.toLowerCase();
  const t = text.toLowerCase();
  if (!q) return 1;
  const sub = t.indexOf(q);
  if (sub >= 0) return 100 - Math.min(sub, 50);
  let i = 0;
  for (const c of t) if (c === q[i]) i++;
  return i === q.length ? 10 : undefined;
}

export function workspaceSymbols(entities: Iterable<Entity>, query: string, uriOf: (file: string) => string, token?: CancellationToken, limit = 1000): SymbolInformation[] {
  const scored: { s: SymbolInformation; score: number }[] = [];
  for (const e of entities) {
    if (token?.isCancellationRequested) break;
    if (!e.id) continue;
    const score = Math.max(fuzzyScore(query, e.id) ?? -1, fuzzyScore(query, e.name ?? '') ?? -1);
    if (score < 0) continue;
    scored.push({ score, s: { name: e.name ? `${e.id} — ${e.name}` : e.id, kind: symbolKind(e.kind), containerName: e.kind, location: { uri: uriOf(e.file), range: idRange(e) } } });
  }
  scored.sort((a, b) => b.score - a.score || a.s.name.localeCompare(b.s.name));
  return scored.slice(0, limit).map((x) => x.s);
}
