// Code actions for the findings under the cursor, read from the diagnostics cache (no re-audit):
// the rule's fixes, "fix all of this rule in the file", "ignore here with a reason", the rule's
// documentation, and the `source.fixAll.sova` action. Both "fix all" actions are one pass of
// `sova check --fix` (engine/fix.ts `planFixes`) over the findings of the file.
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { AuditResult, EngineFinding, Fix, Locale } from '../../engine';
import { docsUrl } from '../../engine/docs';
import { chooseFix, planFixes } from '../../engine/fix';
import type { FixPlan } from '../../engine/fix';
import type { FileDiagnostics } from './diagnostics';
import { findingsOf, SOURCE } from './diagnostics';
import type { EditTarget } from './workspaceEdit';
import { toWorkspaceEdit } from './workspaceEdit';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sova`;
export const SHOW_DOCS_COMMAND = 'sova.showRuleDocumentation';

/** Rules a `sova-ignore` comment cannot suppress (parse errors, the config, the comments themselves). */
const NOT_IGNORABLE = new Set(['PARSE', 'CFG-001', 'SUP-001']);

export interface CodeActionInput {
  file: string;
  /** The text the cached findings were computed on. */
  text: string;
  /** The same for other files (a fix may edit another file); undefined: unknown. */
  textOf?(file: string): string | undefined;
  cache: FileDiagnostics | undefined;
  /** The audit behind `cache` (its findings in the order `sova check --fix` takes them). */
  result: AuditResult | undefined;
  /** `context.diagnostics` of the request. */
  diagnostics: Diagnostic[];
  only?: string[];
  locale: Locale;
  /** Whether `sova-ignore` comments work in this file (a landscape file, not the config). */
  ignorable: boolean;
  /**
   * The buffer changed since the audit (run: onSave, unsaved edits): the findings' edits would land on
   * the wrong text, so only the documentation is offered.
   */
  stale?: boolean;
  target: EditTarget & { snippets: boolean };
}

const T = {
  ignore: { de: '{rule} hier mit Begründung ignorieren …', en: 'Ignore {rule} here with a reason…' },
  fixAllRule: { de: 'Alle {rule}-Probleme in dieser Datei beheben', en: 'Fix all {rule} problems in this file' },
  fixAll: { de: 'Alle automatisch behebbaren sova-Probleme beheben', en: 'Fix all auto-fixable sova problems' },
  docs: { de: 'Dokumentation zu {rule} anzeigen', en: 'Show documentation of {rule}' },
  reason: { de: 'Begründung eintragen', en: 'enter the reason' },
};

function t(text: Record<Locale, string>, locale: Locale, rule = ''): string {
  return text[locale].replace('{rule}', rule);
}

function wanted(kind: string, only: string[] | undefined): boolean {
  return !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/**
 * What `sova check --fix` would apply in its next pass to the findings of the file (of one rule): the
 * same choice of fix, at most one per entity, none that overlaps another. More can follow in a later pass.
 */
function fixPlan(input: CodeActionInput, fileResult: AuditResult | undefined, ruleId?: string): FixPlan | undefined {
  if (!fileResult) return undefined;
  const textOf = (file: string) => (file === input.file ? input.text : input.textOf?.(file));
  return planFixes(fileResult, textOf, { filter: ruleId === undefined ? undefined : (f) => f.ruleId === ruleId });
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { only, locale } = input;
  const out: CodeAction[] = [];
  // The audit narrowed to this file's findings (in the audit's order), once per request.
  let fileResult: AuditResult | undefined;
  const resultOfFile = () => {
    if (input.result && !fileResult) fileResult = { ...input.result, findings: input.result.findings.filter((f) => f.file === input.file) };
    return fileResult;
  };
  if (wanted(CodeActionKind.QuickFix, only)) {
    const rulesDone = new Set<string>();
    for (const d of input.diagnostics) {
      if (d.source !== SOURCE) continue;
      for (const f of findingsOf(input.cache, d)) {
        const editable = !f.suppressed && !input.stale;
        const chosen = chooseFix(f);
        if (editable) for (const fix of f.fixes ?? []) out.push(fixAction(fix, fix === chosen, d, input.target));
        if (editable && input.ignorable && !NOT_IGNORABLE.has(f.ruleId)) out.push(ignoreAction(f, d, input));
        if (rulesDone.has(f.ruleId)) continue;
        rulesDone.add(f.ruleId);
        const plan = input.stale ? undefined : fixPlan(input, resultOfFile(), f.ruleId);
        // For one finding the quick fix says it all.
        if (plan && plan.applied.length > 1) {
          out.push({ title: t(T.fixAllRule, locale, f.ruleId), kind: CodeActionKind.QuickFix, edit: toWorkspaceEdit(plan.fileEdits, input.target) });
        }
        out.push(docsAction(f.ruleId, locale));
      }
    }
  }
  if (only?.length && wanted(FIX_ALL_KIND, only) && !input.stale) {
    const plan = fixPlan(input, resultOfFile());
    if (plan?.fileEdits.length) out.push({ title: t(T.fixAll, locale), kind: FIX_ALL_KIND, edit: toWorkspaceEdit(plan.fileEdits, input.target) });
  }
  return out;
}

/** `preferred`: the fix `sova check --fix` would apply (not SUP-001's "remove the comment", never a choice). */
function fixAction(fix: Fix, preferred: boolean, d: Diagnostic, target: EditTarget): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: toWorkspaceEdit(fix.edits, target) };
  if (preferred) action.isPreferred = true;
  return action;
}

/** `# sova-ignore RULE -- reason` on its own line above the line the finding starts on, at that line's indentation. */
function ignoreAction(f: EngineFinding, d: Diagnostic, input: CodeActionInput): CodeAction {
  const lines = input.text.split('\n');
  const line = Math.min(f.range.start.line, Math.max(0, lines.length - 1));
  const indent = /^[ \t]*/.exec(lines[line] ?? '')![0];
  const eol = input.text.includes('\r\n') ? '\r\n' : '\n';
  const reason = t(T.reason, input.locale);
  const at = { line, character: 0 };
  const range = { start: at, end: at };
  const head = `${indent}# sova-ignore ${f.ruleId} -- `;
  const { target } = input;
  let edit: WorkspaceEdit;
  if (target.snippets && target.documentChanges) {
    const snippet = { kind: 'snippet' as const, value: `${escapeSnippet(head)}\${1:${escapeSnippet(reason)}}${eol}` };
    edit = { documentChanges: [{ textDocument: { uri: target.uriOf(input.file), version: target.versionOf(input.file) }, edits: [{ range, snippet } as unknown as TextEdit] }] };
  } else {
    edit = toWorkspaceEdit([{ file: input.file, range, newText: head + reason + eol }], target);
  }
  return { title: t(T.ignore, input.locale, f.ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit };
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

function docsAction(ruleId: string, locale: Locale): CodeAction {
  const title = t(T.docs, locale, ruleId);
  return { title, kind: CodeActionKind.QuickFix, command: { title, command: SHOW_DOCS_COMMAND, arguments: [ruleId, docsUrl(ruleId)] } };
}
