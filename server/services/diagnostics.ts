// Findings → LSP diagnostics, grouped by file, with the lookup from a diagnostic back to its finding
// (the cache code actions and hover read, like vscode-eslint's).
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { AuditResult, EngineFinding, Locale, Range } from '../../engine';
import type { ForeignDocument } from '../../engine/document';
import { docsUrl } from '../../engine/docs';

export const SOURCE = 'sova';

/** What was published for one file: the diagnostics, and the findings behind them by key. */
export interface FileDiagnostics {
  diagnostics: Diagnostic[];
  findings: Map<string, EngineFinding[]>;
}

export interface DiagnosticOptions {
  locale: Locale;
  uriOf(file: string): string;
}

/** The cache key of a finding's diagnostic: rule id and range. */
export function diagnosticKey(ruleId: string | number | undefined, range: Range): string {
  return `${ruleId ?? ''}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;
const TAGS = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

/**
 * One diagnostic per finding. A suppressed finding is not a problem: it becomes a Hint whose message
 * starts with the reason of its `sova-ignore` comment (editors show hints faintly, outside the problem list).
 */
export function findingToDiagnostic(f: EngineFinding, opts: DiagnosticOptions): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: f.suppressed ? DiagnosticSeverity.Hint : SEVERITY[f.severity] ?? DiagnosticSeverity.Information,
    code: f.ruleId,
    codeDescription: { href: docsUrl(f.ruleId) },
    source: SOURCE,
    message: f.suppressed ? `${suppressedLabel(opts.locale)}: ${f.suppressed.reason} — ${f.message}` : f.message,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({ location: { uri: opts.uriOf(r.file), range: r.range }, message: r.message }));
  }
  const tags = (f.tags ?? []).map((t) => TAGS[t]).filter((t) => t !== undefined);
  if (tags.length && !f.suppressed) d.tags = tags;
  return d;
}

function suppressedLabel(locale: Locale): string {
  return locale === 'de' ? 'unterdrückt' : 'suppressed';
}

/** The information hint for a document that is not ours (landscape-format.md: skipped, hinted in the editor). */
export function foreignToDiagnostic(doc: ForeignDocument, text: string | undefined, locale: Locale): Diagnostic {
  const what = doc.apiVersion ? `apiVersion ${doc.apiVersion}` : locale === 'de' ? 'ohne apiVersion sova/…' : 'no apiVersion sova/…';
  const message = locale === 'de'
    ? `Kein sova-Dokument (${what}): wird nicht geprüft.`
    : `Not a sova document (${what}): not audited.`;
  return { range: firstLine(doc.range, text), severity: DiagnosticSeverity.Information, source: SOURCE, message };
}

/** The first line of a document's range (a hint about a whole document should not paint all of it). */
function firstLine(range: Range, text: string | undefined): Range {
  if (!text) return { start: range.start, end: range.start };
  const lines = text.split('\n');
  let line = range.start.line;
  while (line < range.end.line && !(lines[line] ?? '').trim()) line++;
  const start = line === range.start.line ? range.start.character : 0;
  const end = (lines[line] ?? '').replace(/\r$/, '').length;
  return { start: { line, character: start }, end: { line, character: Math.max(start, end) } };
}

/** Every file's diagnostics of an audit (files without any are absent). */
export function diagnosticsByFile(result: AuditResult, opts: DiagnosticOptions & { textOf(file: string): string | undefined }): Map<string, FileDiagnostics> {
  const out = new Map<string, FileDiagnostics>();
  const entry = (file: string) => {
    let e = out.get(file);
    if (!e) out.set(file, (e = { diagnostics: [], findings: new Map() }));
    return e;
  };
  for (const f of result.findings) {
    const e = entry(f.file);
    e.diagnostics.push(findingToDiagnostic(f, opts));
    const key = diagnosticKey(f.ruleId, f.range);
    const list = e.findings.get(key);
    if (list) list.push(f); else e.findings.set(key, [f]);
  }
  for (const doc of result.skipped) entry(doc.file).diagnostics.push(foreignToDiagnostic(doc, opts.textOf(doc.file), opts.locale));
  return out;
}

/** The findings behind a diagnostic the client sends back (by rule id and range; the message tells apart twins). */
export function findingsOf(file: FileDiagnostics | undefined, d: Pick<Diagnostic, 'code' | 'range' | 'message'>): EngineFinding[] {
  if (!file || d.code === undefined) return [];
  const list = file.findings.get(diagnosticKey(d.code, d.range)) ?? [];
  if (!list.length) {
    // The client may ask with the diagnostics of the previous publication while the audit of the
    // latest edit has moved them: take the current findings of the rule that overlap the range.
    const out: EngineFinding[] = [];
    for (const l of file.findings.values()) for (const f of l) if (f.ruleId === String(d.code) && intersects(f.range, d.range)) out.push(f);
    return out;
  }
  if (list.length < 2) return list;
  const message = typeof d.message === 'string' ? d.message : d.message.value;
  const same = list.filter((f) => message === f.message || message.endsWith(f.message));
  return same.length ? same : list;
}

/** Findings of one file whose range contains a position (for hover). */
export function findingsAt(file: FileDiagnostics | undefined, pos: { line: number; character: number }): EngineFinding[] {
  if (!file) return [];
  const out: EngineFinding[] = [];
  for (const list of file.findings.values()) {
    for (const f of list) if (contains(f.range, pos)) out.push(f);
  }
  return out;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function intersects(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function contains(r: Range, p: { line: number; character: number }): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}
