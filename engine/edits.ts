// Text edits for quick fixes. Every edit replaces the smallest span of source text, so comments,
// quoting and formatting of the rest of the file stay exactly as the user wrote them.
import { isMap, isScalar, isSeq, stringify } from 'yaml';
import type { Node, YAMLMap, YAMLSeq } from 'yaml';
import type { Entity, Path } from './document';
import { findPair, nodeAt } from './document';
import type { FileEdit } from './types';

/** A scalar as YAML text, quoted only where plain style would change its meaning. */
export function scalarText(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A value as single-line YAML (flow style for collections). */
export function flowText(value: unknown): string {
  if (value === null || typeof value !== 'object') return scalarText(value);
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${k}: ${flowText(v)}`).join(', ')}}`;
}

function edit(entity: Entity, start: number, end: number, newText: string): FileEdit {
  return { file: entity.file, range: entity.source.range(start, end), newText: withLineEnds(entity.source.text, newText) };
}

/** Inserted line breaks follow the file's own: CRLF where the file uses CRLF. */
export function withLineEnds(fileText: string, newText: string): string {
  return fileText.includes('\r\n') ? newText.replace(/\r?\n/g, '\r\n') : newText;
}

/** Replaces the value at `path` (which must exist). */
export function replaceValue(entity: Entity, path: Path, value: unknown): FileEdit[] {
  const node = nodeAt(entity.map, path);
  if (!node?.range) return setAt(entity, path, value);
  return [edit(entity, node.range[0], node.range[1], flowText(value))];
}

/** Replaces part of a scalar's text, e.g. one licence id inside an SPDX expression. */
export function replaceInScalar(entity: Entity, path: Path, offset: number, length: number, newText: string): FileEdit[] {
  const node = nodeAt(entity.map, path);
  if (!node?.range || !isScalar(node)) return [];
  const src = entity.source.text.slice(node.range[0], node.range[1]);
  const quoted = src.startsWith('"') || src.startsWith("'");
  if (quoted && /["'\\]/.test(newText)) return replaceValue(entity, path, String(node.value).slice(0, offset) + newText + String(node.value).slice(offset + length));
  const start = node.range[0] + (quoted ? 1 : 0) + offset;
  // A plain or simply quoted scalar maps offsets one to one when it has no escapes; otherwise rewrite it whole.
  if (entity.source.text.slice(start, start + length) !== String(node.value).slice(offset, offset + length)) {
    return replaceValue(entity, path, String(node.value).slice(0, offset) + newText + String(node.value).slice(offset + length));
  }
  return [edit(entity, start, start + length, newText)];
}

/** Renames the key at `path`. */
export function renameKey(entity: Entity, path: Path, newKey: string): FileEdit[] {
  const parent = nodeAt(entity.map, path.slice(0, -1)) ?? (path.length === 1 ? entity.map : undefined);
  if (!isMap(parent)) return [];
  const pair = findPair(parent, String(path[path.length - 1]));
  if (!pair?.key.range) return [];
  return [edit(entity, pair.key.range[0], pair.key.range[1], newKey)];
}

/**
 * Sets `value` at `path`, creating the missing mappings on the way: into the nearest existing mapping
 * a new key is inserted (after its last entry, at its indentation; in a flow mapping before `}`).
 */
export function setAt(entity: Entity, path: Path, value: unknown): FileEdit[] {
  const existing = nodeAt(entity.map, path);
  if (existing?.range && !(isScalar(existing) && existing.value === null)) return replaceValue(entity, path, value);
  if (existing?.range && path.length) {
    // `key:` with an empty value (block `spec:`, flow `{spec: , …}`): write the value after the key, not a second key.
    const parent = nodeAt(entity.map, path.slice(0, -1)) ?? (path.length === 1 ? entity.map : undefined);
    const pair = isMap(parent) ? findPair(parent, String(path[path.length - 1])) : undefined;
    const end = existing.range[1];
    if (pair?.key.range) return [edit(entity, pair.key.range[1], end, `: ${flowText(value)}${entity.source.text[end] === '#' ? ' ' : ''}`)];
  }
  // Find the deepest existing mapping along the path.
  let i = path.length - 1;
  let holder: Node | undefined;
  for (; i >= 0; i--) {
    holder = i === 0 ? entity.map : nodeAt(entity.map, path.slice(0, i));
    if (holder) break;
  }
  const rest = path.slice(i);
  let nested: unknown = value;
  for (let k = rest.length - 1; k >= 1; k--) nested = { [String(rest[k])]: nested };
  const key = String(rest[0]);
  if (isMap(holder)) return insertPair(entity, holder, key, nested);
  if (isScalar(holder) && holder.value === null) {
    // `key:` with an empty value: put a flow mapping after the colon.
    const pairPath = path.slice(0, i);
    const parent = nodeAt(entity.map, pairPath.slice(0, -1)) ?? entity.map;
    const pair = isMap(parent) ? findPair(parent, String(pairPath[pairPath.length - 1])) : undefined;
    if (pair?.key.range) return [edit(entity, pair.key.range[1], lineEnd(entity, pair.key.range[1]), `: ${flowText({ [key]: nested })}`)];
  }
  return [];
}

/** Appends an item to the sequence at `path`, creating the sequence when it is missing. */
export function appendItem(entity: Entity, path: Path, item: unknown): FileEdit[] {
  const seq = nodeAt(entity.map, path);
  if (!isSeq(seq)) return seq ? [] : setAt(entity, path, [item]);
  return insertItem(entity, seq, item);
}

function insertPair(entity: Entity, map: YAMLMap, key: string, value: unknown): FileEdit[] {
  const text = entity.source.text;
  if (map.flow) {
    const close = text.lastIndexOf('}', map.range![1]);
    const last = map.items[map.items.length - 1];
    const lastEnd = (last?.value as Node | null)?.range?.[1] ?? (last?.key as Node | undefined)?.range?.[1];
    if (lastEnd === undefined) return [edit(entity, close, close, `${key}: ${flowText(value)}`)];
    return [edit(entity, lastEnd, lastEnd, `, ${key}: ${flowText(value)}`)];
  }
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range) return [];
  const indent = ' '.repeat(entity.source.position(first.range[0]).character);
  const last = map.items[map.items.length - 1];
  const lastEnd = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
  const at = lineEndBefore(entity, lastEnd);
  return [edit(entity, at, at, '\n' + blockPair(key, value, indent))];
}

function insertItem(entity: Entity, seq: YAMLSeq, item: unknown): FileEdit[] {
  const text = entity.source.text;
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (seq.flow) {
    const close = text.lastIndexOf(']', seq.range![1]);
    if (!last?.range) return [edit(entity, close, close, flowText(item))];
    return [edit(entity, last.range[1], last.range[1], `, ${flowText(item)}`)];
  }
  if (!last?.range) return [];
  // The dash of the first item gives the indentation.
  const firstStart = (seq.items[0] as Node).range![0];
  const lineStart = text.lastIndexOf('\n', firstStart - 1) + 1;
  const dash = text.indexOf('-', lineStart);
  const indent = ' '.repeat(Math.max(0, dash - lineStart));
  const at = lineEndBefore(entity, last.range[1]);
  return [edit(entity, at, at, `\n${indent}- ${flowText(item)}`)];
}

function blockPair(key: string, value: unknown, indent: string): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const body = stringify(value, { indent: 2, lineWidth: 0 }).trimEnd().split('\n').map((l) => `${indent}  ${l}`).join('\n');
    return `${indent}${key}:\n${body}`;
  }
  return `${indent}${key}: ${flowText(value)}`;
}

/** End of the line containing `offset` (before its newline), skipping a trailing comment on it. */
function lineEnd(entity: Entity, offset: number): number {
  const text = entity.source.text;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return end;
}

/** The end of the content that ends at `offset`: the end of its last line, so that a comment on it stays. */
function lineEndBefore(entity: Entity, offset: number): number {
  const text = entity.source.text;
  // `offset` may be past trailing newlines of a block value: step back to real content.
  let o = offset;
  while (o > 0 && /\s/.test(text[o - 1])) o--;
  return lineEnd(entity, o);
}

/** Removes a whole line (own-line comments) or the tail of a line from `startOffset` (end-of-line comments). */
export function removeComment(entity: { file: string; source: Entity['source'] }, startOffset: number, ownLine: boolean): FileEdit {
  const src = entity.source;
  const text = src.text;
  if (ownLine) {
    const lineStart = text.lastIndexOf('\n', startOffset - 1) + 1;
    let next = text.indexOf('\n', startOffset);
    next = next < 0 ? text.length : next + 1;
    return { file: entity.file, range: src.range(lineStart, next), newText: '' };
  }
  let from = startOffset;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  let end = text.indexOf('\n', startOffset);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  return { file: entity.file, range: src.range(from, end), newText: '' };
}

/** Applies edits to a text (edits must not overlap); used by `--fix` and by tests. */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
