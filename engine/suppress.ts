// `# sova-ignore RULE[, RULE…] [until YYYY-MM-DD] -- reason` comments and what each one covers.
import { isPair, visit } from 'yaml';
import type { Node } from 'yaml';
import type { SourceFile } from './document';
import { isDate } from './dates';
import type { Range } from './types';

export interface IgnoreComment {
  file: string;
  source: SourceFile;
  /** Offset of the `#`. */
  offset: number;
  ownLine: boolean;
  /** The comment's own range (for findings about it and for its removal). */
  range: Range;
  rules: string[];
  until?: string;
  reason?: string;
  /** `until` present but not a date. */
  badUntil?: string;
  /** Offsets of what the comment covers; undefined when it stands where nothing follows. */
  cover?: { start: number; end: number };
}

const IGNORE = /#\s*sova-ignore\b(.*)$/;
const cache = new WeakMap<SourceFile, IgnoreComment[]>();

export function ignoreComments(source: SourceFile): IgnoreComment[] {
  let found = cache.get(source);
  if (!found) {
    found = scan(source);
    cache.set(source, found);
  }
  return found;
}

interface Unit { start: number; end: number }

function scan(source: SourceFile): IgnoreComment[] {
  const text = source.text;
  if (!text.includes('sova-ignore')) return [];
  const out: IgnoreComment[] = [];
  const scalars: Unit[] = [];
  const unitsPerDoc = source.docs.map((doc) => {
    const units: Unit[] = [];
    visit(doc, {
      Pair(_, pair) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range) units.push({ start: key.range[0], end: value?.range?.[1] ?? key.range[1] });
      },
      Seq(_, seq) {
        for (const item of seq.items) {
          const n = item as Node;
          if (n?.range && !isPair(n)) units.push({ start: n.range[0], end: n.range[1] });
        }
      },
      Scalar(_, s) {
        if (s.range && s.range[1] > s.range[0]) scalars.push({ start: s.range[0], end: s.range[1] });
      },
    });
    units.sort((a, b) => a.start - b.start || b.end - a.end);
    const root = doc.contents as Node | null;
    return { doc, units, rootStart: root?.range?.[0] ?? Infinity, docEnd: doc.range?.[1] ?? text.length, docStart: doc.range?.[0] ?? 0 };
  });
  let lineStart = 0;
  for (let line = 0; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const lineText = text.slice(lineStart, lineEnd);
    const m = IGNORE.exec(lineText);
    if (m) {
      const offset = lineStart + m.index;
      const insideScalar = scalars.some((s) => offset > s.start && offset < s.end);
      if (!insideScalar) out.push(parseComment(source, offset, lineText.slice(0, m.index).trim() === '', m[1], lineStart, lineEnd, unitsPerDoc));
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function parseComment(source: SourceFile, offset: number, ownLine: boolean, body: string, lineStart: number, lineEnd: number,
  docs: { units: Unit[]; rootStart: number; docStart: number; docEnd: number }[]): IgnoreComment {
  const sep = body.indexOf('--');
  const head = (sep >= 0 ? body.slice(0, sep) : body).trim();
  const reason = sep >= 0 ? body.slice(sep + 2).trim() : '';
  let until: string | undefined;
  let badUntil: string | undefined;
  const untilMatch = /\buntil\s+(\S+)/.exec(head);
  const ruleText = untilMatch ? head.slice(0, untilMatch.index) : head;
  if (untilMatch) {
    if (isDate(untilMatch[1])) until = untilMatch[1]; else badUntil = untilMatch[1];
  }
  const rules = ruleText.split(/[\s,]+/).filter(Boolean);
  let end = lineEnd;
  if (end > lineStart && source.text[end - 1] === '\r') end--;
  const comment: IgnoreComment = {
    file: source.file, source, offset, ownLine, range: source.range(offset, end), rules, until, badUntil,
    reason: reason || undefined,
  };
  // The document the comment stands in (or precedes).
  const doc = docs.find((d) => offset < d.docEnd) ?? docs[docs.length - 1];
  if (!doc) return comment;
  if (ownLine) {
    if (offset < doc.rootStart) comment.cover = { start: doc.docStart, end: doc.docEnd };
    else {
      const next = doc.units.find((u) => u.start > offset);
      if (next) comment.cover = { start: next.start, end: maxEndAt(doc.units, next.start) };
    }
  } else {
    const onLine = doc.units.filter((u) => u.start >= lineStart && u.start < offset);
    if (onLine.length) {
      const start = Math.min(...onLine.map((u) => u.start));
      comment.cover = { start, end: maxEndAt(doc.units, start) };
    }
  }
  return comment;
}

/** The outermost unit starting at `start` (a sequence item holding a mapping outlasts its first pair). */
function maxEndAt(units: Unit[], start: number): number {
  let end = start;
  for (const u of units) if (u.start === start && u.end > end) end = u.end;
  return end;
}

export function covers(comment: IgnoreComment, file: string, range: Range): boolean {
  if (!comment.cover || comment.file !== file) return false;
  const at = comment.source.offset(range.start);
  return at >= comment.cover.start && at <= comment.cover.end;
}

