// Where the cursor is in a landscape file: the key path and whether it stands on a key or a value.
// Two readers: the parsed YAML (exact, for hover and navigation) and a line-based one that works on
// text that does not parse at the moment (for completion while typing).
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { Entity, Path, SourceFile } from '../../engine/document';

// ── From the parsed YAML ─────────────────────────────────────────────────────────────────────────

export interface NodeAtCursor {
  entity: Entity;
  /** The path of the key, or of the value, under the cursor. */
  path: Path;
  on: 'key' | 'value';
  node: Scalar;
}

/** The entity (document) whose text contains the offset. */
export function entityAt(src: SourceFile, offset: number): Entity | undefined {
  return src.entities.find((e) => {
    const r = src.docs[e.docIndex]?.range;
    return !!r && offset >= r[0] && offset <= r[2];
  });
}

/** The scalar key or value under the offset (the end of a word counts as on it). */
export function nodeAtOffset(src: SourceFile, offset: number): NodeAtCursor | undefined {
  const entity = entityAt(src, offset);
  if (!entity) return undefined;
  const found = pathAtOffset(entity.map, offset);
  return found && { entity, ...found };
}

/** The path to the scalar under the offset inside a YAML node. */
export function pathAtOffset(root: Node | null | undefined, offset: number): { path: Path; on: 'key' | 'value'; node: Scalar } | undefined {
  const inside = (n: Node | null | undefined): n is Node => !!n?.range && offset >= n.range[0] && offset <= n.range[1];
  let node: Node | null | undefined = root;
  const path: Path = [];
  for (let guard = 0; guard < 200 && node; guard++) {
    if (isMap(node)) {
      let next: Node | null | undefined;
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (inside(key) && isScalar(key)) return { path: [...path, String(key.value)], on: 'key', node: key };
        if (inside(value) && isScalar(key)) {
          path.push(String(key.value));
          next = value;
          break;
        }
      }
      node = next;
    } else if (isSeq(node)) {
      const i: number = node.items.findIndex((item) => inside(item as Node));
      if (i < 0) return undefined;
      path.push(i);
      node = node.items[i] as Node;
    } else if (isScalar(node)) {
      return { path, on: 'value', node };
    } else return undefined;
  }
  return undefined;
}

/** The source range of a scalar's text without its quotes (what a rename replaces). */
export function scalarTextOffsets(src: SourceFile, node: Node): { start: number; end: number } | undefined {
  if (!node.range) return undefined;
  let [start, end] = node.range;
  const q = src.text[start];
  if ((q === '"' || q === "'") && end - start >= 2 && src.text[end - 1] === q) {
    start++;
    end--;
  }
  return { start, end };
}

// ── From the text, line by line ──────────────────────────────────────────────────────────────────

interface Token { col: number; type: 'dash' | 'key'; key?: string; value?: string; valueCol?: number }

const KEY = /^("[^"]*"|'[^']*'|[^\s#'"{}[\],:][^#:]*?)[ \t]*:(?=[ \t]|$)/;

/** Dashes and the block key of one line (flow collections stay inside the key's value). */
function tokenize(line: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  const skip = () => { while (line[i] === ' ' || line[i] === '\t') i++; };
  skip();
  if (line[i] === '#' || i >= line.length) return toks;
  while (line[i] === '-' && (i + 1 >= line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
    toks.push({ col: i, type: 'dash' });
    i++;
    skip();
  }
  const m = KEY.exec(line.slice(i));
  if (m) {
    const key = m[1].replace(/^(["'])(.*)\1$/, '$2');
    let valueCol = i + m[0].length;
    while (line[valueCol] === ' ' || line[valueCol] === '\t') valueCol++;
    const value = line.slice(valueCol).replace(/(^|\s)#.*$/, '').trimEnd();
    toks.push({ col: i, type: 'key', key, value, valueCol });
  } else if (i < line.length && !toks.length) {
    toks.push({ col: i, type: 'key', key: undefined, value: line.slice(i) }); // a continuation line of a scalar
  }
  return toks;
}

/** A value that opens a block below it (`key:`, `key: |`, `key: &anchor`). */
function opensBlock(value: string | undefined): boolean {
  return value === '' || value === undefined || /^[|>][-+0-9]*$/.test(value) || /^[&!]\S+$/.test(value);
}

const DOC_MARK = /^(---|\.\.\.)(\s|$)/;

interface DocBounds { start: number; end: number }

/** The lines of the YAML document holding `line` (between `---` markers). */
function docBounds(lines: string[], line: number): DocBounds {
  let start = line;
  while (start > 0 && !DOC_MARK.test(lines[start - 1])) start--;
  if (DOC_MARK.test(lines[start] ?? '') && start === line) start = line + 1;
  let end = line;
  while (end + 1 < lines.length && !DOC_MARK.test(lines[end + 1])) end++;
  return { start, end };
}

/** The `kind:` of the document holding `line`, read from the text. */
export function kindAt(lines: string[], line: number): string | undefined {
  const { start, end } = docBounds(lines, line);
  for (let i = start; i <= end; i++) {
    const m = /^kind:[ \t]*["']?([A-Za-z]+)/.exec(lines[i]);
    if (m) return m[1];
  }
  return undefined;
}

/** The number of items of the sequence whose dashes stand at `dashCol`, above `line`. */
function itemIndex(lines: string[], line: number, dashCol: number, docStart: number): number {
  let n = 0;
  for (let i = line - 1; i >= docStart; i--) {
    const toks = tokenize(lines[i]);
    if (!toks.length) continue;
    if (toks[0].col < dashCol) break;
    if (toks.some((t) => t.type === 'dash' && t.col === dashCol)) n++;
  }
  return n;
}

/** The path of the block collection that holds an entry starting at column `col` on `line`. */
export function containerPath(lines: string[], line: number, col: number): Path {
  const { start } = docBounds(lines, line);
  const path: Path = [];
  let c = col;
  for (let i = line - 1; i >= start && c > 0; i--) {
    const toks = tokenize(lines[i]);
    for (let t = toks.length - 1; t >= 0; t--) {
      const tok = toks[t];
      if (tok.col >= c) continue;
      if (tok.type === 'dash') {
        path.unshift(itemIndex(lines, i, tok.col, start));
        c = tok.col;
      } else if (tok.key !== undefined && opensBlock(tok.value)) {
        path.unshift(tok.key);
        c = tok.col;
      }
    }
  }
  return path;
}

/** Keys already present in the mapping whose keys stand at column `col` around `line`. */
function siblingKeys(lines: string[], line: number, col: number): string[] {
  const { start, end } = docBounds(lines, line);
  const keys: string[] = [];
  const scan = (from: number, step: number) => {
    for (let i = from; i >= start && i <= end; i += step) {
      const toks = tokenize(lines[i]);
      if (!toks.length) continue;
      const outer = toks[0].col < col;
      if (outer && step > 0) break; // the next item or a parent's sibling
      const key = toks.find((t) => t.type === 'key' && t.col === col);
      if (key?.key !== undefined && i !== line) keys.push(key.key);
      if (outer) break; // the first line of the current item, or the parent
    }
  };
  scan(line, -1);
  scan(line + 1, 1);
  return keys;
}

export type LineContext =
  | { type: 'ignore'; prefix: string; from: number; to: number }
  | { type: 'key'; container: Path; siblings: string[]; prefix: string; from: number; to: number; orItem: boolean; hasColon: boolean }
  | { type: 'value'; path: Path; text: string; prefix: string; from: number; to: number; orKey?: Path };

/** Characters of a word being completed: ids, licence ids, keys, enum values. */
const WORD = /[A-Za-z0-9_.+\-/:]/;

function wordRange(line: string, character: number): { from: number; to: number } {
  let from = character;
  while (from > 0 && WORD.test(line[from - 1])) from--;
  let to = character;
  while (to < line.length && WORD.test(line[to])) to++;
  // a key ends before its colon
  const colon = line.slice(from, to).indexOf(':');
  if (colon >= 0 && from + colon >= character) to = from + colon;
  return { from, to };
}

/**
 * What is being typed at (line, character), read from the text alone. The character range
 * `from`–`to` on the line is the word a completion replaces.
 */
export function lineContext(text: string, line: number, character: number): LineContext | undefined {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const current = lines[line] ?? '';
  const before = current.slice(0, character);
  const hash = /(^|\s)#/.exec(before);
  if (hash) {
    const m = /#\s*sova-ignore\b(.*)$/.exec(before);
    if (!m || m[1].includes('--') || /\buntil\b/.test(m[1])) return undefined;
    if (m[1] !== '' && !/^[\s,]/.test(m[1])) return undefined; // still typing the keyword
    const { from, to } = wordRange(current, character);
    return { type: 'ignore', prefix: current.slice(from, character), from, to };
  }
  const toks = tokenize(before);
  const last = toks[toks.length - 1];
  const { from, to } = wordRange(current, character);
  const prefix = current.slice(from, character);
  if (last?.type === 'key' && last.key !== undefined && last.valueCol !== undefined && last.valueCol <= character) {
    const base = [...containerPath(lines, line, outerCol(toks)), ...itemPath(lines, line, toks), last.key];
    const valueText = before.slice(last.valueCol);
    const flow = flowPosition(valueText);
    if (flow) {
      if (flow.atKey) return { type: 'key', container: [...base, ...flow.path], siblings: [], prefix, from, to, orItem: false, hasColon: /^\s*:/.test(current.slice(to)) };
      return { type: 'value', path: [...base, ...flow.path], text: flow.segment, prefix, from, to };
    }
    return { type: 'value', path: base, text: valueText, prefix, from, to };
  }
  // Typing a key, or a plain sequence item after a dash.
  const wordCol = from;
  const hasColon = /^\s*:/.test(current.slice(to));
  const dashes = toks.filter((t) => t.type === 'dash');
  if (dashes.length) {
    const container = [...containerPath(lines, line, dashes[0].col), ...itemPath(lines, line, toks)];
    return { type: 'key', container, siblings: siblingKeys(lines, line, wordCol), prefix, from, to, orItem: !hasColon, hasColon };
  }
  return { type: 'key', container: containerPath(lines, line, wordCol), siblings: siblingKeys(lines, line, wordCol), prefix, from, to, orItem: false, hasColon };
}

/** The column of the outermost entry of the line (its first dash, else its key). */
function outerCol(toks: Token[]): number {
  return toks[0]?.col ?? 0;
}

/** The item indices the dashes of the current line open. */
function itemPath(lines: string[], line: number, toks: Token[]): Path {
  const { start } = docBounds(lines, line);
  const dashes = toks.filter((t) => t.type === 'dash');
  return dashes.map((d, k) => (k === 0 ? itemIndex(lines, line, d.col, start) : 0));
}

/**
 * Inside an unclosed flow collection (`[a, b` or `{spdx: MI`): the path within it, whether a key is
 * being typed, and the text of the current entry. Undefined when the value is not a flow collection.
 */
export function flowPosition(value: string): { path: Path; atKey: boolean; segment: string } | undefined {
  if (!/^[[{]/.test(value)) return undefined;
  const stack: { type: '[' | '{'; index: number; key?: string; segStart: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') stack.push({ type: c, index: 0, segStart: i + 1 });
    else if (c === ']' || c === '}') {
      stack.pop();
      if (!stack.length) return undefined; // closed: the cursor is after the collection
    } else if (c === ',' && top) {
      top.index++;
      top.key = undefined;
      top.segStart = i + 1;
    } else if (c === ':' && top?.type === '{' && top.key === undefined && /[\s]/.test(value[i + 1] ?? ' ')) {
      top.key = value.slice(top.segStart, i).trim();
      top.segStart = i + 1;
    }
  }
  if (!stack.length) return undefined;
  const path: Path = [];
  for (let k = 0; k < stack.length; k++) {
    const s = stack[k];
    const isLast = k === stack.length - 1;
    if (s.type === '[') path.push(s.index);
    else if (s.key !== undefined) path.push(s.key);
    else if (!isLast) return undefined;
  }
  const top = stack[stack.length - 1];
  return { path, atKey: top.type === '{' && top.key === undefined, segment: value.slice(top.segStart).trimStart() };
}
