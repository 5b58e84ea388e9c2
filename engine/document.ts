// Parsing one landscape file: YAML documents with exact ranges, entities, and path → range lookup.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Kind, Position, Range } from './types';
import { KINDS } from './types';

export type Path = (string | number)[];

/** Limits that keep hostile input from exhausting the editor or CI. */
export const LIMITS = { maxFileBytes: 4 * 1024 * 1024, maxAliasCount: 100, maxDocuments: 20000 };

export interface ParseProblem {
  /** `syntax`: not YAML; `encoding`: not UTF-8; `size`: too large; `structure`: not a mapping, alias bomb … */
  code: 'syntax' | 'encoding' | 'size' | 'structure';
  message: string;
  range: Range;
}

/** A document that is ours (`apiVersion: sova/…`). */
export interface Entity {
  kind: Kind | string;
  id: string;
  name?: string;
  file: string;
  docIndex: number;
  apiVersion: string;
  /** The document's root mapping (exact source ranges). */
  map: YAMLMap;
  /** Plain data of the document, with the values that failed schema validation removed (rules read this). */
  data: any;
  /** Plain data as written. */
  raw: any;
  source: SourceFile;
  /** True for entries of the shipped catalogues (e.g. standards). */
  builtin?: boolean;
}

export interface ForeignDocument { file: string; range: Range; apiVersion?: string }

export class SourceFile {
  readonly lineCounter = new LineCounter();
  readonly docs: Document.Parsed[] = [];
  readonly entities: Entity[] = [];
  readonly foreign: ForeignDocument[] = [];
  readonly problems: ParseProblem[] = [];
  /** The file began with a UTF-8 byte order mark (removed from `text`; `--fix` writes it back). */
  bom = false;
  /** Offsets of the start of every line, for offset → position without a search per call. */
  private lineStarts: number[] = [0];

  constructor(readonly file: string, readonly text: string, builtin = false) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.parse(builtin);
  }

  position(offset: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  offset(pos: Position): number {
    const start = this.lineStarts[Math.min(pos.line, this.lineStarts.length - 1)] ?? 0;
    return Math.min(this.text.length, start + pos.character);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  private parse(builtin: boolean): void {
    let parsed: Document.Parsed[];
    try {
      parsed = parseAllDocuments(this.text, { lineCounter: this.lineCounter, version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
      if (!Array.isArray(parsed)) parsed = []; // an empty stream
    } catch (err) {
      this.problems.push({ code: 'structure', message: String((err as Error).message ?? err), range: this.range(0, 0) });
      return;
    }
    if (parsed.length > LIMITS.maxDocuments) {
      this.problems.push({ code: 'size', message: `more than ${LIMITS.maxDocuments} documents`, range: this.range(0, 0) });
      return;
    }
    parsed.forEach((doc, docIndex) => {
      this.docs.push(doc);
      for (const e of doc.errors) {
        const [s, t] = e.pos ?? [0, 0];
        this.problems.push({ code: 'syntax', message: e.message.split('\n')[0], range: this.range(s, t) });
      }
      if (doc.errors.length) return; // a broken document yields its syntax errors only
      this.addDocument(doc, docIndex, builtin);
    });
  }

  private addDocument(doc: Document.Parsed, docIndex: number, builtin: boolean): void {
    const root = doc.contents;
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return; // empty document
    const docRange = doc.range ? this.range(doc.range[0], doc.range[1]) : this.range(0, 0);
    if (!isMap(root)) {
      this.foreign.push({ file: this.file, range: docRange });
      return;
    }
    const apiVersion: unknown = root.get('apiVersion');
    if (typeof apiVersion !== 'string' || !apiVersion.startsWith('sova/')) {
      this.foreign.push({ file: this.file, range: docRange, apiVersion: typeof apiVersion === 'string' ? apiVersion : undefined });
      return;
    }
    let raw: any;
    try {
      raw = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    } catch (err) {
      this.problems.push({ code: 'structure', message: String((err as Error).message), range: docRange });
      return;
    }
    const kind = typeof raw.kind === 'string' ? raw.kind : '';
    this.entities.push({
      kind, id: typeof raw.id === 'string' ? raw.id : '', name: typeof raw.name === 'string' ? raw.name : undefined,
      file: this.file, docIndex, apiVersion, map: root, data: raw, raw, source: this, builtin,
    });
  }
}

export function isKnownKind(kind: string): kind is Kind {
  return (KINDS as string[]).includes(kind);
}

/** The node at `path` under `map`, or undefined. */
export function nodeAt(map: Node | null | undefined, path: Path): Node | undefined {
  let node: Node | null | undefined = map;
  for (const seg of path) {
    if (isMap(node)) node = findPair(node, String(seg))?.value as Node | null;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg] as Node | null;
    else return undefined;
    if (node === null || node === undefined) return undefined;
  }
  return node ?? undefined;
}

export function findPair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item as Pair<Node, Node | null>;
  }
  return undefined;
}

/**
 * The range that explains a finding about `path` of an entity: the value at the path, else its key,
 * else the key of the nearest existing ancestor (for a missing field, the mapping that should hold it).
 * `at: 'key'` prefers the key even where the value exists.
 */
export function locate(entity: Entity, path: Path, at: 'value' | 'key' = 'value'): Range {
  const src = entity.source;
  let node: Node | null | undefined = entity.map;
  let lastKey: Node | undefined;
  let lastItem: Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = findPair(node, String(seg));
      if (!pair) break;
      lastKey = pair.key;
      lastItem = undefined;
      node = pair.value;
      if (node === null || (isScalar(node) && node.range && node.range[0] === node.range[1])) {
        // key with an empty value: the key explains it
        return rangeOf(src, pair.key);
      }
      if (i === path.length - 1) return at === 'key' ? rangeOf(src, pair.key) : rangeOf(src, node);
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg] as Node;
      lastItem = node;
      if (i === path.length - 1) return rangeOf(src, node);
    } else break;
  }
  if (lastItem && isMap(lastItem) && lastItem.items.length) return rangeOf(src, (lastItem.items[0] as Pair<Node>).key);
  if (lastItem) return rangeOf(src, lastItem);
  if (lastKey) return rangeOf(src, lastKey);
  return rootKeyRange(entity);
}

/** For a finding about the document as a whole: the `kind` key, else the first key. */
export function rootKeyRange(entity: Entity): Range {
  const pair = findPair(entity.map, 'kind') ?? (entity.map.items[0] as Pair<Node> | undefined);
  return pair ? rangeOf(entity.source, pair.key) : entity.source.range(0, 0);
}

export function rangeOf(src: SourceFile, node: Node | null | undefined): Range {
  if (!node || !node.range) return src.range(0, 0);
  // A block collection's range runs past its last line break: end at its last character.
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(src.text[end - 1])) end--;
  return src.range(node.range[0], end);
}

/** Reads a value from plain data by path; undefined when any step is missing. */
export function getPath(data: any, path: Path): any {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[seg as any];
  }
  return v;
}
